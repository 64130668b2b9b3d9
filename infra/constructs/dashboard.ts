import { Duration } from 'aws-cdk-lib';
import { Dashboard, GraphWidget, LogQueryWidget, MathExpression, TextWidget, type IMetric, type IWidget } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { TWILIO_USD_PER_SEGMENT } from '../../functions/core/metrics.js';
import type { StageConfig } from '../stage.js';
import type { BacklineFunction } from './backline-function.js';

/** The CloudWatch namespace the functions write their metric events to (METRICS_NAMESPACE), shared with the log metric filters. */
export function metricsNamespace(stage: Pick<StageConfig, 'name'>): string {
  return `Backline/${stage.name}`;
}

/** The stage, and the functions whose metrics, durations and logs the dashboard shows. */
export interface OpsDashboardProps {
  stage: StageConfig;
  functions: ReadonlyArray<{ fn: BacklineFunction; kind: 'http' | 'schedule' | 'stream' }>;
}

const PERIOD = Duration.hours(1);
const WIDTH = 12;

/**
 * One dashboard per stage with the figures of the local `/ops` page, from the functions' EMF metric events: every
 * line is a SEARCH over the namespace, so each channel, language or tier appears as soon as it has data, and red
 * flags by sign come from a Logs Insights query (the rule is a property, not a dimension).
 */
export class OpsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OpsDashboardProps) {
    super(scope, id);
    const ns = metricsNamespace(props.stage);
    /** Every metric `name` in the namespace with exactly `dims`, one line per combination of their values. */
    const search = (name: string, dims: readonly string[], statistic = 'Sum', label = name): IMetric =>
      new MathExpression({ expression: `SEARCH('{${[ns, ...dims].join(',')}} MetricName="${name}"', '${statistic}', ${PERIOD.toSeconds()})`, label, usingMetrics: {}, period: PERIOD });
    /** The sum over every dimension combination of `name` (one line). */
    const total = (name: string, label: string): MathExpression =>
      new MathExpression({ expression: `SUM(SEARCH('Namespace="${ns}" MetricName="${name}"', 'Sum', ${PERIOD.toSeconds()}))`, label, usingMetrics: {}, period: PERIOD });
    const graph = (title: string, left: IMetric[], right: IMetric[] = [], width = WIDTH): GraphWidget => new GraphWidget({ title, left, right, width, height: 6, period: PERIOD });

    const webhooks = props.functions.filter((f) => f.kind === 'http' && f.fn.node.id !== 'Fallback');
    const segments = total('Segments', 'SMS segments');
    const cost = new MathExpression({ expression: `segments * ${TWILIO_USD_PER_SEGMENT}`, label: `Estimated Twilio cost (USD, $${TWILIO_USD_PER_SEGMENT} a segment)`, usingMetrics: { segments }, period: PERIOD });
    const logGroups = webhooks.map((f) => f.fn.logGroup);

    const widgets: IWidget[][] = [
      [new TextWidget({ markdown: `# Backline ${props.stage.name}\nMetric events from the functions (namespace \`${ns}\`): counts, tiers, languages and durations only; no phone number, message text or contact hash. Hourly points.`, width: 24, height: 2 })],
      [
        graph('Conversations by channel and language', [search('Conversations', ['Channel', 'Lang'])]),
        graph('Turns by channel and language', [search('Turns', ['Channel', 'Lang'])]),
      ],
      [
        graph('SMS segments and estimated Twilio cost', [segments], [cost]),
        graph('Red flags by tier', [search('RedFlags', ['Tier'])]),
      ],
      [
        graph('Pages sent, acknowledged, failed, run out', [search('PagesSent', ['Tier']), search('PagesAcked', ['Tier']), search('PagesPartial', ['Tier']), search('PagesFailed', ['Tier']), search('PagesExhausted', ['Tier'])]),
        graph('Time to ACK (p50, p90) by tier', [search('TimeToAck', ['Tier'], 'p50', 'TimeToAck p50'), search('TimeToAck', ['Tier'], 'p90', 'TimeToAck p90')]),
      ],
      [
        graph('Daily tips delivered and failed; topics texted', [total('TipsDelivered', 'Tips delivered'), total('TipsFailed', 'Tip sends failed'), total('TextsSent', 'Topics texted')]),
        graph('Opt-ins and opt-outs', [total('OptIns', 'Opt-ins'), total('OptOuts', 'Opt-outs')]),
      ],
      [
        graph('Errors', [total('Errors', 'Error log lines'), ...webhooks.map((f) => f.fn.fn.metricErrors({ period: PERIOD, statistic: 'Sum', label: `${f.fn.node.id} invocation errors` }))]),
        graph('Webhook latency p50 and p99', [
          ...webhooks.flatMap((f) => ['p50', 'p99'].map((statistic) => f.fn.fn.metricDuration({ period: PERIOD, statistic, label: `${f.fn.node.id} duration ${statistic}` }))),
          search('Latency', ['Channel', 'Lang'], 'p99', 'Turn latency p99'),
        ]),
      ],
      [
        graph('Cold starts and init time', [search('ColdStarts', ['Function'])], [search('InitDuration', ['Function'], 'Average', 'InitDuration average')]),
        new LogQueryWidget({
          title: 'Red flags by sign (rule)',
          logGroupNames: logGroups.map((g) => g.logGroupName),
          queryLines: ['fields rule, Tier', 'filter metric = "red-flag"', 'stats sum(RedFlags) as redFlags by rule, Tier', 'sort redFlags desc'],
          width: WIDTH,
          height: 6,
        }),
      ],
    ];
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `backline-${props.stage.name}-ops`, widgets, defaultInterval: Duration.days(7) });
  }
}
