import type { Content } from '../content/model.js';
import { dailyTip, tipMessages } from '../engine/daily-tip.js';
import { DEFAULT_TIME_ZONE } from '../engine/daily-program.js';
import type { ConversationState } from '../engine/types.js';
import { isQuiet, localDay, nextDue } from './schedule.js';
import { type Reply } from '../core/reply.js';
import type { DueItem } from '../store/due-table.js';
import { dueKeys } from '../store/keys.js';

/** Sends of one day's tip, first try included; after that the day's tip is given up. */
export const MAX_SEND_ATTEMPTS = 3;
/** A transient failure is retried this long after each attempt (times the attempt number), by a later run. */
export const RETRY_DELAY_MS = 5 * 60_000;

/** What the scheduler does with one item: nothing, move (or remove) its due keys, or claim and send. */
export type Plan =
  | { kind: 'none' }
  | { kind: 'move'; due?: number }
  | { kind: 'send'; state: ConversationState; messages: Reply[]; tipId: string; day: string; final: boolean; attempt: number; next?: number };

/**
 * Decides one due item at `now` (pure). A pending retry of today's tip resends that tip; otherwise a tip is
 * sent only when `nextDue` says one is due now and it is not 21:00-08:00 local. Which tip follows from the program
 * day and the contact key alone (`dailyTip`), so a claim re-planned after a lost race picks the same one. Anything else moves the
 * item's due keys to where they belong (or out of the index): a stale key, a slot missed by more than the
 * grace, a stopped, held, paused or finished program, an expired or unreadable item, a number we cannot open.
 */
export function planDelivery(content: Content, item: DueItem, now: number, reachable: boolean): Plan {
  const state = item.ttl * 1000 > now ? item.state : undefined;
  if (!state || !reachable) return settle(item, undefined);
  const zone = state.tips?.timeZone ?? DEFAULT_TIME_ZONE;
  const quiet = isQuiet(now, zone);
  const retry = item.retry;
  if (retry && retry.day === localDay(now, zone) && retry.attempt < MAX_SEND_ATTEMPTS && !quiet && !state.optedOut && !state.hold) {
    const messages = tipMessages(content, state.lang, retry.tip, retry.final);
    if (messages) return { kind: 'send', state, messages, tipId: retry.tip, day: retry.day, final: retry.final, attempt: retry.attempt + 1, ...next(state, now) };
  }
  const due = nextDue(state, now);
  const program = state.tips;
  if (due === undefined || due > now || quiet || !program) return settle(item, due);
  const day = localDay(due, zone);
  const daily = dailyTip(content, { ...state, tips: program }, item.contact, day);
  return { kind: 'send', state: daily.state, messages: daily.messages, tipId: daily.tipId, day, final: daily.final, attempt: 1, ...next(daily.state, now) };
}

function next(state: ConversationState, now: number): { next?: number } {
  const due = nextDue(state, now);
  return due === undefined ? {} : { next: due };
}

/** Moves the due keys to `due` (absent: out of the index), unless they are already there and no retry is pending. */
function settle(item: DueItem, due: number | undefined): Plan {
  const current = due === undefined ? item.dueSk === undefined : item.dueSk === dueKeys(due, item.contact).sk;
  if (current && !item.retry) return { kind: 'none' };
  return due === undefined ? { kind: 'move' } : { kind: 'move', due };
}
