import type * as z from 'zod/mini';
import type { Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import type { ConversationStateSchema, TipsProgramSchema } from './state.js';
import type { Channel } from '../core/channels.js';
import type { Reply } from '../core/reply.js';
import type { EscalationTier } from '../core/tiers.js';

/** One inbound input, already decoded and checked at the edge. Time comes in here, never from a clock. */
export interface Turn {
  channel: Channel;
  /** Epoch milliseconds when the input arrived. */
  at: number;
  /** What the person typed or said. */
  text: string;
  /** The contact's IANA time zone as inferred at the edge (from Twilio's FromState), for a new tips program. */
  timeZone?: string;
  /** Voice: keys pressed, when the caller used the keypad. */
  digits?: string;
  /** Voice: the call has just started (no input yet). */
  callStart?: boolean;
  /** Voice: the caller's number can receive a text (a visible mobile number). */
  canText?: boolean;
  /** Voice: a nurse line is configured to transfer urgent callers to. */
  nurseLine?: boolean;
}

/** A daily-tips subscription as kept in the state. */
export type TipsProgram = z.infer<typeof TipsProgramSchema>;

/** Where a contact is in the conversation; everything the engine needs to continue it. */
export type ConversationState = z.infer<typeof ConversationStateSchema>;

/** How a voice turn ends: listen for the next choice, hang up, or transfer to the nurse line. */
export type VoiceDirective = { kind: 'gather'; hints: string[] } | { kind: 'hangup' } | { kind: 'transfer' };

/** A side effect the host performs after the state is saved. */
export type Intent =
  /** `rule` decided the tier; `also` lists any other signs found in the same input (for the page). */
  | { type: 'escalate'; tier: EscalationTier; rule: string; also?: string[] }
  | { type: 'text-me-this'; texts: string[]; contentId: string; contentVersion: number };

/** What `step` returns: the next state, the replies in order, and side effects as data. */
export interface StepResult {
  state: ConversationState;
  replies: Reply[];
  intents: Intent[];
  /** Voice only: what the call does after the replies are spoken. */
  voice?: VoiceDirective;
}

/** One step of one channel's conversation (smsStep, voiceStep); pure. Each webhook names its own, so a bundle carries only its channel's. */
export type Engine = (content: Content, previous: ConversationState | undefined, turn: Turn) => StepResult;
