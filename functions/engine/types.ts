import type { Lang } from '../content/schema.js';

/** The channel a turn arrived on; replies are channel-neutral and rendered per channel. */
export type Channel = 'sms' | 'voice';

/** One inbound input, already decoded and checked at the edge. Time comes in here, never from a clock. */
export interface Turn {
  channel: Channel;
  /** Epoch milliseconds when the input arrived. */
  at: number;
  /** What the person typed or said. */
  text: string;
}

/** Where a contact is in the conversation; everything the engine needs to continue it. */
export interface ConversationState {
  lang: Lang;
  /** Menus opened on the way here, the main menu first; numbers pick from the last one. */
  trail: string[];
  /** The topic being read and its current SMS page, if any. */
  topic?: { id: string; page: number };
}

/** One message back to the person. */
export interface Reply {
  text: string;
  /** The content item and version the text came from, when it came from one. */
  contentId?: string;
  contentVersion?: number;
}

/** A side effect the host performs after the state is saved. */
export type Intent = { type: 'none' };

/** What `step` returns: the next state, the replies in order, and side effects as data. */
export interface StepResult {
  state: ConversationState;
  replies: Reply[];
  intents: Intent[];
}
