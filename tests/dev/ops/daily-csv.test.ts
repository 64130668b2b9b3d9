import { describe, expect, it } from 'vitest';
import { dailyCsv } from '../../../dev/ops/daily-csv.js';
import type { MetricEvent } from '../../../functions/core/metrics.js';

const at = (iso: string) => Date.parse(iso);

describe('dailyCsv', () => {
  it('has one row per UTC day with any event, oldest first, and only counts', () => {
    const events: MetricEvent[] = [
      { kind: 'turn', at: at('2027-03-11T01:00:00Z'), channel: 'voice', lang: 'es', conversation: true, duplicate: false, optIn: false, optOut: false, segments: 0, ms: 30 },
      { kind: 'turn', at: at('2027-03-10T23:59:59Z'), channel: 'sms', lang: 'en', conversation: true, duplicate: false, optIn: true, optOut: false, segments: 2, ms: 10 },
      { kind: 'turn', at: at('2027-03-10T12:00:00Z'), channel: 'sms', lang: 'en', conversation: false, duplicate: true, optIn: false, optOut: false, segments: 1, ms: 20 },
      { kind: 'red-flag', at: at('2027-03-10T12:00:00Z'), channel: 'sms', lang: 'en', tier: 'urgent', rule: 'fever_back' },
      { kind: 'ack', at: at('2027-03-10T12:05:00Z'), tier: 'urgent', step: 0, ms: 300_000 },
    ];
    const [header, ...rows] = dailyCsv(events).trim().split('\n');
    const cols = header!.split(',');
    const cell = (row: number, name: string) => rows[row]!.split(',')[cols.indexOf(name)];
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2027-03-10', '2027-03-11']);
    expect([cell(0, 'conversations_sms'), cell(0, 'turns_sms'), cell(0, 'sms_segments'), cell(0, 'est_twilio_usd')]).toEqual(['1', '1', '3', '0.0249']);
    expect([cell(0, 'red_flags_urgent'), cell(0, 'pages_acked'), cell(0, 'median_minutes_to_ack'), cell(0, 'opt_ins')]).toEqual(['1', '1', '5.0', '1']);
    expect([cell(1, 'conversations_voice'), cell(1, 'turns_es'), cell(1, 'median_minutes_to_ack'), cell(1, 'latency_p99_ms')]).toEqual(['1', '1', '', '30']);
  });

  it('is a header alone when nothing happened', () => {
    expect(dailyCsv([]).split('\n').filter(Boolean)).toHaveLength(1);
  });
});
