import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handleAlertStream } from '../../functions/escalation/stream-consumer.js';
import { continueLadder } from '../../functions/escalation/ladder.js';
import { LADDER_SECRET, startLadderBench, type LadderBench } from '../helpers/ladder.js';
import { dynamoClient } from '../../functions/app/deps.js';
import { sealCallback } from '../../functions/privacy/sealed-number.js';
import type { Hotline } from '../../dev/hotline.js';
import { TwilioRestSender } from '../../functions/outbound/twilio-rest.js';
import { runTipDelivery } from '../../functions/tip-delivery/deliver.js';
import { Pacer } from '../../functions/tip-delivery/pacer.js';
import { buildTipDeps } from '../../functions/app/tip-delivery-deps.js';
import { sms } from '../helpers/events.js';
import { startTestHotline, text } from '../helpers/hotline.js';
import { startTwilioStandIn, type TwilioStandIn } from './support.js';

const ACCOUNT = `AC${'0'.repeat(32)}`;
const SECRET = LADDER_SECRET;
let standIn: TwilioStandIn | undefined;
let ladders: LadderBench;
beforeAll(async () => { ladders = await startLadderBench(); });
afterAll(async () => { await ladders?.close(); });
let hotline: Hotline | undefined;
afterEach(async () => {
  await standIn?.close();
  await hotline?.close();
  standIn = undefined;
  hotline = undefined;
});

const restSender = (apiBase: string) => new TwilioRestSender({ accountSid: ACCOUNT, authToken: 'token', from: '+15005550006', apiBase, timeoutMs: 2000 });

describe('daily tips while Twilio REST fails', () => {
  it('keeps a tip that failed with 500 or 429 for a later run and sends it exactly once', async () => {
    standIn = await startTwilioStandIn([500, 429]);
    let clock = Date.parse('2027-03-10T15:30:00Z');
    hotline = await startTestHotline({ overrides: { now: () => clock, log: () => {} } });
    const people = ['+12025550111', '+12025550112', '+12025550113'];
    for (const phone of people) {
      await text(hotline, sms(phone, 'DAILY'));
      clock += 10_000;
      await text(hotline, sms(phone, 'YES'));
    }
    const deps = {
      ...buildTipDeps(hotline.config, { client: dynamoClient(hotline.config), sender: restSender(standIn.apiBase), content: hotline.deps.content, log: () => {} }),
      pacer: new Pacer({ minIntervalMs: 0, backoffMs: 1, maxBackoffMs: 2 }),
    };
    const first = await runTipDelivery(deps, Date.parse('2027-03-11T14:07:00Z'));
    expect([first.sent.length, first.failed]).toEqual([1, 2]);
    const again = await runTipDelivery(deps, Date.parse('2027-03-11T14:08:00Z'));
    expect(again.sent).toHaveLength(0);
    const retry = await runTipDelivery(deps, Date.parse('2027-03-11T14:22:00Z'));
    expect(retry.sent).toHaveLength(2);
    const rerun = await runTipDelivery(deps, Date.parse('2027-03-11T14:37:00Z'));
    expect(rerun.sent).toHaveLength(0);
    expect(standIn.attempts).toBe(5);
    expect(standIn.accepted.map((m) => m.to).sort()).toEqual(people);
    const bodies = new Set(standIn.accepted.map((m) => m.body));
    expect(bodies.size).toBeLessThanOrEqual(people.length);
  });
});

function alertRecord(seq: string, overrides: Record<string, unknown> = {}) {
  const item = {
    pk: 'contact#abc', sk: 'alert#emergency', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v1',
    inputId: 'SM1', sentAt: Date.parse('2026-02-03T04:05:00Z'), callback: sealCallback(SECRET, '+15550009999'), ttl: 1, ...overrides,
  };
  return { eventName: 'INSERT', dynamodb: { SequenceNumber: seq, NewImage: marshall(item, { removeUndefinedValues: true }) } };
}

/** Invokes the alerts function as Lambda's stream mapping does: on a reported failure, again from that record on. */
async function lambdaStream(onCall: string[], sender: TwilioRestSender, records: ReturnType<typeof alertRecord>[], maxTries = 6): Promise<number> {
  let batch = records;
  const deps = await ladders.deps({ sender, onCallNumbers: onCall });
  for (let tries = 1; tries <= maxTries; tries++) {
    const { batchItemFailures } = await handleAlertStream(deps, { Records: batch });
    if (batchItemFailures.length === 0) return tries;
    const from = batch.findIndex((r) => batchItemFailures.some((f) => f.itemIdentifier === r.dynamodb.SequenceNumber));
    batch = batch.slice(from);
  }
  throw new Error('alerts never went through');
}

describe('on-call alerts while Twilio REST fails', () => {
  it('goes down the ladder a minute at a time while Twilio fails, and pages once it recovers', async () => {
    standIn = await startTwilioStandIn([503, 429]);
    const onCall = ['+12025550101', '+12025550102'];
    let now = Date.parse('2026-02-03T04:05:00Z');
    const deps = await ladders.deps({ sender: restSender(standIn.apiBase), onCallNumbers: onCall, now: () => now });
    expect(await handleAlertStream(deps, { Records: [alertRecord('7')] })).toEqual({ batchItemFailures: [] });
    for (let minute = 0; minute < 2; minute++) {
      now += 60_000;
      await deps.timer.runDue(now, (ref, step) => continueLadder(deps, ref, step));
    }
    expect(standIn.attempts).toBe(4); // 503 for the first number, 429 for the second, then both at the everyone step
    expect(standIn.accepted.map((m) => m.to)).toEqual(onCall);
    expect(standIn.accepted[0]?.body).toMatch(/^Backline EMERGENCY page \d{4} \(no ACK yet\): .*Call back \+15550009999\. Reply ACK \d{4} to take it\.$/);
  });

  // A send that fails is recorded on its page (the ladder goes on), so it never fails the batch: every record
  // after it is paged exactly once, with no stream retry.
  it('does not page twice for a record after a failed one in the same batch', async () => {
    standIn = await startTwilioStandIn([503]);
    await lambdaStream(['+12025550101'], restSender(standIn.apiBase), [alertRecord('7'), alertRecord('8', { tier: 'crisis', sk: 'alert#crisis', rule: 'self_harm' })]);
    expect(standIn.accepted.filter((m) => m.body.includes('CRISIS'))).toHaveLength(1);
  });

  // The ladder's last step pages everyone; a failure on the second number alone is logged, not retried,
  // so the first number is never paged twice at that step.
  it('does not page the first on-call number twice when the second send of the everyone step fails', async () => {
    standIn = await startTwilioStandIn([201, 201, 201, 503]);
    const onCall = ['+12025550101', '+12025550102'];
    let now = Date.parse('2026-02-03T04:05:00Z');
    const deps = await ladders.deps({ sender: restSender(standIn.apiBase), onCallNumbers: onCall, now: () => now });
    await handleAlertStream(deps, { Records: [alertRecord('7')] });
    for (let i = 0; i < 4; i++) {
      now += 10 * 60_000;
      await deps.timer.runDue(now, (ref, step) => continueLadder(deps, ref, step));
    }
    expect(standIn.accepted.map((m) => m.to)).toEqual(['+12025550101', '+12025550102', '+12025550101']);
    expect(standIn.attempts).toBe(4);
  });
});
