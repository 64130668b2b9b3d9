import * as z from 'zod/mini';
import { ChannelSchema, type Channel } from '../core/channels.js';
import { EscalationTierSchema, type EscalationTier } from '../core/tiers.js';

/** One red flag Backline acted on: who (keyed hash), what tier and rule, where and when; never the message text. */
export interface Escalation {
  contact: string;
  tier: EscalationTier;
  rule: string;
  /** Other signs found in the same input, besides `rule`: the page names them all. */
  also?: string[];
  channel: Channel;
  contentVersion: string;
  /** Epoch ms. */
  at: number;
  /** The input that raised it (MessageSid or CallSid+step), so a replayed webhook records it once. */
  inputId: string;
  /** For a tier that pages: whether a page was queued, held back (one went out within ALERT_WINDOW_MS) or could not be claimed. */
  page?: PageOutcome;
}

/** The attributes every stored alert (claim item, page item) carries about its escalation, as parsed from the table; the callback stays sealed. */
export const ALERT_ATTRIBUTES = {
  tier: EscalationTierSchema,
  rule: z.string(),
  also: z.optional(z.array(z.string())),
  channel: ChannelSchema,
  contentVersion: z.string(),
  inputId: z.string(),
  callback: z.optional(z.string()),
};

/** What became of an escalation's page. */
export type PageOutcome = 'queued' | 'held' | 'failed';

/** An on-call alert waiting to be sent: the escalation plus the caller's number, sealed, when there is one to call back. */
export interface PendingAlert extends Escalation {
  sealedCallback?: string;
}

/** At most one alert per contact per tier in this window. */
export const ALERT_WINDOW_MS = 60 * 60_000;

/** Where escalations are recorded and alerts claimed. */
export interface EscalationLog {
  /** Records an escalation once per inputId (a replay is a no-op). */
  record(escalation: Escalation, signal?: AbortSignal): Promise<void>;
  /** Claims the right to alert for this contact and tier; false when an alert went out within ALERT_WINDOW_MS. */
  claimAlert(alert: PendingAlert, signal?: AbortSignal): Promise<boolean>;
}
