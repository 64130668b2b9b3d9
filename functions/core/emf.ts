import type { MetricEvent, MetricSink } from './metrics.js';

type Unit = 'Count' | 'Milliseconds';
type Value = string | number | boolean;

/** One event as CloudWatch sees it: dimensions (low cardinality only), metric values with units, and searchable properties. */
interface Measures {
  dimensions: Record<string, string>;
  metrics: Record<string, [number, Unit]>;
  properties: Record<string, Value | undefined>;
}

const count = (n: number | boolean): [number, Unit] => [Number(n), 'Count'];
const ms = (n: number): [number, Unit] => [Math.round(n), 'Milliseconds'];

/**
 * The metric names, dimensions and properties of each event. Dimensions are only Channel, Lang, Tier and (for
 * cold starts) Function, each a handful of values; rule and content ids are properties, searchable in Logs
 * Insights without making a metric per value.
 */
function measures(event: MetricEvent): Measures {
  switch (event.kind) {
    case 'turn':
      return {
        dimensions: { Channel: event.channel, Lang: event.lang },
        metrics: {
          Turns: count(!event.duplicate), Conversations: count(event.conversation), OptIns: count(event.optIn), OptOuts: count(event.optOut),
          Segments: count(event.segments), Latency: ms(event.ms),
        },
        properties: { contentId: event.contentId, duplicate: event.duplicate },
      };
    case 'red-flag':
      return { dimensions: { Tier: event.tier }, metrics: { RedFlags: count(1) }, properties: { rule: event.rule, channel: event.channel, lang: event.lang } };
    case 'page': {
      const name = { sent: 'PagesSent', partial: 'PagesPartial', failed: 'PagesFailed', exhausted: 'PagesExhausted' }[event.outcome];
      return { dimensions: { Tier: event.tier }, metrics: { [name]: count(1), Segments: count(event.segments) }, properties: { step: event.step, recipients: event.recipients } };
    }
    case 'ack':
      return { dimensions: { Tier: event.tier }, metrics: { PagesAcked: count(1), TimeToAck: ms(event.ms) }, properties: { step: event.step } };
    case 'tip':
      return {
        dimensions: event.lang ? { Lang: event.lang } : {},
        metrics: { [event.outcome === 'delivered' ? 'TipsDelivered' : 'TipsFailed']: count(1), Segments: count(event.segments) },
        properties: {},
      };
    case 'text-me-this':
      return { dimensions: { Channel: event.channel }, metrics: { TextsSent: count(event.messages), Segments: count(event.segments) }, properties: {} };
    case 'error':
      // Named `source`, not `event`: the log metric filters match `$.event`, and must not count this line again.
      return { dimensions: {}, metrics: { Errors: count(1) }, properties: { source: event.event } };
    case 'cold-start':
      return { dimensions: { Function: event.fn }, metrics: { ColdStarts: count(1), InitDuration: ms(event.ms) }, properties: {} };
  }
}

/** The CloudWatch embedded-metric-format document for one event (one JSON object, logged as one line). */
export function toEmf(event: MetricEvent, namespace: string): Record<string, unknown> {
  const { dimensions, metrics, properties } = measures(event);
  const values = Object.fromEntries(Object.entries(metrics).map(([name, [value]]) => [name, value]));
  const defined = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
  return {
    _aws: {
      Timestamp: event.at,
      CloudWatchMetrics: [{
        Namespace: namespace,
        Dimensions: [Object.keys(dimensions)],
        Metrics: Object.entries(metrics).map(([Name, [, Unit]]) => ({ Name, Unit })),
      }],
    },
    metric: event.kind,
    ...defined,
    ...dimensions,
    ...values,
  };
}

/** The Lambda sink: each event as one EMF line on stdout, which CloudWatch turns into metrics with no API call. */
export function emfSink(namespace: string, write: (line: string) => void = (line) => void process.stdout.write(line)): MetricSink {
  return { emit: (event) => write(`${JSON.stringify(toEmf(event, namespace))}\n`) };
}
