import type { Channel } from './channels.js';
import type { Lang } from './langs.js';
import type { EscalationTier } from './tiers.js';
import type { Logger } from './log.js';

/**
 * What Backline measures, one event per thing that happened. De-identified by construction: every field is a
 * channel, language, tier, content or rule id, a count or a duration; there is no field a phone number, a
 * message text or a contact hash could go in.
 */
export type MetricEvent =
  /** A webhook answered: `conversation` when it started one (first text, or a new call). `segments` are the SMS reply's (0 for voice). */
  | { kind: 'turn'; at: number; channel: Channel; lang: Lang; contentId?: string; conversation: boolean; duplicate: boolean; optIn: boolean; optOut: boolean; segments: number; ms: number }
  /** A red flag raised in a turn: its tier and the rule (the sign) that decided it. */
  | { kind: 'red-flag'; at: number; channel: Channel; lang: Lang; tier: EscalationTier; rule: string }
  /** One ladder step of a page: `sent` to every number of the step, `partial`, `failed` (nobody reached; retried), or `exhausted` (nobody acknowledged). */
  | { kind: 'page'; at: number; tier: EscalationTier; step: number; outcome: 'sent' | 'partial' | 'failed' | 'exhausted'; recipients: number; segments: number }
  /** A page acknowledged by on-call staff, `ms` after the red flag. */
  | { kind: 'ack'; at: number; tier: EscalationTier; step: number; ms: number }
  /** A daily tip sent or given up on (`segments` billed when delivered). */
  | { kind: 'tip'; at: number; lang?: Lang; outcome: 'delivered' | 'failed'; segments: number }
  /** A caller's "press 9": the topic texted to them. */
  | { kind: 'text-me-this'; at: number; channel: Channel; messages: number; segments: number }
  /** An error-level log line (its event name, e.g. `sms.failed`). */
  | { kind: 'error'; at: number; event: string }
  /** A function's dependencies were built: a Lambda cold start (`fn` is the function), or the local hotline starting. */
  | { kind: 'cold-start'; at: number; fn: string; ms: number };

/** Where metric events go: CloudWatch embedded metric format in Lambda, an in-memory collector on `npm start`. */
export interface MetricSink {
  emit(event: MetricEvent): void;
}

/** A sink that drops everything (tests, and processes with no metrics namespace). */
export const NO_METRICS: MetricSink = { emit: () => {} };

/** Twilio's US price per SMS segment, inbound or outbound (long code, 2025 list price), for the estimated cost figures. */
export const TWILIO_USD_PER_SEGMENT = 0.0083;

/** The logger, with every error-level line also counted as an `error` metric event (its event name only). */
export function countingErrors(log: Logger, metrics: MetricSink, now: () => number): Logger {
  return (level, fields) => {
    if (level === 'error') metrics.emit({ kind: 'error', at: now(), event: fields.event });
    log(level, fields);
  };
}
