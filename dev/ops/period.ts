import * as z from 'zod/mini';

const DAY_MS = 86_400_000;
/** Longest period one request may ask for, by bucket: every bucket is a point on every plot. */
const MAX_DAYS = { hour: 31, day: 400 } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `/ops` query: whole UTC days from `from` to `to` (both included), in hourly or daily buckets; omitted: the last 7 days by the hotline's clock. */
export const PeriodQuery = z.object({
  from: z.optional(z.string().check(z.regex(ISO_DATE, 'from must be a date like 2027-03-10'))),
  to: z.optional(z.string().check(z.regex(ISO_DATE, 'to must be a date like 2027-03-16'))),
  bucket: z._default(z.enum(['hour', 'day']), 'day'),
});

/** A period to plot: [from, to) in epoch ms, cut into buckets of `bucketMs`. */
export interface Period {
  from: number;
  to: number;
  bucket: 'hour' | 'day';
  bucketMs: number;
}

/** Start of the UTC day holding `at`. */
export function dayStart(at: number): number {
  return Math.floor(at / DAY_MS) * DAY_MS;
}

/** Midnight UTC of a YYYY-MM-DD date, or NaN for a date that does not exist (2027-02-30). */
function utcDay(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(date) ? ms : Number.NaN;
}

/** Parses the `/ops` query string into a period, or says what is wrong with it (one line). */
export function parsePeriod(rawQuery: string, now: number): Period | { error: string } {
  const parsed = PeriodQuery.safeParse(Object.fromEntries(new URLSearchParams(rawQuery)));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'bad period' };
  const { bucket } = parsed.data;
  const to = parsed.data.to ? utcDay(parsed.data.to) + DAY_MS : dayStart(now) + DAY_MS;
  const from = parsed.data.from ? utcDay(parsed.data.from) : to - 7 * DAY_MS;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { error: 'from and to must be real dates' };
  if (from >= to) return { error: 'from must not be after to' };
  if (to - from > MAX_DAYS[bucket] * DAY_MS) return { error: `a period in ${bucket}ly buckets is at most ${MAX_DAYS[bucket]} days` };
  return { from, to, bucket, bucketMs: bucket === 'hour' ? 3_600_000 : DAY_MS };
}
