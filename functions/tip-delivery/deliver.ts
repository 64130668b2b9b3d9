import { describeError, type Logger } from '../core/log.js';
import type { Content } from '../content/model.js';
import { openCallback } from '../privacy/sealed-number.js';
import { OptedOutError, SendFailedError } from '../outbound/errors.js';
import type { Sender } from '../outbound/types.js';
import type { DueChange, DueItem, DueTable } from '../store/due-table.js';
import type { Pacer } from './pacer.js';
import { MAX_SEND_ATTEMPTS, planDelivery, RETRY_DELAY_MS, type Plan } from './plan.js';
import type { MetricSink } from '../core/metrics.js';
import { smsSegments } from '../twilio/segments.js';

/** Due buckets are read this far back, so items left due by an outage are found (and moved on) rather than stranded. */
const LOOKBACK_MS = 48 * 3_600_000;
/** Claims of one item that may lose a race (to a turn or another run) before it is left for the next run. */
const CLAIM_ATTEMPTS = 3;

/** What a delivery run needs, built once per process. */
export interface TipDeliveryDeps {
  content: Content;
  table: DueTable;
  sender: Sender;
  /** The phone-hash secret: sealed numbers are opened with a key derived from it. */
  secret: string;
  /** A delivery keeps the state item alive at least this long (as a turn would). */
  stateTtlDays: number;
  /** Items worked on (and sends in flight) at once. */
  concurrency: number;
  pacer: Pacer;
  log: Logger;
  /** A `tip` event per send: delivered, or failed (each failed attempt); language and segments only. */
  metrics?: MetricSink;
  /** Real time: for the deadline, and to move the run's `now` on while it lasts. Date.now by default. */
  clock?: () => number;
  /** Real time after which no further item is claimed; the rest stays due for the next run. */
  stopClaimingAt?: number;
  /** How far back due buckets are read; LOOKBACK_MS by default. */
  lookbackMs?: number;
}

/** One tip sent (the contact is the keyed hash, never the number). */
export interface SentTip {
  contact: string;
  tipId: string;
  /** ISO instant of the send. */
  at: string;
  final: boolean;
}

/** What a run did: tips sent, due items needing no send, failed items, and items left for the next run. */
export interface DeliveryReport {
  sent: SentTip[];
  skipped: number;
  failed: number;
  left: number;
}

type Outcome = SentTip | 'skipped' | 'failed';

/**
 * Sends every daily tip due at `now` (epoch ms): reads the `byDue` buckets of the last 48 hours, and for each
 * item claims the day's tip with a version-checked write BEFORE sending, so two runs, a rerun or a retry
 * send it at most once. 21610 marks the contact opted out; a transient failure keeps a retry of the same
 * tip for later the same day. A send that was cut off after the claim is lost rather than sent twice.
 */
export async function runTipDelivery(deps: TipDeliveryDeps, now: number): Promise<DeliveryReport> {
  const clock = deps.clock ?? Date.now;
  const started = clock();
  const at = () => now + (clock() - started);
  const stop = deps.stopClaimingAt ?? Number.POSITIVE_INFINITY;
  const report: DeliveryReport = { sent: [], skipped: 0, failed: 0, left: 0 };
  for await (const page of deps.table.due(now - (deps.lookbackMs ?? LOOKBACK_MS), now)) {
    await workers(page, deps.concurrency, async (item) => {
      if (clock() >= stop) return void (report.left += 1);
      const outcome = await handle(deps, item, at).catch((error: unknown) => {
        deps.log('error', { event: 'tips.item-failed', ...describeError(error) });
        return 'failed' as const;
      });
      if (outcome === 'skipped') report.skipped += 1;
      else if (outcome === 'failed') report.failed += 1;
      else report.sent.push(outcome);
    });
    if (clock() >= stop) break;
  }
  return report;
}

/** Plans and claims one item, re-reading it when a turn or another run changed it first. */
async function handle(deps: TipDeliveryDeps, first: DueItem, at: () => number): Promise<Outcome> {
  let item: DueItem | undefined = first;
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS && item; attempt += 1) {
    const now = at();
    const to = address(deps, item);
    const plan = planDelivery(deps.content, item, now, to !== undefined);
    if (plan.kind === 'none') return 'skipped';
    if (plan.kind === 'move') {
      if (await deps.table.commit(item, { due: plan.due, ...(plan.due === undefined ? { address: null } : {}) })) return 'skipped';
    } else {
      const ttl = Math.max(item.ttl, Math.floor(now / 1000) + deps.stateTtlDays * 86_400);
      const claim: DueChange = { state: plan.state, due: plan.next, ttl, ...(plan.next === undefined ? { address: null } : {}) };
      if (to && (await deps.table.commit(item, claim))) return send(deps, { ...item, v: item.v + 1 }, plan, to, now);
    }
    item = await deps.table.get(item.contact);
  }
  return item ? 'failed' : 'skipped';
}

/** Sends a claimed tip; on failure records what follows (opted out, a retry later, or nothing). */
async function send(deps: TipDeliveryDeps, claimed: DueItem, plan: Extract<Plan, { kind: 'send' }>, to: string, now: number): Promise<Outcome> {
  await deps.pacer.turn();
  let segments = 0;
  try {
    for (const message of plan.messages) {
      await deps.sender.send({ to, body: message.text, kind: 'tip' });
      segments += smsSegments(message.text);
    }
    deps.pacer.succeeded();
    deps.metrics?.emit({ kind: 'tip', at: now, lang: plan.state.lang, outcome: 'delivered', segments });
    return { contact: claimed.contact, tipId: plan.tipId, at: new Date(now).toISOString(), final: plan.final };
  } catch (error) {
    deps.metrics?.emit({ kind: 'tip', at: now, lang: plan.state.lang, outcome: 'failed', segments });
    if (error instanceof OptedOutError) {
      const marked = await deps.table.commit(claimed, { state: { ...plan.state, optedOut: true }, due: undefined, address: null });
      deps.log('warn', { event: 'tips.opted-out', reason: marked ? 'marked' : 'changed since' });
      return 'failed';
    }
    const transient = !(error instanceof SendFailedError) || error.retryable;
    if (transient) deps.pacer.slowDown();
    if (!transient || plan.attempt >= MAX_SEND_ATTEMPTS) {
      deps.log('error', { event: 'tips.gave-up', attempts: plan.attempt, ...describeError(error) });
      return 'failed';
    }
    const retry = { tip: plan.tipId, day: plan.day, attempt: plan.attempt, final: plan.final };
    const kept = await deps.table.commit(claimed, { due: now + RETRY_DELAY_MS * plan.attempt, retry, ...(claimed.address ? { address: claimed.address } : {}) });
    deps.log('warn', { event: 'tips.retry-later', attempts: plan.attempt, reason: kept ? 'kept' : 'changed since', ...describeError(error) });
    return 'failed';
  }
}

/** The item's number, or undefined when there is none or it cannot be opened (another secret, tampering). */
function address(deps: TipDeliveryDeps, item: DueItem): string | undefined {
  if (!item.address) return undefined;
  try {
    return openCallback(deps.secret, item.address);
  } catch (error) {
    deps.log('error', { event: 'tips.address-unreadable', ...describeError(error) });
    return undefined;
  }
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function workers<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
