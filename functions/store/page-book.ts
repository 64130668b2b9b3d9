import type { PendingAlert } from './escalation-log.js';

/** Where a page is kept: the UTC day it started and its short code (unique that day). */
export interface PageRef {
  day: string;
  code: string;
}

/** One page to on-call staff and its audit trail: who was paged at each ladder step, and who acknowledged it when. */
export interface Page extends PageRef {
  /** The alert claim it came from (contact, tier, time): opening a page twice for one alert finds the first. */
  alertId: string;
  alert: PendingAlert;
  /** The last ladder step sent (-1 before the first). */
  step: number;
  /** Keyed hashes of every on-call number paged so far. */
  sentTo: string[];
  /** Each step sent: step, keyed hashes paged, epoch ms. */
  sends: Array<{ step: number; to: string[]; at: number }>;
  ackAt?: number;
  /** Keyed hash of the on-call number that acknowledged. */
  ackBy?: string;
  /** Set when the ladder ran out without an acknowledgement. */
  exhaustedAt?: number;
}

/** What became of an acknowledgement. */
export type AckOutcome = { kind: 'acked'; page: Page } | { kind: 'already'; page: Page } | { kind: 'not-found' };

/** Pages and acknowledgements, kept for audit with keyed hashes only (the sealed callback is dropped when the page closes). */
export interface PageBook {
  /** Opens the page for a claimed alert, once: a second call for the same alert returns the first page. */
  open(alert: PendingAlert, now: number): Promise<Page>;
  get(ref: PageRef): Promise<Page | undefined>;
  /** Points each on-call number (keyed hashes) at this page, before it is texted, so a bare ACK that comes back at once finds it. */
  point(ref: PageRef, to: readonly string[], at: number): Promise<void>;
  /** Records that `step` went to `to` (keyed hashes); false when that step was already recorded. */
  markSent(ref: PageRef, step: number, to: readonly string[], at: number): Promise<boolean>;
  /** Acknowledges the page `code` (today's or yesterday's), or else the last page sent to `by`, on behalf of `by` (a keyed hash it was sent to). */
  acknowledge(by: string, code: string | undefined, at: number): Promise<AckOutcome>;
  /** Marks an unacknowledged page as run out and drops its callback. */
  exhaust(ref: PageRef, at: number): Promise<void>;
}
