import { describe, expect, it } from 'vitest';
import { emfSink, toEmf } from '../../../functions/core/emf.js';
import { countingErrors, type MetricEvent } from '../../../functions/core/metrics.js';

const AT = Date.parse('2027-03-10T15:30:00Z');

describe('toEmf: one CloudWatch embedded-metric-format document per event', () => {
  it('puts a turn under Channel and Lang, with its counts, segments and latency, and the content id as a property', () => {
    const turn: MetricEvent = { kind: 'turn', at: AT, channel: 'sms', lang: 'es', contentId: 'sciatica', conversation: true, duplicate: false, optIn: false, optOut: true, segments: 2, ms: 41.6 };
    expect(toEmf(turn, 'Backline/dev')).toEqual({
      _aws: {
        Timestamp: AT,
        CloudWatchMetrics: [{
          Namespace: 'Backline/dev',
          Dimensions: [['Channel', 'Lang']],
          Metrics: [
            { Name: 'Turns', Unit: 'Count' }, { Name: 'Conversations', Unit: 'Count' }, { Name: 'OptIns', Unit: 'Count' }, { Name: 'OptOuts', Unit: 'Count' },
            { Name: 'Segments', Unit: 'Count' }, { Name: 'Latency', Unit: 'Milliseconds' },
          ],
        }],
      },
      metric: 'turn', contentId: 'sciatica', duplicate: false, Channel: 'sms', Lang: 'es',
      Turns: 1, Conversations: 1, OptIns: 0, OptOuts: 1, Segments: 2, Latency: 42,
    });
  });

  it('keeps the rule (sign) a property, never a dimension: dimensions are Channel, Lang, Tier and Function only', () => {
    const events: MetricEvent[] = [
      { kind: 'red-flag', at: AT, channel: 'voice', lang: 'en', tier: 'emergency', rule: 'ces_saddle' },
      { kind: 'page', at: AT, tier: 'crisis', step: 1, outcome: 'partial', recipients: 1, segments: 2 },
      { kind: 'ack', at: AT, tier: 'urgent', step: 0, ms: 120_000 },
      { kind: 'tip', at: AT, lang: 'en', outcome: 'delivered', segments: 1 },
      { kind: 'tip', at: AT, outcome: 'failed', segments: 0 },
      { kind: 'text-me-this', at: AT, channel: 'voice', messages: 1, segments: 6 },
      { kind: 'error', at: AT, event: 'sms.failed' },
      { kind: 'cold-start', at: AT, fn: 'sms', ms: 180 },
    ];
    const docs = events.map((e) => toEmf(e, 'Backline/dev') as { _aws: { CloudWatchMetrics: Array<{ Dimensions: string[][]; Metrics: Array<{ Name: string }> }> } } & Record<string, unknown>);
    for (const doc of docs) for (const d of doc._aws.CloudWatchMetrics[0]!.Dimensions.flat()) expect(['Channel', 'Lang', 'Tier', 'Function']).toContain(d);
    expect(docs[0]).toMatchObject({ Tier: 'emergency', RedFlags: 1, rule: 'ces_saddle' });
    expect(docs[1]).toMatchObject({ Tier: 'crisis', PagesPartial: 1, Segments: 2, step: 1 });
    expect(docs[2]).toMatchObject({ Tier: 'urgent', PagesAcked: 1, TimeToAck: 120_000 });
    expect(docs[4]!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([[]]);
    expect(docs[5]).toMatchObject({ Channel: 'voice', TextsSent: 1, Segments: 6 });
    expect(docs[7]).toMatchObject({ Function: 'sms', ColdStarts: 1, InitDuration: 180 });
  });

  it('names an error\'s log event `source`, so the log metric filters on `$.event` never count the metric line again', () => {
    const doc = toEmf({ kind: 'error', at: AT, event: 'sms.failed' }, 'Backline/dev');
    expect(doc).toMatchObject({ source: 'sms.failed', Errors: 1 });
    expect(doc).not.toHaveProperty('event');
  });

  it('writes each event as one JSON line', () => {
    const lines: string[] = [];
    emfSink('Backline/dev', (line) => lines.push(line)).emit({ kind: 'error', at: AT, event: 'x.failed' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({ metric: 'error' });
  });
});

describe('countingErrors', () => {
  it('counts error-level log lines as error events and passes every line on', () => {
    const logged: string[] = [];
    const events: MetricEvent[] = [];
    const log = countingErrors((level, fields) => logged.push(`${level}:${fields.event}`), { emit: (e) => events.push(e) }, () => AT);
    log('info', { event: 'sms.turn' });
    log('error', { event: 'sms.failed', error: 'Boom' });
    expect(logged).toEqual(['info:sms.turn', 'error:sms.failed']);
    expect(events).toEqual([{ kind: 'error', at: AT, event: 'sms.failed' }]);
  });
});
