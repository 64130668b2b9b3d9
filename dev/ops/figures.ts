import { TWILIO_USD_PER_SEGMENT, type MetricEvent } from '../../functions/core/metrics.js';
import { emptyTally, count, percentile, tallyBuckets, type Tally } from './tally.js';
import type { Period } from './period.js';

/** One line on a plot; `right` puts it on the plot's second axis. Values are per bucket (null: nothing to show). */
export interface Line {
  label: string;
  values: Array<number | null>;
  right?: boolean;
}

/** One plot of `/ops`: what it shows, the units of its axes, and its lines. */
export interface Plot {
  id: string;
  title: string;
  description: string;
  unit: string;
  rightUnit?: string;
  lines: Line[];
}

/** What `/ops/figures.json` answers: the buckets (as UTC times, never epoch numbers), the plots, totals and red flags by sign. */
export interface OpsFigures {
  period: { from: string; to: string; bucket: Period['bucket'] };
  buckets: string[];
  plots: Plot[];
  totals: Array<{ label: string; value: string }>;
  signs: Array<{ rule: string; tier: string; count: number }>;
  usdPerSegment: number;
}

const round = (n: number | undefined, digits = 0): number | null => (n === undefined ? null : Number(n.toFixed(digits)));
const minutes = (ms: number | undefined): number | null => round(ms === undefined ? undefined : ms / 60_000, 1);

/** Each bucket's start as `YYYY-MM-DD` (daily) or `YYYY-MM-DDTHH:00Z` (hourly). */
function bucketLabel(start: number, bucket: Period['bucket']): string {
  const iso = new Date(start).toISOString();
  return bucket === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 13)}:00Z`;
}

/** The plots, one per group of figures the operator asked for. */
function plots(t: Tally[]): Plot[] {
  const line = (label: string, pick: (b: Tally) => number | null, right = false): Line => ({ label, values: t.map(pick), ...(right ? { right } : {}) });
  return [
    { id: 'conversations', title: 'Conversations and turns by channel', description: 'New conversations (a first text or a call) and turns answered, SMS and voice.', unit: 'count',
      lines: [line('Conversations, SMS', (b) => b.conversations.sms), line('Conversations, voice', (b) => b.conversations.voice), line('Turns, SMS', (b) => b.turns.sms), line('Turns, voice', (b) => b.turns.voice)] },
    { id: 'languages', title: 'Turns by language', description: 'Turns answered in English and in Spanish.', unit: 'count',
      lines: [line('English', (b) => b.turnsByLang.en), line('Spanish', (b) => b.turnsByLang.es)] },
    { id: 'segments', title: 'SMS segments and estimated Twilio cost', description: `Segments billed (replies, tips, pages, texted topics) and their cost at $${TWILIO_USD_PER_SEGMENT} a segment.`, unit: 'segments', rightUnit: 'USD',
      lines: [line('Segments', (b) => b.segments), line('Estimated cost (USD)', (b) => round(b.segments * TWILIO_USD_PER_SEGMENT, 4), true)] },
    { id: 'red-flags', title: 'Red flags by tier', description: 'Escalations raised, by tier (the table below gives them by sign).', unit: 'count',
      lines: [line('Emergency', (b) => b.redFlags.emergency), line('Crisis', (b) => b.redFlags.crisis), line('Urgent', (b) => b.redFlags.urgent), line('Soon', (b) => b.redFlags.soon)] },
    { id: 'pages', title: 'Pages to on-call staff', description: 'Ladder steps sent, acknowledged, failed and run out; median minutes from red flag to ACK on the right axis.', unit: 'count', rightUnit: 'minutes',
      lines: [line('Sent', (b) => b.pagesSent), line('Acknowledged', (b) => b.pagesAcked), line('Failed', (b) => b.pagesFailed), line('Run out', (b) => b.pagesExhausted),
        line('Median time to ACK (min)', (b) => minutes(percentile(b.ackMs, 0.5)), true)] },
    { id: 'tips', title: 'Daily tips and texted topics', description: 'Tips delivered, tip sends failed, and topics texted to callers.', unit: 'count',
      lines: [line('Tips delivered', (b) => b.tipsDelivered), line('Tip sends failed', (b) => b.tipsFailed), line('Topics texted', (b) => b.textsSent)] },
    { id: 'opt', title: 'Opt-ins and opt-outs', description: 'Joins of the daily program or START after a stop; stop words.', unit: 'count',
      lines: [line('Opt-ins', (b) => b.optIns), line('Opt-outs', (b) => b.optOuts)] },
    { id: 'latency', title: 'Webhook latency', description: 'Time to answer a webhook, 50th and 99th percentile.', unit: 'ms',
      lines: [line('p50', (b) => round(percentile(b.latency, 0.5))), line('p99', (b) => round(percentile(b.latency, 0.99)))] },
    { id: 'health', title: 'Errors and cold starts', description: 'Error log lines, and starts (a Lambda cold start; locally, npm start).', unit: 'count',
      lines: [line('Errors', (b) => b.errors), line('Cold starts', (b) => b.coldStarts)] },
  ];
}

/** The period's totals, as label and formatted value. */
function totals(all: Tally): OpsFigures['totals'] {
  const ack = percentile(all.ackMs, 0.5);
  const p50 = percentile(all.latency, 0.5);
  const p99 = percentile(all.latency, 0.99);
  return [
    ['Conversations (SMS / voice)', `${all.conversations.sms} / ${all.conversations.voice}`],
    ['Turns (SMS / voice)', `${all.turns.sms} / ${all.turns.voice}`],
    ['Turns (English / Spanish)', `${all.turnsByLang.en} / ${all.turnsByLang.es}`],
    ['SMS segments', String(all.segments)],
    ['Estimated Twilio cost', `$${(all.segments * TWILIO_USD_PER_SEGMENT).toFixed(2)}`],
    ['Red flags (emergency / crisis / urgent / soon)', `${all.redFlags.emergency} / ${all.redFlags.crisis} / ${all.redFlags.urgent} / ${all.redFlags.soon}`],
    ['Pages sent / acknowledged', `${all.pagesSent} / ${all.pagesAcked}`],
    ['Median time to ACK', ack === undefined ? 'none acknowledged' : `${(ack / 60_000).toFixed(1)} min`],
    ['Tips delivered / failed', `${all.tipsDelivered} / ${all.tipsFailed}`],
    ['Opt-ins / opt-outs', `${all.optIns} / ${all.optOuts}`],
    ['Errors', String(all.errors)],
    ['Latency p50 / p99', p50 === undefined ? 'no turns' : `${Math.round(p50)} / ${Math.round(p99 ?? p50)} ms`],
    ['Cold starts', String(all.coldStarts)],
  ].map(([label, value]) => ({ label: label!, value: value! }));
}

/** Everything `/ops` shows for a period, from the events in it (pure). */
export function opsFigures(events: readonly MetricEvent[], period: Period): OpsFigures {
  const n = Math.ceil((period.to - period.from) / period.bucketMs);
  const buckets = tallyBuckets(events, period.from, period.bucketMs, n);
  const all = emptyTally();
  for (const e of events) if (e.at >= period.from && e.at < period.to) count(all, e);
  return {
    period: { from: new Date(period.from).toISOString().slice(0, 10), to: new Date(period.to - 1).toISOString().slice(0, 10), bucket: period.bucket },
    buckets: buckets.map((_, i) => bucketLabel(period.from + i * period.bucketMs, period.bucket)),
    plots: plots(buckets),
    totals: totals(all),
    signs: [...all.signs].map(([rule, s]) => ({ rule, tier: s.tier, count: s.count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    usdPerSegment: TWILIO_USD_PER_SEGMENT,
  };
}
