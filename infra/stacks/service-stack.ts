import { CfnOutput, Duration, Stack, Validations, type CfnElement, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { DomainName, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BacklineFunction } from '../constructs/backline-function.js';
import { Monitoring } from '../constructs/monitoring.js';
import { metricsNamespace, OpsDashboard } from '../constructs/dashboard.js';
import { checkedFunctions, type FunctionSpec } from '../functions.js';
import type { StageConfig } from '../stage.js';

export interface ServiceStackProps extends StackProps {
  stage: StageConfig;
  table: ITableV2;
  secret: ISecret;
  /** Directory holding package.json, functions/ and content/. */
  projectRoot: string;
  /** Defaults to the FUNCTIONS entries whose handler file exists. */
  functions?: readonly FunctionSpec[];
}

/** The HTTP API Twilio calls, one function per handler, the tips schedule, the alerts stream consumer, the alarms and the operations dashboard. */
export class ServiceStack extends Stack {
  readonly api: HttpApi;
  readonly baseUrl: string;
  readonly functions = new Map<string, BacklineFunction>();
  readonly monitoring: Monitoring;
  readonly dashboard: OpsDashboard;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { stage, table } = props;
    const specs = props.functions ?? checkedFunctions(props.projectRoot);

    const opsKey = this.opsKey(stage);
    this.api = new HttpApi(this, 'Api', {
      apiName: `backline-${stage.name}`,
      description: `Backline ${stage.name}: Twilio webhooks`,
      createDefaultStage: false,
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Twilio cannot sign requests with SigV4, JWT or a Lambda authorizer token; every webhook verifies the X-Twilio-Signature HMAC (auth token) before reading or writing state, and answers 403 otherwise. The fallback routes only return static safe TwiML.',
    });
    const domain = stage.customDomain
      ? new DomainName(this, 'Domain', {
          domainName: stage.customDomain.domainName,
          certificate: Certificate.fromCertificateArn(this, 'Certificate', stage.customDomain.certificateArn),
        })
      : undefined;
    new HttpStage(this, 'ApiStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: stage.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs(stage, opsKey)), format: accessLogFormat() },
      ...(domain ? { domainMapping: { domainName: domain } } : {}),
    });
    // The API resource does not depend on the functions (integrations and routes do), so functions may
    // reference its id without a cycle; a custom domain gives a URL that survives re-creating the API.
    this.baseUrl = domain ? `https://${stage.customDomain?.domainName}` : this.api.apiEndpoint;

    const async = specs.some((spec) => spec.trigger.kind !== 'http');
    const failures = async ? this.failuresQueue() : undefined;
    const environment = {
      TABLE_NAME: table.tableName,
      PUBLIC_BASE_URL: this.baseUrl,
      TURN_TIMEOUT_MS: String(stage.turnTimeoutMs),
      STATE_TTL_DAYS: String(stage.stateTtlDays),
      METRICS_NAMESPACE: metricsNamespace(stage),
    };

    const urls = new Map<string, string>();
    for (const spec of specs) {
      const fn = new BacklineFunction(this, constructId(spec.id), {
        spec, stage, table, projectRoot: props.projectRoot, secret: props.secret, logKey: opsKey, environment,
        // Scheduled invocations (the tips run, ladder steps) are asynchronous: after Lambda's own two retries they go to the failures queue.
        ...((spec.trigger.kind === 'schedule' || spec.ladder) && failures ? { deadLetterQueue: failures } : {}),
      });
      this.functions.set(spec.id, fn);
      this.wireTrigger(spec, fn, table, failures);
      if (spec.ladder) this.wireLadder(spec, fn, stage, failures);
      for (const [name, path] of Object.entries(spec.outputs ?? {})) urls.set(name, `${this.baseUrl}${path}`);
      this.acknowledgeFunction(spec, fn, stage);
    }
    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage,
      key: opsKey,
      api: this.api,
      functions: specs.map((spec) => ({ fn: this.functions.get(spec.id)!, kind: spec.trigger.kind, escalations: spec.escalations ?? false })),
      ...(failures ? { failures } : {}),
    });

    this.dashboard = new OpsDashboard(this, 'Dashboard', {
      stage,
      functions: specs.map((spec) => ({ fn: this.functions.get(spec.id)!, kind: spec.trigger.kind })),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.baseUrl, description: 'PUBLIC_BASE_URL of the webhooks' });
    for (const [name, url] of urls) new CfnOutput(this, name, { value: url, description: 'Paste into the Twilio number (HTTP POST)' });
    if (domain) new CfnOutput(this, 'DomainTarget', { value: domain.regionalDomainName, description: 'CNAME/alias target for the custom domain' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });

    Validations.of(this).acknowledge(
      {
        id: 'HIPAA.Security-LambdaInsideVPC',
        reason: 'The functions reach only DynamoDB and Secrets Manager (IAM-authenticated, TLS) and Twilio\'s public API; there is no private resource to protect, and a VPC would need NAT gateways or endpoints to keep those paths.',
      },
      {
        id: 'HIPAA.Security-IAMNoInlinePolicy',
        reason: 'Each function has its own role; CDK writes that role\'s least-privilege statements (specific table, index, secret, key, log group ARNs) into a policy attached only to it, whose lifecycle is the role\'s.',
      },
    );
  }

  private wireTrigger(spec: FunctionSpec, fn: BacklineFunction, table: ITableV2, failures: Queue | undefined): void {
    const { trigger } = spec;
    if (trigger.kind === 'http') {
      const integration = new HttpLambdaIntegration(`${constructId(spec.id)}Integration`, fn.fn);
      for (const route of trigger.routes) {
        const [method, path] = route.split(' ');
        if (!method || !path) throw new Error(`route "${route}" must look like "POST /path"`);
        this.api.addRoutes({ path, methods: [method as HttpMethod], integration });
      }
    } else if (trigger.kind === 'schedule') {
      new Schedule(this, `${constructId(spec.id)}Schedule`, {
        description: `Backline: invoke ${spec.id}`,
        schedule: ScheduleExpression.expression(trigger.expression),
        // The scheduler retries; handlers must be idempotent (a due tip is marked sent in the table).
        target: new LambdaInvoke(fn.fn, { retryAttempts: 2, maxEventAge: Duration.minutes(10), ...(failures ? { deadLetterQueue: failures } : {}) }),
      });
      const fnLogicalId = this.getLogicalId(fn.fn.node.defaultChild as CfnElement);
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
        reason: `The scheduler role may invoke only the ${spec.id} function; the ":*" suffix (its versions and aliases) is how LambdaInvoke grants invoke, not access to other functions.`,
      });
    } else {
      fn.fn.addEventSource(new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        maxRecordAge: Duration.hours(6),
        ...(failures ? { onFailure: new SqsDlq(failures) } : {}),
        // A repeat page for the same contact and tier after the rate-limit window overwrites the claim item: a MODIFY.
        filters: [FilterCriteria.filter({
          eventName: FilterRule.or('INSERT', 'MODIFY'),
          dynamodb: { NewImage: { sk: { S: FilterRule.beginsWith(trigger.skPrefix) } } },
        })],
      }));
    }
  }

  /**
   * The page ladder's durable timer: the function creates EventBridge Scheduler one-time schedules (in a group of
   * its own) that invoke it again through a role only Scheduler can assume; failed invocations go to the failures queue.
   */
  private wireLadder(spec: FunctionSpec, fn: BacklineFunction, stage: StageConfig, failures: Queue | undefined): void {
    const id = constructId(spec.id);
    const group = new ScheduleGroup(this, `${id}LadderGroup`, { scheduleGroupName: `backline-${stage.name}-pages` });
    const role = new Role(this, `${id}LadderRole`, {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': this.account } } }),
      description: `Backline ${stage.name}: EventBridge Scheduler invokes ${spec.id} for the next step of a page`,
    });
    fn.fn.grantInvoke(role);
    failures?.grantSendMessages(role);
    group.grantWriteSchedules(fn.fn);
    role.grantPassRole(fn.fn.grantPrincipal);
    fn.fn.addEnvironment('LADDER_ROLE_ARN', role.roleArn);
    fn.fn.addEnvironment('LADDER_SCHEDULE_GROUP', group.scheduleGroupName);
    if (failures) fn.fn.addEnvironment('LADDER_DEAD_LETTER_ARN', failures.queueArn);
    const fnLogicalId = this.getLogicalId(fn.fn.node.defaultChild as CfnElement);
    Validations.of(this).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
        reason: `The ladder role may invoke only the ${spec.id} function; the ":*" suffix (its versions and aliases) is how grantInvoke grants invoke, not access to other functions.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/backline-${stage.name}-pages/*]`,
        reason: `One-time schedules are named per page and step when a page is sent; the function may create them only in its own group (backline-${stage.name}-pages).`,
      },
    );
  }

  private acknowledgeFunction(spec: FunctionSpec, fn: BacklineFunction, stage: StageConfig): void {
    if (spec.trigger.kind === 'http') {
      Validations.of(fn.fn).acknowledge({
        id: 'HIPAA.Security-LambdaDLQ',
        reason: 'Invoked synchronously by API Gateway: a failure is answered to Twilio (which then uses the fallback URL), so there is no asynchronous event a dead-letter queue could keep.',
      });
    } else if (spec.trigger.kind === 'stream') {
      Validations.of(fn.fn).acknowledge({
        id: 'HIPAA.Security-LambdaDLQ',
        reason: 'Stream invocations bypass a function DLQ; failed batches go to the failures queue through the event source mapping\'s on-failure destination.',
      });
    }
    if (!stage.reservedConcurrency[spec.id]) {
      Validations.of(fn.fn).acknowledge({
        id: 'HIPAA.Security-LambdaConcurrency',
        reason: `Stage ${stage.name} sets no reserved concurrency for ${spec.id}: accounts at the default quota of 10 cannot reserve any; the API stage throttle bounds webhook load instead. Set backline:stages.${stage.name}.reservedConcurrency once the quota is raised.`,
      });
    }
  }

  /** Customer-managed key for the function logs, access logs and the alarm topic (HIPAA: encrypted log groups and SNS). */
  private opsKey(stage: StageConfig): Key {
    const key = new Key(this, 'OpsKey', {
      description: `Backline ${stage.name}: encrypts logs and the alarm topic`,
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(new PolicyStatement({
      principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*` } },
    }));
    key.addToResourcePolicy(new PolicyStatement({
      principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
    }));
    return key;
  }

  private accessLogs(stage: StageConfig, key: Key): LogGroup {
    return new LogGroup(this, 'ApiAccessLogs', { retention: stage.logRetentionDays as RetentionDays, encryptionKey: key });
  }

  private failuresQueue(): Queue {
    const queue = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination for the scheduler, the tips function and the alerts stream mapping; an alarm fires on its first message.',
    });
    return queue;
  }
}

/** `sms` -> `Sms`: construct ids stay stable as long as spec ids do. */
function constructId(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** One JSON line per request: ids, route, status and latencies; no caller IP, headers or body. */
function accessLogFormat(): AccessLogFormat {
  return AccessLogFormat.custom(JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }));
}
