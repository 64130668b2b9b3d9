import type { Channel } from '../../functions/core/channels.js';
import type { Lang } from '../../functions/core/langs.js';
import type { MetricEvent } from '../../functions/core/metrics.js';
import type { EscalationTier } from '../../functions/core/tiers.js';

/** Everything counted in one time bucket: the figures `/ops` plots and `/ops/daily.csv` lists. */
export interface Tally {
  events: number;
  conversations: Record<Channel, number>;
  turns: Record<Channel, number>;
  turnsByLang: Record<Lang, number>;
  /** SMS segments billed: replies, tips, pages and texted topics. */
  segments: number;
  redFlags: Record<EscalationTier, number>;
  /** Red flags by the rule (sign) that decided them. */
  signs: Map<string, { tier: EscalationTier; count: number }>;
  /** Ladder steps that reached every number (`sent`) or some (`partial`). */
  pagesSent: number;
  pagesFailed: number;
  pagesExhausted: number;
  pagesAcked: number;
  /** Time from red flag to ACK, one entry per acknowledged page (ms). */
  ackMs: number[];
  tipsDelivered: number;
  tipsFailed: number;
  textsSent: number;
  optIns: number;
  optOuts: number;
  errors: number;
  coldStarts: number;
  /** Webhook latency of each turn (ms). */
  latency: number[];
}

/** An empty tally. */
export function emptyTally(): Tally {
  return {
    events: 0, conversations: { sms: 0, voice: 0 }, turns: { sms: 0, voice: 0 }, turnsByLang: { en: 0, es: 0 }, segments: 0,
    redFlags: { emergency: 0, crisis: 0, urgent: 0, soon: 0 }, signs: new Map(), pagesSent: 0, pagesFailed: 0, pagesExhausted: 0, pagesAcked: 0,
    ackMs: [], tipsDelivered: 0, tipsFailed: 0, textsSent: 0, optIns: 0, optOuts: 0, errors: 0, coldStarts: 0, latency: [],
  };
}

/** Adds one event to a tally (mutates `t`). */
export function count(t: Tally, e: MetricEvent): void {
  t.events += 1;
  switch (e.kind) {
    case 'turn':
      if (!e.duplicate) {
        t.turns[e.channel] += 1;
        t.turnsByLang[e.lang] += 1;
      }
      if (e.conversation) t.conversations[e.channel] += 1;
      if (e.optIn) t.optIns += 1;
      if (e.optOut) t.optOuts += 1;
      t.segments += e.segments;
      t.latency.push(e.ms);
      break;
    case 'red-flag': {
      t.redFlags[e.tier] += 1;
      const sign = t.signs.get(e.rule) ?? { tier: e.tier, count: 0 };
      t.signs.set(e.rule, { ...sign, count: sign.count + 1 });
      break;
    }
    case 'page':
      if (e.outcome === 'sent' || e.outcome === 'partial') t.pagesSent += 1;
      if (e.outcome === 'failed' || e.outcome === 'partial') t.pagesFailed += 1;
      if (e.outcome === 'exhausted') t.pagesExhausted += 1;
      t.segments += e.segments;
      break;
    case 'ack':
      t.pagesAcked += 1;
      t.ackMs.push(e.ms);
      break;
    case 'tip':
      if (e.outcome === 'delivered') t.tipsDelivered += 1;
      else t.tipsFailed += 1;
      t.segments += e.segments;
      break;
    case 'text-me-this':
      t.textsSent += e.messages;
      t.segments += e.segments;
      break;
    case 'error':
      t.errors += 1;
      break;
    case 'cold-start':
      t.coldStarts += 1;
      break;
  }
}

/** Nearest-rank percentile `p` (0-1) of `values`, or undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Events counted into consecutive buckets of `bucketMs` from `from`; events outside [from, from + n * bucketMs) are left out. */
export function tallyBuckets(events: readonly MetricEvent[], from: number, bucketMs: number, n: number): Tally[] {
  const buckets = Array.from({ length: n }, emptyTally);
  for (const e of events) {
    const i = Math.floor((e.at - from) / bucketMs);
    const bucket = buckets[i];
    if (bucket) count(bucket, e);
  }
  return buckets;
}
