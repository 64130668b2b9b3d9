import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage.js';
import type { BacklineFunction } from './backline-function.js';

/** Twilio gives a webhook 15 s; alarm well before a slow tail turns into fallbacks and dropped messages. */
const WEBHOOK_P99_ALARM_MS = 10_000;
/** Metric the escalation log lines are counted into (namespace `Backline/<stage>`, shared with the functions' metric events). */
const ESCALATIONS_METRIC = { namespace: 'Backline', name: 'Escalations' } as const;

/**
 * Failure events the functions log (`"event"` of a JSON log line), each counted into its own metric with an alarm:
 * the failures a deployment is most likely to meet (a wrong or empty secret, DynamoDB out, a bad signature from a
 * wrong auth token, a page that could not be sent) answer safe TwiML with status 200, so only these lines show them.
 */
const FAILURE_EVENTS = [
  { metric: 'InitFailed', event: '*.init-failed', threshold: 1, what: 'a function could not start (secret, configuration or content): it answers only the safe fallback' },
  { metric: 'TurnFailed', event: '*.failed', threshold: 1, what: 'a turn or a page failed (DynamoDB, Twilio): the person got the apology with the emergency line' },
  { metric: 'RequestsRejected', event: '*.rejected', threshold: 5, what: 'webhook requests refused (bad signature, wrong account, malformed): check TWILIO_AUTH_TOKEN and the webhook URLs' },
  { metric: 'IntentFailed', event: 'intent.failed', threshold: 1, what: 'a side effect failed after the reply (escalation record, page claim, text-me-this)' },
  { metric: 'PagePartial', event: 'alert.partial', threshold: 1, what: 'a page reached only some on-call numbers' },
  { metric: 'LadderExhausted', event: 'ladder.exhausted', threshold: 1, what: 'a page went down the whole on-call ladder and nobody acknowledged it: call the patient back now' },
  { metric: 'LadderFailed', event: 'ladder.failed', threshold: 1, what: 'the next step of a page could not be scheduled (EventBridge Scheduler): later on-call numbers will not be paged' },
  { metric: 'FallbackAnswered', event: 'fallback.answered', threshold: 1, what: "Twilio used the fallback URL: the primary webhook failed or timed out" },
] as const;

export interface MonitoringProps {
  stage: StageConfig;
  key: IKey;
  api: HttpApi;
  functions: ReadonlyArray<{ fn: BacklineFunction; kind: 'http' | 'schedule' | 'stream'; escalations: boolean }>;
  failures?: IQueue;
}

/** Alarms for every function (errors, throttles; webhook p99 duration; stream lag), the API's 5xx, failed async work and escalations, all to one encrypted SNS topic. */
export class Monitoring extends Construct {
  readonly topic: Topic;
  private readonly stageName: string;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { stage } = props;
    this.stageName = stage.name;
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `Backline ${stage.name} alarms`,
      masterKey: props.key,
      enforceSSL: true,
    });
    if (stage.alarmEmail) this.topic.addSubscription(new EmailSubscription(stage.alarmEmail));

    const fiveMinutes = Duration.minutes(5);
    for (const { fn, kind } of props.functions) {
      const name = fn.node.id;
      this.alarm(`${name}Errors`, fn.fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }), 1, `${name}: invocations failed`);
      this.alarm(`${name}Throttles`, fn.fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }), 1, `${name}: invocations throttled`);
      if (kind === 'http') {
        this.alarm(`${name}DurationP99`, fn.fn.metricDuration({ period: fiveMinutes, statistic: 'p99' }), WEBHOOK_P99_ALARM_MS,
          `${name}: p99 duration above ${WEBHOOK_P99_ALARM_MS} ms (Twilio gives up at 15 s)`, ComparisonOperator.GREATER_THAN_THRESHOLD);
      }
      if (kind === 'stream') {
        const iteratorAge = fn.fn.metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum' });
        this.alarm(`${name}IteratorAge`, iteratorAge, 60_000, `${name}: stream records waiting over a minute`, ComparisonOperator.GREATER_THAN_THRESHOLD);
      }
    }
    for (const failure of FAILURE_EVENTS) {
      for (const { fn } of props.functions) {
        new MetricFilter(this, `${fn.node.id}${failure.metric}Filter`, {
          logGroup: fn.logGroup,
          filterPattern: FilterPattern.stringValue('$.event', '=', failure.event),
          metricNamespace: `${ESCALATIONS_METRIC.namespace}/${stage.name}`,
          metricName: failure.metric,
          metricValue: '1',
        });
      }
      const metric = new Metric({ namespace: `${ESCALATIONS_METRIC.namespace}/${stage.name}`, metricName: failure.metric, period: fiveMinutes, statistic: 'Sum' });
      this.alarm(failure.metric, metric, failure.threshold, failure.what);
    }
    this.alarm('Api5xx', props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }), 1, 'API answered 5xx (Twilio then uses the fallback URL)');
    if (props.failures) {
      this.alarm('FailedAsyncWork', props.failures.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }), 1,
        'tips or alerts work failed after retries and waits in the failures queue');
    }

    const escalationSources = props.functions.filter((f) => f.escalations);
    if (escalationSources.length > 0) {
      for (const { fn } of escalationSources) {
        new MetricFilter(this, `${fn.node.id}EscalationFilter`, {
          logGroup: fn.logGroup,
          filterPattern: FilterPattern.stringValue('$.event', '=', 'escalation'),
          metricNamespace: `${ESCALATIONS_METRIC.namespace}/${stage.name}`,
          metricName: ESCALATIONS_METRIC.name,
          metricValue: '1',
        });
      }
      const escalations = new Metric({
        namespace: `${ESCALATIONS_METRIC.namespace}/${stage.name}`,
        metricName: ESCALATIONS_METRIC.name,
        period: fiveMinutes,
        statistic: 'Sum',
      });
      this.alarm('Escalations', escalations, 1, 'a caller or texter reported red-flag symptoms and was escalated');
    }
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string,
    comparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `Backline ${this.stageName}: ${description}`,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
