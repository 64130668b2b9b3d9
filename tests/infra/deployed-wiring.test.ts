import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateTableCommand, DynamoDBClient, DescribeTableCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseVoice } from '../../dev/twiml.js';
import { startTwilioStandIn, type TwilioStandIn } from '../faults/support.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../helpers/dynamodb-local.js';
import { sms, TEST_BASE, TEST_TOKEN, twilioEvent } from '../helpers/events.js';
import { listenOnLoopback, type Loopback } from '../helpers/loopback.js';
import { messagesOf } from '../helpers/twiml.js';
import { FUNCTIONS } from '../../infra/functions.js';
import { buildApp, stageConfig } from './app.js';
import type { StageConfig } from '../../infra/stage.js';
import { parseConfig, type Config } from '../../functions/app/config.js';

/**
 * The deployed wiring, tested offline: the app is synthesized with real bundling, and each function's built bundle
 * runs with the environment the template gives it, against a stand-in for the Parameters and Secrets extension, a
 * stand-in for Twilio's REST API, and DynamoDB Local with the template's table and stream. Stream records reach the
 * alerts bundle only through the template's own event-source filter. What the template does not wire, fails here.
 */
const ON_CALL = ['+15551230001', '+15551230002'];
const SENDER = '+15557650000';
const SECRET = { TWILIO_AUTH_TOKEN: TEST_TOKEN, PHONE_HASH_KEY: 'wiring-test-phone-hash-key-0123', TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` };
const TABLE = 'backline-wiring';
const LADDER_ROLE = 'arn:aws:iam::111122223333:role/backline-prod-ladder';
/** What Lambda passes the alerts function as its context: Scheduler targets are set to this ARN. */
const ALERTS = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:backline-prod-alerts' };

/** A one-time schedule the alerts function created, as EventBridge Scheduler received it. */
interface Created { name: string; GroupName: string; ScheduleExpression: string; ScheduleExpressionTimezone: string; ActionAfterCompletion: string; Target: { Arn: string; RoleArn: string; Input: string; DeadLetterConfig?: { Arn: string } } }

type Handler = (event: unknown, context?: unknown) => Promise<unknown>;
interface Deployed { env: Record<string, unknown>; dir: string }

let outdir: string;
let template: Template;
let deployed: Map<string, Deployed>;
let dynamo: DynamoDbLocal;
let twilio: TwilioStandIn;
let extension: Loopback;
let secretBody = JSON.stringify({ SecretString: JSON.stringify(SECRET) });
let streamArn: string;
let stage: StageConfig;
let scheduler: Loopback & { url: string; created: Created[] };
const iterators = new Map<string, string | undefined>();
const handlers = new Map<string, Handler>();
const realFetch = globalThis.fetch;

/** The function's environment as the template wires it, with CloudFormation references resolved to the local stand-ins. */
function environment(id: string): Record<string, string> {
  const { env, dir } = deployed.get(id)!;
  const local: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (typeof value === 'string') local[key] = value.startsWith('/var/task/') ? value.replace('/var/task', dir) : value;
    else if (key === 'TABLE_NAME') local[key] = TABLE;
    else if (key === 'PUBLIC_BASE_URL') local[key] = TEST_BASE;
    else if (key === 'SECRETS_ARN') local[key] = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:backline-AbCdEf';
    else if (key === 'LADDER_ROLE_ARN' && refersTo(value, 'AWS::IAM::Role', /next step of a page/)) local[key] = LADDER_ROLE;
    else if (key === 'LADDER_SCHEDULE_GROUP' && refersTo(value, 'AWS::Scheduler::ScheduleGroup')) local[key] = 'backline-prod-pages';
    else if (key === 'LADDER_DEAD_LETTER_ARN' && refersTo(value, 'AWS::SQS::Queue')) local[key] = 'arn:aws:sqs:us-east-1:111122223333:failures';
    else throw new Error(`${id}: ${key} is wired to ${JSON.stringify(value)}, which this test cannot resolve`);
  }
  return {
    ...local, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SCHEDULER: scheduler.url, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_SESSION_TOKEN: 'session',
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(extension.port), DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** True when a template value is a Ref or GetAtt of the one resource of `type` (whose Description matches `description`, when given). */
function refersTo(value: unknown, type: string, description?: RegExp): boolean {
  const logicalId = (value as { Ref?: string }).Ref ?? (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']?.[0];
  const candidates = Object.entries(template.findResources(type)).filter(([, r]) => !description || description.test(String((r as { Properties?: { Description?: string } }).Properties?.Description)));
  return candidates.length === 1 && candidates[0]![0] === logicalId;
}

/** Imports a function's bundle (a fresh module instance per `instance`) with its wired environment for the cold start. */
async function handlerOf(id: string, instance = 'warm'): Promise<Handler> {
  const key = `${id}:${instance}`;
  const known = handlers.get(key);
  if (known) return known;
  const saved = { ...process.env };
  process.env = { ...saved, ...environment(id) };
  const mod = (await import(`${pathToFileURL(join(deployed.get(id)!.dir, 'index.mjs')).href}?${instance}`)) as { handler: Handler };
  const wrapped: Handler = async (event, context) => {
    const before = { ...process.env };
    process.env = { ...before, ...environment(id) };
    try {
      return await mod.handler(event, context);
    } finally {
      process.env = before;
    }
  };
  process.env = saved;
  handlers.set(key, wrapped);
  return wrapped;
}

/** An inbound SMS to this account (Twilio sends the AccountSid the functions check against the secret). */
const text = (from: string, body: string) => ({ ...sms(from, body), AccountSid: SECRET.TWILIO_ACCOUNT_SID, To: SENDER });

/** Evaluates a Lambda event-source filter pattern (the subset the template uses: lists of values and prefixes). */
function passes(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.some((p) => (typeof p === 'object' && p && 'prefix' in p ? typeof value === 'string' && value.startsWith(String((p as { prefix: string }).prefix)) : p === value));
  if (typeof pattern === 'object' && pattern) return Object.entries(pattern).every(([k, p]) => passes(p, (value as Record<string, unknown> | undefined)?.[k]));
  return pattern === value;
}

/** New stream records since the last call, as Lambda would receive them after the template's filter. */
async function streamBatch(): Promise<unknown[]> {
  const client = new DynamoDBStreamsClient({ region: 'us-east-1', endpoint: dynamo.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  const records: unknown[] = [];
  for (const shard of StreamDescription?.Shards ?? []) {
    const id = shard.ShardId!;
    let iterator = iterators.get(id) ?? (await client.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: id, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    for (let round = 0; iterator && round < 5; round++) {
      const out = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(...(out.Records ?? []));
      iterator = out.NextShardIterator;
      if ((out.Records ?? []).length === 0) break;
    }
    iterators.set(id, iterator);
  }
  client.destroy();
  const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Array<{ Properties: { FilterCriteria: { Filters: Array<{ Pattern: string }> } } }>;
  const filters = mapping!.Properties.FilterCriteria.Filters.map((f) => JSON.parse(f.Pattern) as unknown);
  return records.filter((r) => filters.some((f) => passes(f, r)));
}

/** Runs the alerts bundle on the filtered new stream records, as the event-source mapping would. */
async function deliverStream(): Promise<number> {
  const batch = await streamBatch();
  if (batch.length > 0) expect(await (await handlerOf('alerts'))({ Records: batch }, ALERTS)).toEqual({ batchItemFailures: [] });
  return batch.length;
}

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'backline-wiring-'));
  stage = stageConfig('prod', { onCallNumbers: ON_CALL, hotlineNumbers: [SENDER], twilioFrom: SENDER, alarmEmail: 'oncall@example.org', nurseLineNumber: '+15557650001' });
  const built = buildApp({ stage, bundle: true, outdir });
  template = Template.fromStack(built.service);
  deployed = new Map();
  for (const fn of Object.values(template.findResources('AWS::Lambda::Function')) as Array<{ Properties: { Description: string; Code: { S3Key: string }; Environment?: { Variables: Record<string, unknown> } } }>) {
    const id = FUNCTIONS.find((spec) => fn.Properties.Description.endsWith(spec.description))?.id;
    if (id) deployed.set(id, { env: fn.Properties.Environment?.Variables ?? {}, dir: join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`) });
  }

  dynamo = await startDynamoDbLocal();
  const [table] = Object.values(Template.fromStack(built.state).findResources('AWS::DynamoDB::GlobalTable')) as Array<{ Properties: Record<string, unknown> }>;
  const p = table!.Properties as { KeySchema: CreateTableCommandInput['KeySchema']; AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions']; GlobalSecondaryIndexes: CreateTableCommandInput['GlobalSecondaryIndexes']; StreamSpecification: { StreamViewType: 'NEW_IMAGE' } };
  const admin = new DynamoDBClient({ region: 'us-east-1', endpoint: dynamo.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await admin.send(new CreateTableCommand({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST', KeySchema: p.KeySchema, AttributeDefinitions: p.AttributeDefinitions,
    GlobalSecondaryIndexes: p.GlobalSecondaryIndexes?.map((g) => ({ IndexName: g.IndexName, KeySchema: g.KeySchema, Projection: g.Projection })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: p.StreamSpecification.StreamViewType },
  }));
  streamArn = (await admin.send(new DescribeTableCommand({ TableName: TABLE }))).Table!.LatestStreamArn!;
  admin.destroy();

  twilio = await startTwilioStandIn();
  // EventBridge Scheduler's REST API (CreateSchedule is POST /schedules/{Name}); a second schedule of one name is a conflict.
  const created: Created[] = [];
  const api = await listenOnLoopback(createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const name = decodeURIComponent(/^\/schedules\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '');
      if (req.method !== 'POST' || !name) return void res.writeHead(400).end();
      if (created.some((c) => c.name === name)) return void res.writeHead(409, { 'x-amzn-errortype': 'ConflictException', 'content-type': 'application/json' }).end('{"Message":"exists"}');
      created.push({ name, ...(JSON.parse(body) as Omit<Created, 'name'>) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ScheduleArn: `arn:aws:scheduler:us-east-1:111122223333:schedule/x/${name}` }));
    });
  }));
  scheduler = Object.assign(api, { url: `http://127.0.0.1:${api.port}`, created });
  extension = await listenOnLoopback(createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(secretBody)));
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    return realFetch(url.startsWith('https://api.twilio.com') ? url.replace('https://api.twilio.com', twilio.apiBase) : input, init);
  }) as typeof fetch;
}, 180_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  vi.useRealTimers();
  await twilio?.close();
  await extension?.close();
  await scheduler?.close();
  await dynamo?.stop();
  rmSync(outdir, { recursive: true, force: true });
});

/** Settings a stage decides, as `npm start` takes them: the local hotline gives every one of them to every route. */
function localSettings(st: StageConfig): Record<string, string> {
  return {
    ON_CALL_NUMBERS: st.onCallNumbers.join(','), ON_CALL_TIME_ZONE: st.onCallTimeZone, ALERT_ACK_MINUTES: String(st.alertAckMinutes),
    HOTLINE_NUMBERS: st.hotlineNumbers.join(','), ...(st.twilioFrom ? { TWILIO_FROM: st.twilioFrom } : {}),
    ...(st.nurseLineNumber ? { NURSE_LINE_NUMBER: st.nurseLineNumber } : {}), STATE_TTL_DAYS: String(st.stateTtlDays), TURN_TIMEOUT_MS: String(st.turnTimeoutMs),
  };
}

describe('the template wires what the local hotline wires', () => {
  it('gives each function, with the value npm start would use, every stage setting its built bundle reads', () => {
    const base = { TWILIO_AUTH_TOKEN: 'x', PHONE_HASH_KEY: 'a-long-enough-phone-hash-key', PUBLIC_BASE_URL: TEST_BASE };
    const local = parseConfig({ ...base, ...localSettings(stage) });
    const missing: string[] = [];
    for (const [id, fn] of deployed) {
      const code = readFileSync(join(fn.dir, 'index.mjs'), 'utf8');
      const deployedConfig = parseConfig({ ...base, ...environment(id) });
      for (const key of Object.keys(localSettings(stage)) as Array<keyof Config>) {
        // A property read like `config.ON_CALL_NUMBERS` survives minification: the bundle uses the setting.
        if (!new RegExp(`\\.${key}\\b`).test(code)) continue;
        if (JSON.stringify(deployedConfig[key]) !== JSON.stringify(local[key])) missing.push(`${id}: ${key} is ${JSON.stringify(deployedConfig[key])}, npm start uses ${JSON.stringify(local[key])}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('would notice a function the template leaves without a setting its code reads', () => {
    const code = readFileSync(join(deployed.get('voice')!.dir, 'index.mjs'), 'utf8');
    expect(/\.TWILIO_FROM\b/.test(code)).toBe(true); // "press 9" texts, so voice reads the sender
    expect(/\.ON_CALL_NUMBERS\b/.test(readFileSync(join(deployed.get('fallback')!.dir, 'index.mjs'), 'utf8'))).toBe(false);
  });
});

describe('the synthesized app, run offline', () => {
  it('pages on-call staff for an SMS red flag, through the stream and the template filter', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2031-03-03T15:00:00Z') });
    const res = (await (await handlerOf('sms'))(twilioEvent(text('+15550007001', 'I cant pee since last night and my back is killing me')))) as { statusCode: number; body: string };
    expect(res.statusCode).toBe(200);
    expect(messagesOf(res.body).join(' ')).toContain('911');
    expect(await deliverStream()).toBe(1);
    const pages = twilio.accepted.filter((m) => m.body.startsWith('Backline EMERGENCY page'));
    expect(pages.map((m) => m.to)).toEqual([ON_CALL[0]]);
    expect(pages[0]?.body).toContain('Call back +15550007001.');
    // The next step waits on a one-time schedule that invokes the alerts function through the ladder role.
    const [step] = scheduler.created;
    expect(step).toMatchObject({
      GroupName: 'backline-prod-pages', ScheduleExpression: 'at(2031-03-03T15:10:00)', ScheduleExpressionTimezone: 'UTC', ActionAfterCompletion: 'DELETE',
      Target: { Arn: ALERTS.invokedFunctionArn, RoleArn: LADDER_ROLE, DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:111122223333:failures' } },
    });
    expect(JSON.parse(step!.Target.Input)).toEqual({ ladder: { day: '2031-03-03', code: /page (\d{4})/.exec(pages[0]!.body)?.[1], step: 1 } });
  }, 60_000);

  it('pages again for the same red flag two hours later (the renewed claim is a MODIFY the filter passes)', async () => {
    vi.setSystemTime(Date.parse('2031-03-03T17:00:00Z'));
    const before = twilio.accepted.length;
    await (await handlerOf('sms'))(twilioEvent(text('+15550007001', 'I cant pee since last night and my back is killing me')));
    expect(await deliverStream()).toBe(1);
    expect(twilio.accepted.slice(before).filter((m) => m.body.startsWith('Backline EMERGENCY page')).map((m) => m.to)).toEqual([ON_CALL[0]]);
  }, 60_000);

  it('pages the next on-call number when the schedule fires unacknowledged, and an ACK by text stops the ladder', async () => {
    const step1 = scheduler.created.at(-1)!;
    const fire = async (schedule: Created) => {
      vi.setSystemTime(Date.parse(`${/^at\((.+)\)$/.exec(schedule.ScheduleExpression)?.[1]}Z`));
      return (await handlerOf('alerts'))(JSON.parse(schedule.Target.Input), ALERTS);
    };
    const before = twilio.accepted.length;
    await fire(step1);
    const second = twilio.accepted.slice(before);
    expect(second.map((m) => m.to)).toEqual([ON_CALL[1]]);
    expect(second[0]?.body).toMatch(/^Backline EMERGENCY page \d{4} \(no ACK yet\): /);
    const code = /page (\d{4})/.exec(second[0]!.body)?.[1];
    const step2 = scheduler.created.at(-1)!;
    expect(JSON.parse(step2.Target.Input)).toMatchObject({ ladder: { code, step: 2 } });
    // The on-call person texts ACK to the hotline's own SMS webhook, as Twilio would deliver it.
    const ack = (await (await handlerOf('sms'))(twilioEvent(text(ON_CALL[1]!, `ack ${code}`)))) as { statusCode: number; body: string };
    expect(messagesOf(ack.body)).toEqual([`Backline: page ${code} (EMERGENCY) is yours. No one else will be paged.`]);
    const created = scheduler.created.length;
    await fire(step2);
    expect(twilio.accepted.length).toBe(before + 1);
    expect(scheduler.created.length).toBe(created);
  }, 60_000);

  it('texts a topic to a caller who presses 9 (the voice function is given the sender)', async () => {
    const voice = await handlerOf('voice');
    const call = { CallSid: `CA${'7'.repeat(32)}`, From: '+15550007002', AccountSid: SECRET.TWILIO_ACCOUNT_SID, To: SENDER, CallerName: '', FromState: 'NY' };
    let turn = parseVoice(((await voice(twilioEvent(call, { path: '/twilio/voice' }))) as { body: string }).body);
    const press = async (digits: string) => {
      const action = new URL(turn.action ?? '');
      const res = (await voice(twilioEvent({ ...call, Digits: digits }, { path: action.pathname, query: action.search.slice(1) }))) as { body: string };
      turn = parseVoice(res.body);
    };
    await press('1'); // English
    await press('1'); // causes
    await press('1'); // the first cause
    const before = twilio.accepted.length;
    await press('9');
    expect(turn.says.map((s) => s.text).join(' ')).toMatch(/sending this to you by text/i);
    await vi.waitFor(() => expect(twilio.accepted.length).toBeGreaterThan(before));
    expect(twilio.accepted.slice(before).every((m) => m.to === '+15550007002')).toBe(true);
  }, 60_000);

  it('sends a subscriber the daily tip when the scheduler invokes the tips function (its wiring: sender, secret, index)', async () => {
    const phone = '+15550007005';
    vi.setSystemTime(Date.parse('2031-03-05T18:00:00Z')); // 1 PM in New York: the first tip is due tomorrow at 9 AM
    const sms = await handlerOf('sms');
    await sms(twilioEvent(text(phone, 'DAILY')));
    await sms(twilioEvent(text(phone, 'YES')));
    vi.setSystemTime(Date.parse('2031-03-06T14:05:00Z')); // 9:05 AM EST the next day
    const before = twilio.accepted.length;
    const report = (await (await handlerOf('tips'))({ source: 'aws.scheduler', 'detail-type': 'Scheduled Event', detail: {} }, { getRemainingTimeInMillis: () => 120_000 })) as { sent: number; failed: number };
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    const tips = twilio.accepted.slice(before);
    expect(tips.map((m) => m.to)).toEqual([phone]);
    expect(tips[0]?.body).toMatch(/^Backline/);
  }, 60_000);

  it('refuses a signed text addressed to a number that is not the hotline (the template gives the webhooks HOTLINE_NUMBERS)', async () => {
    const res = (await (await handlerOf('sms'))(twilioEvent({ ...text('+15550007004', 'menu'), To: '+15550009999' }))) as { statusCode: number };
    expect(res.statusCode).toBe(403);
  }, 60_000);

  it('writes the turn and its red flag as EMF lines in the namespace the template sets, with no number, text or contact hash', async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (lines.push(String(chunk)), true));
    try {
      await (await handlerOf('sms'))(twilioEvent(text('+15550007006', 'I cant feel anything when I wipe Zebulon')));
    } finally {
      write.mockRestore();
    }
    type Emf = { _aws?: { Timestamp: number; CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][] }> }; metric?: string } & Record<string, unknown>;
    const emf = lines.flatMap((l) => { try { return [JSON.parse(l) as Emf]; } catch { return []; } }).filter((e) => e._aws);
    expect(emf.map((e) => e.metric)).toEqual(['turn', 'red-flag']);
    for (const e of emf) expect(e._aws?.CloudWatchMetrics[0]?.Namespace).toBe('Backline/prod');
    expect(emf[0]).toMatchObject({ Channel: 'sms', Lang: 'en', Turns: 1, Conversations: 1 });
    expect(emf[1]).toMatchObject({ Tier: 'emergency', RedFlags: 1, rule: expect.any(String) });
    const shown = emf.map(({ _aws, ...rest }) => JSON.stringify(rest)).join('\n');
    expect(shown).not.toMatch(/\d{7,}|zebulon|wipe/i);
  }, 60_000);

  it('logs an empty secret as an init failure the template counts into an alarmed metric, and answers safe TwiML', async () => {
    secretBody = JSON.stringify({ SecretString: '' });
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (lines.push(String(chunk)), true));
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (lines.push(String(chunk)), true));
    try {
      const res = (await (await handlerOf('sms', 'empty-secret'))(twilioEvent(text('+15550007003', 'menu')))) as { statusCode: number; body: string };
      expect(res.statusCode).toBe(200);
      expect(messagesOf(res.body).join(' ')).toContain('911');
    } finally {
      write.mockRestore();
      errors.mockRestore();
      secretBody = JSON.stringify({ SecretString: JSON.stringify(SECRET) });
    }
    const events = lines.flatMap((l) => { try { return [JSON.parse(l) as { event?: string }]; } catch { return []; } }).map((e) => e.event);
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')) as Array<{ Properties: { FilterPattern: string; MetricTransformations: Array<{ MetricName: string }> } }>;
    const initFailed = filters.find((f) => f.Properties.MetricTransformations[0]?.MetricName === 'InitFailed')!;
    const wanted = /\$\.event\s*=\s*"([^"]+)"/.exec(initFailed.Properties.FilterPattern)?.[1] ?? '';
    const glob = new RegExp(`^${wanted.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
    expect(events.some((e) => e && glob.test(e))).toBe(true);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'InitFailed' });
  }, 60_000);
});
