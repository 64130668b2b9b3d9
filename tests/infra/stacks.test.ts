import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionSpec } from '../../infra/functions.js';
import { LAMBDA_NODE_OPTIONS } from '../../infra/node-options.js';
import { buildApp, nagFindings, stageConfig } from './app.js';

const sms = FUNCTIONS.find((f) => f.id === 'sms')!;
/** Stand-ins for handlers not written yet: the sms entry with the real tips/alerts wiring. */
const asSms = (id: string): FunctionSpec => ({ ...FUNCTIONS.find((f) => f.id === id)!, entry: sms.entry });
const ALL = [sms, asSms('voice'), asSms('fallback'), asSms('tips'), asSms('alerts')];

type Resource = { Properties: Record<string, unknown> };
function resourceOf(template: Template, type: string, props: Record<string, unknown>): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: Match.objectLike(props) }));
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
}
function statementsOf(template: Template, roleId: string): Array<Record<string, unknown>> {
  const policies = Object.values(template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleId }] },
  })) as Resource[];
  return policies.flatMap((p) => (p.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement);
}

describe('stacks as deployed today (handlers that exist)', () => {
  let state: Template;
  let service: Template;
  let findings: string[];
  beforeAll(() => {
    const built = buildApp();
    state = Template.fromStack(built.state);
    service = Template.fromStack(built.service);
    findings = nagFindings(built.app);
  });

  it('has no unacknowledged AwsSolutions or HIPAA.Security findings', () => {
    expect(findings).toEqual([]);
  });

  it('keeps the table: on demand, TTL, PITR, deletion protection, retained, KMS, stream, byDue GSI', () => {
    state.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
        GlobalSecondaryIndexes: [{
          IndexName: 'byDue',
          KeySchema: [{ AttributeName: 'duePk', KeyType: 'HASH' }, { AttributeName: 'dueSk', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'ALL' },
        }],
        Replicas: [Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        })],
      }),
    });
  });

  it('keeps the app secret: retained, customer-managed rotating key, phone-hash key generated', () => {
    state.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        KmsKeyId: Match.anyValue(),
        GenerateSecretString: Match.objectLike({ GenerateStringKey: 'PHONE_HASH_KEY', PasswordLength: 64 }),
      }),
    });
    state.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('runs the sms function on nodejs24.x arm64 with its env, the secrets extension and an explicit log group', () => {
    const [, fn] = resourceOf(service, 'AWS::Lambda::Function', { Description: Match.stringLikeRegexp('SMS webhook') });
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Handler: 'index.handler', Timeout: 14 });
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['TABLE_NAME', 'PUBLIC_BASE_URL', 'SECRETS_ARN', 'CONTENT_DIR', 'TURN_TIMEOUT_MS', 'STATE_TTL_DAYS']));
    expect(env.CONTENT_DIR).toBe('/var/task/content');
    expect(env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT).toBe('2773');
    expect(env).not.toHaveProperty('TWILIO_AUTH_TOKEN');
    expect(env).not.toHaveProperty('PHONE_HASH_KEY');
    // The URL comes from the API's own attribute: no cycle, since the API resource does not depend on the function.
    expect(env.PUBLIC_BASE_URL).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'ApiEndpoint'] });
    expect(JSON.stringify(fn.Properties.Layers)).toContain('arm64');
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: expect.stringMatching(/^SmsLogs/) } });
    service.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14, KmsKeyId: Match.anyValue() });
  });

  it('runs every Backline function with NODE_OPTIONS keeping one V8 worker thread, options Node accepts from the environment', () => {
    const fns = Object.values(service.findResources('AWS::Lambda::Function') as Record<string, Resource>).filter((r) => String(r.Properties.Description).startsWith('Backline'));
    expect(fns.length).toBeGreaterThanOrEqual(FUNCTIONS.length);
    for (const fn of fns) expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.NODE_OPTIONS).toBe('--v8-pool-size=1');
    // Node refuses to start, every cold start, with an option it does not allow in NODE_OPTIONS.
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write("started")'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: LAMBDA_NODE_OPTIONS } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('started');
  });

  it('routes the SMS, voice and fallback webhooks through the $default stage with access logs and throttling', () => {
    service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /twilio/sms', AuthorizationType: 'NONE' });
    const routes = Object.values(service.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>).map((r) => r.Properties.RouteKey).sort();
    expect(routes).toEqual(['POST /twilio/fallback/sms', 'POST /twilio/fallback/voice', 'POST /twilio/sms', 'POST /twilio/voice', 'POST /twilio/voice/{proxy+}']);
    service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 }),
    });
  });

  it('grants sms only item actions on the base table, its secret and its key (no index, no scan, no wildcard)', () => {
    const [roleId] = resourceOf(service, 'AWS::IAM::Role', { Description: Match.stringLikeRegexp('sms function') });
    const statements = statementsOf(service, roleId);
    const actions = statements.flatMap((s) => [s.Action].flat()).sort();
    expect(actions).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'kms:Decrypt', 'logs:CreateLogStream', 'logs:PutLogEvents', 'secretsmanager:GetSecretValue'].sort());
    const dynamo = statements.find((s) => [s.Action].flat().includes('dynamodb:GetItem'))!;
    expect(dynamo.Resource).toEqual({ 'Fn::ImportValue': expect.stringMatching(/TableCD117FA1Arn/) });
    expect(JSON.stringify(statements)).not.toContain('*');
    expect(JSON.stringify(statements)).not.toContain('/index/');
    service.hasResourceProperties('AWS::IAM::Role', { RoleName: Match.absent(), ManagedPolicyArns: Match.absent() });
  });

  it('alarms on errors and throttles of every function, p99 duration (>10 s) of every HTTP function, stream age, failures, API 5xx and escalations, all to the encrypted topic', () => {
    service.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const alarms = service.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>;
    const byMetric = Object.values(alarms).map((a) => ({
      metric: a.Properties.MetricName as string, ns: a.Properties.Namespace as string,
      threshold: a.Properties.Threshold, stat: a.Properties.ExtendedStatistic ?? a.Properties.Statistic,
      actions: a.Properties.AlarmActions,
    }));
    const functions = ['sms', 'voice', 'fallback', 'alerts', ...(existsSync('functions/handlers/tips.ts') ? ['tips'] : [])];
    const count = (metric: string) => byMetric.filter((a) => a.metric === metric).length;
    expect([count('Errors'), count('Throttles'), count('Duration')]).toEqual([functions.length, functions.length, 3]);
    expect(['5xx', 'Escalations', 'IteratorAge', 'ApproximateNumberOfMessagesVisible'].map(count)).toEqual([1, 1, 1, 1]);
    expect(byMetric.find((a) => a.metric === 'Duration')).toMatchObject({ threshold: 10_000, stat: 'p99' });
    expect(byMetric.find((a) => a.metric === 'Escalations')).toMatchObject({ ns: 'Backline/dev', threshold: 1, stat: 'Sum' });
    for (const alarm of byMetric) expect(alarm.actions).toEqual([{ Ref: expect.stringMatching(/AlarmTopic/) }]);
    service.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.event = "escalation" }',
      MetricTransformations: [Match.objectLike({ MetricNamespace: 'Backline/dev', MetricName: 'Escalations', MetricValue: '1' })],
    });
  });

  it('outputs the webhook URLs to paste into Twilio', () => {
    const outputs = service.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['ApiUrl', 'SmsWebhookUrl', 'SmsFallbackUrl', 'AlarmTopicArn']));
    expect(JSON.stringify(outputs.SmsWebhookUrl?.Value)).toContain('/twilio/sms');
    expect(JSON.stringify(outputs.VoiceWebhookUrl?.Value)).toContain('/twilio/voice');
    expect(JSON.stringify(outputs.SmsFallbackUrl?.Value)).toContain('/twilio/fallback/sms');
    expect(JSON.stringify(outputs.VoiceFallbackUrl?.Value)).toContain('/twilio/fallback/voice');
  });
});

describe('list-driven functions (every handler wired)', () => {
  let service: Template;
  let findings: string[];
  beforeAll(() => {
    const built = buildApp({ functions: ALL, stage: stageConfig('prod', { onCallNumbers: ['+15551230000'], hotlineNumbers: ['+15557650000'], twilioFrom: '+15557650000', alarmEmail: 'oncall@example.org', concurrencyQuota: 1000, reservedConcurrency: { sms: 20, voice: 20, fallback: 5, tips: 1, alerts: 2 } }) });
    service = Template.fromStack(built.service);
    findings = nagFindings(built.app);
  });

  it('stays free of unacknowledged findings with the schedule, the stream and reserved concurrency', () => {
    expect(findings).toEqual([]);
  });

  it('makes one nodejs24.x arm64 function, role and log group per spec', () => {
    service.resourceCountIs('AWS::Lambda::Function', ALL.length);
    service.resourceCountIs('AWS::IAM::Role', ALL.length + 2); // + the tips scheduler's role and the page ladder's
    service.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    service.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    service.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('SMS webhook'), ReservedConcurrentExecutions: 20 });
  });

  it('routes the voice and fallback paths', () => {
    for (const key of ['POST /twilio/sms', 'POST /twilio/voice', 'POST /twilio/voice/{proxy+}', 'POST /twilio/fallback/sms', 'POST /twilio/fallback/voice']) {
      service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: key });
    }
    const outputs = service.findOutputs('*');
    expect(JSON.stringify(outputs.VoiceFallbackUrl?.Value)).toContain('/twilio/fallback/voice');
  });

  it('schedules tips every 15 minutes with retries and a dead-letter queue', () => {
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      Target: Match.objectLike({ RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }), DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }) }),
    });
  });

  it('lets tips query only the byDue index', () => {
    const [roleId] = resourceOf(service, 'AWS::IAM::Role', { Description: Match.stringLikeRegexp('tips function') });
    const query = statementsOf(service, roleId).find((s) => s.Action === 'dynamodb:Query')!;
    expect(JSON.stringify(query.Resource)).toMatch(/TableCD117FA1Arn.*"\/index\/byDue"/);
  });

  it('feeds alerts from the stream: new and renewed alert# claims, failures to the queue, on-call numbers in env; voice can send texts', () => {
    service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'LATEST',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { sk: { S: [{ prefix: 'alert#' }] } } } }) }] },
    });
    service.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('voice webhook'),
      Environment: { Variables: Match.objectLike({ TWILIO_FROM: '+15557650000', HOTLINE_NUMBERS: '+15557650000' }) },
    });
    service.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('SMS webhook'),
      Environment: { Variables: Match.objectLike({ HOTLINE_NUMBERS: '+15557650000' }) },
    });
    service.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('on-call'),
      Environment: { Variables: Match.objectLike({ ON_CALL_NUMBERS: '+15551230000', TWILIO_FROM: '+15557650000' }) },
    });
    service.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge' });
    for (const metric of ['InitFailed', 'TurnFailed', 'RequestsRejected', 'IntentFailed', 'PagePartial', 'LadderExhausted', 'LadderFailed', 'FallbackAnswered']) {
      service.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: metric, Namespace: 'Backline/prod', AlarmActions: Match.anyValue() });
      service.hasResourceProperties('AWS::Logs::MetricFilter', { MetricTransformations: [Match.objectLike({ MetricName: metric })] });
    }
    service.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible' });
  });

  it('gives the page ladder a durable timer: one-time schedules in its own group, run by a role only Scheduler assumes, that can invoke only the alerts function', () => {
    service.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'backline-prod-pages' });
    const [ladderRole, role] = resourceOf(service, 'AWS::IAM::Role', { Description: Match.stringLikeRegexp('next step of a page') });
    expect(JSON.stringify(role.Properties.AssumeRolePolicyDocument)).toContain('scheduler.amazonaws.com');
    const [alertsFn] = resourceOf(service, 'AWS::Lambda::Function', { Description: Match.stringLikeRegexp('on-call') });
    const invoke = statementsOf(service, ladderRole).find((s) => [s.Action].flat().includes('lambda:InvokeFunction'))!;
    expect(JSON.stringify(invoke.Resource)).toContain(alertsFn);
    expect(JSON.stringify(invoke.Resource).match(/"Fn::GetAtt":\["(\w+)"/g)?.every((m) => m.includes(alertsFn))).toBe(true);
    const [alertsRole] = resourceOf(service, 'AWS::IAM::Role', { Description: Match.stringLikeRegexp('alerts function') });
    const statements = statementsOf(service, alertsRole);
    const create = statements.find((s) => [s.Action].flat().includes('scheduler:CreateSchedule'))!;
    expect(JSON.stringify(create.Resource)).toContain(':schedule/backline-prod-pages/*');
    const pass = statements.find((s) => [s.Action].flat().includes('iam:PassRole'))!;
    expect(pass.Resource).toEqual({ 'Fn::GetAtt': [ladderRole, 'Arn'] });
    service.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('on-call'),
      Environment: { Variables: Match.objectLike({ LADDER_ROLE_ARN: { 'Fn::GetAtt': [ladderRole, 'Arn'] }, LADDER_SCHEDULE_GROUP: Match.anyValue(), ALERT_ACK_MINUTES: '10' }) },
    });
    // A ladder step Lambda could not run after its retries lands in the (alarmed) failures queue, not nowhere.
    service.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('on-call'), DeadLetterConfig: { TargetArn: Match.anyValue() } });
    // The SMS webhook knows the on-call numbers: their texts are acknowledgements, not patient turns.
    service.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('SMS webhook'),
      Environment: { Variables: Match.objectLike({ ON_CALL_NUMBERS: '+15551230000' }) },
    });
  });

  it('gives the fallback function nothing: no table, no secret', () => {
    const [roleId] = resourceOf(service, 'AWS::IAM::Role', { Description: Match.stringLikeRegexp('fallback function') });
    const actions = statementsOf(service, roleId).flatMap((s) => [s.Action].flat());
    expect(actions.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  it('subscribes the stage alarm email and counts escalations from sms and voice logs', () => {
    service.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@example.org' });
    // Escalations from sms and voice; eight failure events from each of the five functions.
    const filters = Object.values(service.findResources('AWS::Logs::MetricFilter')) as Array<{ Properties: { MetricTransformations: Array<{ MetricName: string }> } }>;
    const names = filters.map((f) => f.Properties.MetricTransformations[0]?.MetricName);
    expect(names.filter((n) => n === 'Escalations')).toHaveLength(2);
    expect(names.length).toBe(2 + 8 * 5);
  });
});
