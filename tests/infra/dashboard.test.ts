import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TWILIO_USD_PER_SEGMENT } from '../../functions/core/metrics.js';
import { buildApp } from './app.js';

interface Widget {
  type: string;
  properties: { title?: string; metrics?: unknown[][]; query?: string; markdown?: string };
}

/** The dashboard body with CloudFormation references (function and log group names) written as REF. */
function dashboardBody(template: Template): { name: unknown; widgets: Widget[] } {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as Array<{ Properties: { DashboardName: unknown; DashboardBody: { 'Fn::Join': [string, unknown[]] } } }>;
  expect(dashboards).toHaveLength(1);
  const { DashboardName, DashboardBody } = dashboards[0]!.Properties;
  const text = DashboardBody['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : 'REF')).join('');
  return { name: DashboardName, widgets: (JSON.parse(text) as { widgets: Widget[] }).widgets };
}

describe('the operations dashboard in the service stack', () => {
  let widgets: Widget[];
  let name: unknown;
  let envs: Array<Record<string, unknown>>;
  const byTitle = (title: string) => {
    const widget = widgets.find((w) => w.properties.title === title);
    expect(widget, title).toBeDefined();
    return JSON.stringify(widget!.properties);
  };

  beforeAll(() => {
    const template = Template.fromStack(buildApp().service);
    ({ widgets, name } = dashboardBody(template));
    envs = Object.values(template.findResources('AWS::Lambda::Function')).map((f) => (f as { Properties: { Environment: { Variables: Record<string, unknown> } } }).Properties.Environment.Variables);
  });

  it('is one AWS::CloudWatch::Dashboard per stage, and every function writes its metric events to that stage\'s namespace', () => {
    expect(name).toBe('backline-dev-ops');
    expect(envs.length).toBeGreaterThanOrEqual(4);
    for (const env of envs) expect(env.METRICS_NAMESPACE).toBe('Backline/dev');
  });

  it('shows conversations and turns by channel and language', () => {
    expect(byTitle('Conversations by channel and language')).toContain(`SEARCH('{Backline/dev,Channel,Lang} MetricName=\\"Conversations\\"', 'Sum', 3600)`);
    expect(byTitle('Turns by channel and language')).toContain('MetricName=\\"Turns\\"');
  });

  it('shows segments and the estimated Twilio cost at the stated price a segment', () => {
    const segments = byTitle('SMS segments and estimated Twilio cost');
    expect(segments).toContain(`SUM(SEARCH('Namespace=\\"Backline/dev\\" MetricName=\\"Segments\\"', 'Sum', 3600))`);
    expect(segments).toContain(`* ${TWILIO_USD_PER_SEGMENT}`);
  });

  it('shows red flags by tier (a metric) and by sign (a Logs Insights query over the webhooks\' logs)', () => {
    expect(byTitle('Red flags by tier')).toContain('{Backline/dev,Tier} MetricName=\\"RedFlags\\"');
    const bySign = widgets.find((w) => w.type === 'log')!.properties.query!;
    expect(bySign).toContain('filter metric = "red-flag"');
    expect(bySign).toContain('stats sum(RedFlags) as redFlags by rule, Tier');
    expect(bySign.match(/SOURCE 'REF'/g)).toHaveLength(2);
  });

  it('shows pages sent, acknowledged and time to ACK; tips delivered and failed; opt-ins and opt-outs', () => {
    const pages = byTitle('Pages sent, acknowledged, failed, run out');
    for (const metric of ['PagesSent', 'PagesAcked', 'PagesFailed', 'PagesExhausted']) expect(pages).toContain(`MetricName=\\"${metric}\\"`);
    expect(byTitle('Time to ACK (p50, p90) by tier')).toContain(`MetricName=\\"TimeToAck\\"', 'p50'`);
    const tips = byTitle('Daily tips delivered and failed; topics texted');
    for (const metric of ['TipsDelivered', 'TipsFailed', 'TextsSent']) expect(tips).toContain(`MetricName=\\"${metric}\\"`);
    const opt = byTitle('Opt-ins and opt-outs');
    for (const metric of ['OptIns', 'OptOuts']) expect(opt).toContain(`MetricName=\\"${metric}\\"`);
  });

  it('shows errors, webhook latency p50 and p99, and cold starts', () => {
    const errors = byTitle('Errors');
    expect(errors).toContain('MetricName=\\"Errors\\"');
    expect(errors).toContain('"AWS/Lambda","Errors"');
    const latency = byTitle('Webhook latency p50 and p99');
    expect(latency).toContain('"AWS/Lambda","Duration"');
    expect(latency).toContain('"stat":"p50"');
    expect(latency).toContain('"stat":"p99"');
    expect(byTitle('Cold starts and init time')).toContain('{Backline/dev,Function} MetricName=\\"ColdStarts\\"');
  });
});
