import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { LogFields } from '../../functions/core/log.js';
import { startDynalite, type EmbeddedDynamo } from '../../dev/embedded-dynamo.js';
import type { Hotline } from '../../dev/hotline.js';
import { ensureTable } from '../../dev/ensure-table.js';
import { sms } from '../helpers/events.js';
import { alertsFor, escalationsOf, startTestHotline, text } from '../helpers/hotline.js';
import { Call, heard } from '../helpers/voice-call.js';
import { startFaultProxy, type FaultProxy } from './support.js';

let dynamo: EmbeddedDynamo;
let proxy: FaultProxy;
let hotline: Hotline | undefined;
let logs: LogFields[] = [];

beforeAll(async () => {
  dynamo = await startDynalite();
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  const admin = new DynamoDBClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
  await ensureTable(admin, 'backline');
  admin.destroy();
});
afterAll(() => dynamo.close());
afterEach(async () => {
  await hotline?.close();
  await proxy?.close();
  hotline = undefined;
  logs = [];
});

/** A hotline whose DynamoDB traffic goes through a fault proxy, with the given turn deadline. */
async function faultyHotline(turnTimeoutMs: number): Promise<Hotline> {
  proxy = await startFaultProxy(dynamo.endpoint);
  hotline = await startTestHotline({ env: { DYNAMODB_ENDPOINT: proxy.endpoint, TURN_TIMEOUT_MS: String(turnTimeoutMs) }, overrides: { log: (_l, f) => void logs.push(f) } });
  return hotline;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

let n = 0;
const phone = () => `+1555444${String(++n).padStart(4, '0')}`;
const callSid = () => `CA${String(++n).padStart(32, '0')}`;

describe('DynamoDB slower than the turn deadline', () => {
  it('answers an SMS with the apology and 911 by the deadline, not when DynamoDB finally answers', async () => {
    const h = await faultyHotline(500);
    proxy.fault = { kind: 'slow', ms: 5000 };
    const { value, ms } = await timed(() => text(h, sms(phone(), 'menu')));
    expect(value.join(' ')).toContain('911');
    expect(ms).toBeLessThan(2500);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'sms.failed', error: 'DeadlineError' }));
  });

  it('answers a call with the emergency line, in both languages, and hangs up by the deadline', async () => {
    const h = await faultyHotline(500);
    proxy.fault = { kind: 'slow', ms: 5000 };
    const { value: turn, ms } = await timed(() => new Call(h, callSid(), phone()).start());
    expect(ms).toBeLessThan(2500);
    expect(turn.next).toBe('hangup');
    expect(turn.says.map((s) => s.language)).toEqual(['en-US', 'es-US']);
    expect(turn.says.every((s) => s.text.includes('911'))).toBe(true);
  });
});

describe('DynamoDB throttling', () => {
  it('retries a throttled read inside the SDK and answers normally once it clears', async () => {
    const h = await faultyHotline(4000);
    proxy.fault = { kind: 'throttle', times: 2 };
    const replies = await text(h, sms(phone(), 'menu'));
    expect(replies.join(' ')).not.toContain('something went wrong');
    expect(replies.length).toBeGreaterThan(0);
    expect(proxy.seen.filter((op) => op === 'GetItem')).toHaveLength(3);
    expect(proxy.seen.filter((op) => op === 'PutItem')).toHaveLength(1);
  });

  it('answers safe TwiML with 911 within the deadline when throttling persists, after bounded retries', async () => {
    const h = await faultyHotline(4000);
    proxy.fault = { kind: 'throttle' };
    const { value, ms } = await timed(() => text(h, sms(phone(), 'menu')));
    expect(value.join(' ')).toContain('911');
    expect(ms).toBeLessThan(5500);
    expect(proxy.seen.filter((op) => op === 'GetItem').length).toBeGreaterThanOrEqual(2);
    expect(proxy.seen).not.toContain('PutItem');
    expect(logs.find((l) => l.event === 'sms.failed')?.error).toMatch(/StoreUnavailableError|DeadlineError/);
  });

  it('answers a call safely while throttled', async () => {
    const h = await faultyHotline(1500);
    proxy.fault = { kind: 'throttle' };
    const { value: turn, ms } = await timed(() => new Call(h, callSid(), phone()).start());
    expect(ms).toBeLessThan(2500);
    expect(turn.next).toBe('hangup');
    expect(heard(turn)).toContain('911');
  });
});

describe('DynamoDB down', () => {
  it('answers SMS and calls with safe TwiML at once when nothing listens at the endpoint', async () => {
    const h = await faultyHotline(4000);
    await proxy.close();
    const sent = await timed(() => text(h, sms(phone(), 'hello')));
    expect(sent.value.join(' ')).toContain('911');
    const called = await timed(() => new Call(h, callSid(), phone()).start());
    expect(called.value.next).toBe('hangup');
    expect(heard(called.value)).toContain('911');
    expect(Math.max(sent.ms, called.ms)).toBeLessThan(4500);
    expect(logs.filter((l) => l.event.endsWith('.failed')).map((l) => l.error)).toEqual(['StoreUnavailableError', 'StoreUnavailableError']);
  });
});

describe('a state write that reaches DynamoDB but whose response is lost', () => {
  it('still answers the crisis text with 988 and leaves exactly one escalation record and one page', async () => {
    const h = await faultyHotline(4000);
    const from = phone();
    proxy.fault = { kind: 'drop-response', op: 'PutItem' };
    const replies = await text(h, sms(from, 'I want to kill myself, I have the pills ready'));
    expect(replies.join(' ')).toContain('988');
    expect(proxy.fault.kind).toBe('pass'); // the write was forwarded and its answer dropped
    const records = (await escalationsOf(h)).filter((r) => r.tier === 'crisis');
    expect(records).toHaveLength(1);
    const pages = await alertsFor(h, from);
    expect(pages).toHaveLength(1);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'escalation.redo' }));
  });

  it('and a Twilio retry of the same message afterwards adds no record and no page', async () => {
    const h = await faultyHotline(4000);
    const from = phone();
    const message = sms(from, 'cant feel anything when i wipe and cant pee');
    proxy.fault = { kind: 'drop-response', op: 'PutItem' };
    await text(h, message);
    await text(h, message);
    expect((await escalationsOf(h)).filter((r) => r.tier === 'emergency')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await alertsFor(h, from)).toHaveLength(1);
  });
});
