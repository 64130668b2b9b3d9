import type * as z from 'zod/mini';
import type { Tier } from '../triage/types.js';
import type { ConversationStateSchema, TipsProgramSchema } from './state.js';

/** The channel a turn arrived on; replies are channel-neutral and rendered per channel. */
export type Channel = 'sms' | 'voice';

/** One inbound input, already decoded and checked at the edge. Time comes in here, never from a clock. */
export interface Turn {
  channel: Channel;
  /** Epoch milliseconds when the input arrived. */
  at: number;
  /** What the person typed or said. */
  text: string;
  /** The contact's IANA time zone as inferred at the edge (from Twilio's FromState), for a new tips program. */
  timeZone?: string;
}

/** A daily-tips subscription as kept in the state. */
export type TipsProgram = z.infer<typeof TipsProgramSchema>;

/** Where a contact is in the conversation; everything the engine needs to continue it. */
export type ConversationState = z.infer<typeof ConversationStateSchema>;

/** One message back to the person. */
export interface Reply {
  text: string;
  /** The content item and version the text came from, when it came from one. */
  contentId?: string;
  contentVersion?: number;
}

/** A red-flag tier that calls for action (everything but `none`). */
export type EscalationTier = Exclude<Tier, 'none'>;

/** A side effect the host performs after the state is saved. */
export type Intent = { type: 'escalate'; tier: EscalationTier; rule: string };

/** What `step` returns: the next state, the replies in order, and side effects as data. */
export interface StepResult {
  state: ConversationState;
  replies: Reply[];
  intents: Intent[];
}
