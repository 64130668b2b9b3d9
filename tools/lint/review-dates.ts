import type { ReviewMeta } from '../../functions/content/schema.js';
import type { Sink } from './types.js';
import type * as z from 'zod/mini';

/** Days before nextReview from which content:check warns that a review is due. */
const REVIEW_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from ISO date `from` to ISO date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Review rules for one item on `today` (ISO date): at least one source (rule sources), reviewed not in the future
 * (review-date), nextReview after today (next-review: error when today or past, warning within REVIEW_WARNING_DAYS).
 */
export function checkReview(item: z.infer<typeof ReviewMeta>, today: string, sink: Sink): void {
  const id = item.id;
  if (item.sources.length === 0) sink.error({ item: id, rule: 'sources', message: 'no sources: cite the guidelines the item is based on' });
  if (daysBetween(today, item.reviewed) > 0) sink.error({ item: id, rule: 'review-date', message: `reviewed ${item.reviewed} is after today (${today})` });
  const left = daysBetween(today, item.nextReview);
  if (left <= 0) sink.error({ item: id, rule: 'next-review', message: `review expired: nextReview ${item.nextReview} is not after today (${today}); review the item and set new dates` });
  else if (left <= REVIEW_WARNING_DAYS) sink.warn({ item: id, rule: 'next-review', message: `review due in ${left} day${left === 1 ? '' : 's'} (nextReview ${item.nextReview})` });
}
