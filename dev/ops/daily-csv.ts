import { TWILIO_USD_PER_SEGMENT, type MetricEvent } from '../../functions/core/metrics.js';
import { dayStart } from './period.js';
import { count, emptyTally, percentile, type Tally } from './tally.js';

/** The columns of `/ops/daily.csv`, one row per UTC day with any event; counts only, nothing about a person. */
const COLUMNS: ReadonlyArray<[string, (t: Tally) => string]> = [
  ['conversations_sms', (t) => String(t.conversations.sms)],
  ['conversations_voice', (t) => String(t.conversations.voice)],
  ['turns_sms', (t) => String(t.turns.sms)],
  ['turns_voice', (t) => String(t.turns.voice)],
  ['turns_en', (t) => String(t.turnsByLang.en)],
  ['turns_es', (t) => String(t.turnsByLang.es)],
  ['sms_segments', (t) => String(t.segments)],
  ['est_twilio_usd', (t) => (t.segments * TWILIO_USD_PER_SEGMENT).toFixed(4)],
  ['red_flags_emergency', (t) => String(t.redFlags.emergency)],
  ['red_flags_crisis', (t) => String(t.redFlags.crisis)],
  ['red_flags_urgent', (t) => String(t.redFlags.urgent)],
  ['red_flags_soon', (t) => String(t.redFlags.soon)],
  ['pages_sent', (t) => String(t.pagesSent)],
  ['pages_acked', (t) => String(t.pagesAcked)],
  ['pages_failed', (t) => String(t.pagesFailed)],
  ['pages_run_out', (t) => String(t.pagesExhausted)],
  ['median_minutes_to_ack', (t) => fixed(percentile(t.ackMs, 0.5), 60_000)],
  ['tips_delivered', (t) => String(t.tipsDelivered)],
  ['tips_failed', (t) => String(t.tipsFailed)],
  ['topics_texted', (t) => String(t.textsSent)],
  ['opt_ins', (t) => String(t.optIns)],
  ['opt_outs', (t) => String(t.optOuts)],
  ['errors', (t) => String(t.errors)],
  ['cold_starts', (t) => String(t.coldStarts)],
  ['latency_p50_ms', (t) => fixed(percentile(t.latency, 0.5), 1, 0)],
  ['latency_p99_ms', (t) => fixed(percentile(t.latency, 0.99), 1, 0)],
];

/** `value / per` with `digits` decimals; empty when there is no value (no ACK or no turn that day). */
function fixed(value: number | undefined, per: number, digits = 1): string {
  return value === undefined ? '' : (value / per).toFixed(digits);
}

/** Daily aggregates for program evaluation (pure): a header, then one row per UTC day that had traffic, oldest first. */
export function dailyCsv(events: readonly MetricEvent[]): string {
  const days = new Map<number, Tally>();
  for (const e of events) {
    const day = dayStart(e.at);
    const tally = days.get(day) ?? emptyTally();
    count(tally, e);
    days.set(day, tally);
  }
  const rows = [...days].sort(([a], [b]) => a - b).map(([day, t]) => [new Date(day).toISOString().slice(0, 10), ...COLUMNS.map(([, value]) => value(t))].join(','));
  return `${['day_utc', ...COLUMNS.map(([name]) => name)].join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
}
