import { contactKey } from '../privacy/contact-key.js';
import { describeError, type Logger } from '../core/log.js';
import type { PendingAlert } from '../store/escalation-log.js';
import type { Page, PageBook, PageRef } from '../store/page-book.js';
import type { Content } from '../content/model.js';
import type { Sender } from '../outbound/types.js';
import { openCallback } from '../privacy/sealed-number.js';
import { pageText } from './page-text.js';
import type { MetricSink } from '../core/metrics.js';
import { smsSegments } from '../twilio/segments.js';

/** Runs a ladder step later: EventBridge Scheduler on AWS, the local clock on `npm start`. */
export interface LadderTimer {
  /** Arranges for step `step` of page `ref` to run at `at` (epoch ms); scheduling the same step twice runs it once. */
  schedule(ref: PageRef, step: number, at: number): Promise<void>;
}

/** What paging needs. */
export interface LadderDeps {
  content: Content;
  sender: Sender;
  pages: PageBook;
  timer: LadderTimer;
  /** On-call numbers, in the order the ladder tries them. */
  onCallNumbers: readonly string[];
  /** The phone-hash secret: on-call numbers are recorded as keyed hashes, and the callback key derives from it. */
  secret: string;
  /** The on-call team's IANA time zone: page times are given in it. */
  timeZone: string;
  /** Wait for an acknowledgement before the next step. */
  ackMinutes: number;
  now: () => number;
  log: Logger;
  /** Page events (sent, partial, failed, run out): tier, step and counts only. */
  metrics?: MetricSink;
}

/**
 * The numbers to page at ladder step `step`: the on-call numbers one at a time in order, then all of them once
 * more; undefined once the ladder has run out (time to raise the alarm).
 */
export function ladderTargets(numbers: readonly string[], step: number): readonly string[] | undefined {
  if (step < numbers.length) return numbers.slice(step, step + 1);
  if (step === numbers.length && numbers.length > 0) return numbers;
  return undefined;
}

/**
 * Opens the page for a claimed alert (once per alert), pages the first on-call number and schedules the next
 * step. A timer that cannot be set is tried again a few times, then logged as `ladder.failed` (an alarm watches
 * it) and thrown, so the stream retries the record (the first number is not paged twice: the step is recorded).
 */
export async function startPage(deps: LadderDeps, alert: PendingAlert, signal?: AbortSignal): Promise<void> {
  const page = await deps.pages.open(alert, deps.now());
  const next = await runLadderStep(deps, page, 0, signal, page);
  if (next === undefined) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.timer.schedule(page, 1, next);
      return;
    } catch (error) {
      if (attempt >= TIMER_ATTEMPTS) {
        deps.log('error', { event: 'ladder.failed', tier: alert.tier, step: 1, ...describeError(error) });
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * 4 ** attempt));
    }
  }
}

/** Tries at setting the first timer before the stream is asked to retry the record. */
const TIMER_ATTEMPTS = 3;

/** A step the timer fired: runs it and schedules the one after; throws when the page book or the timer fails, so Lambda retries it (a step already sent is not sent again). */
export async function continueLadder(deps: LadderDeps, ref: PageRef, step: number, signal?: AbortSignal): Promise<void> {
  const next = await runLadderStep(deps, ref, step, signal);
  if (next !== undefined) await deps.timer.schedule(ref, step + 1, next);
}

/** When nobody at a step could be paged, the next step follows after this, not after the ACK wait. */
const STEP_FAILED_RETRY_MS = 60_000;

/**
 * One step of a page's ladder: nothing once it is acknowledged; otherwise page the step's numbers (unless this
 * step was already sent: steps are delivered at least once) and answer when the next step is due: after the ACK
 * wait, or a minute later when nobody at this step could be paged. Past the last step the page is marked run out
 * and `ladder.exhausted` is logged (an alarm watches it). Throws only when the page book fails. `known` is the
 * page when the caller has just read or opened it.
 */
async function runLadderStep(deps: LadderDeps, ref: PageRef, step: number, signal?: AbortSignal, known?: Page): Promise<number | undefined> {
  const page = known ?? (await deps.pages.get(ref));
  if (!page) {
    deps.log('warn', { event: 'ladder.missing', step });
    return undefined;
  }
  const { tier } = page.alert;
  if (page.ackAt !== undefined) {
    deps.log('info', { event: 'ladder.stopped', tier, step });
    return undefined;
  }
  if (page.exhaustedAt !== undefined) return undefined;
  const targets = ladderTargets(deps.onCallNumbers, step);
  const now = deps.now();
  if (!targets) {
    await deps.pages.exhaust(ref, now);
    deps.log('error', { event: 'ladder.exhausted', tier, step });
    deps.metrics?.emit({ kind: 'page', at: now, tier, step, outcome: 'exhausted', recipients: 0, segments: 0 });
    return undefined;
  }
  if (page.step < step) {
    const callback = page.alert.sealedCallback ? openCallback(deps.secret, page.alert.sealedCallback) : undefined;
    const body = pageText(deps.content.triage, page, step, callback, deps.timeZone);
    await deps.pages.point(ref, targets.map((to) => contactKey(deps.secret, to)), now);
    const paged: string[] = [];
    let failed = 0;
    for (const to of targets) {
      try {
        await deps.sender.send({ to, body, kind: 'alert' }, signal);
        paged.push(contactKey(deps.secret, to));
      } catch (error) {
        failed += 1;
        if (paged.length === 0 && failed === targets.length) {
          // Nobody at this step could be paged (a number that opted out, a changed number, Twilio down): record the
          // step and go on to the next one soon, rather than retry a number that may never answer.
          await deps.pages.markSent(ref, step, [], now);
          deps.log('error', { event: 'alert.failed', tier, step, ...describeError(error) });
          deps.metrics?.emit({ kind: 'page', at: now, tier, step, outcome: 'failed', recipients: 0, segments: 0 });
          return now + STEP_FAILED_RETRY_MS;
        }
      }
    }
    await deps.pages.markSent(ref, step, paged, now);
    deps.log(failed > 0 ? 'error' : 'info', { event: failed > 0 ? 'alert.partial' : 'alert.sent', tier, step, replies: paged.length });
    deps.metrics?.emit({ kind: 'page', at: now, tier, step, outcome: failed > 0 ? 'partial' : 'sent', recipients: paged.length, segments: smsSegments(body) * paged.length });
  }
  return now + deps.ackMinutes * 60_000;
}
