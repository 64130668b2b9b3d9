import type { MetricEvent, MetricSink } from '../../functions/core/metrics.js';

/** Events kept at most; the oldest go first (about a day of the load test, far more than a tester makes). */
const MAX_EVENTS = 500_000;

/** The local metrics sink: every event in memory, in arrival order, for `/ops`; forgotten when `npm start` stops. */
export class MetricsCollector implements MetricSink {
  private readonly kept: MetricEvent[] = [];

  emit(event: MetricEvent): void {
    this.kept.push(event);
    if (this.kept.length > MAX_EVENTS) this.kept.splice(0, this.kept.length - MAX_EVENTS);
  }

  /** Events whose time is in [from, to) (epoch ms). */
  between(from: number, to: number): MetricEvent[] {
    return this.kept.filter((e) => e.at >= from && e.at < to);
  }
}
