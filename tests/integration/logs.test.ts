import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { handleAlertStream } from '../../functions/escalation/stream-consumer.js';
import { continueLadder } from '../../functions/escalation/ladder.js';
import { ladderDeps } from '../../functions/app/ladder-deps.js';
import { dynamoClient } from '../../functions/app/deps.js';
import type { LogFields } from '../../functions/core/log.js';
import type { Hotline } from '../../dev/hotline.js';
import { signedPost } from '../../dev/signed-post.js';
import { SendFailedError } from '../../functions/outbound/errors.js';
import type { OutboundMessage } from '../../functions/outbound/types.js';
import { DynamoStateStore } from '../../functions/store/dynamo-state-store.js';
import { runTipDelivery } from '../../functions/tip-delivery/deliver.js';
import { Pacer } from '../../functions/tip-delivery/pacer.js';
import { buildTipDeps } from '../../functions/app/tip-delivery-deps.js';
import { marshall } from '@aws-sdk/util-dynamodb';
import { sealCallback } from '../../functions/privacy/sealed-number.js';
import { sms } from '../helpers/events.js';
import { startTestHotline, text } from '../helpers/hotline.js';
import { Call } from '../helpers/voice-call.js';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const PHONES = ['+12025550177', '+13105550178', '+18085550179', '+15550001234'];
/** Texts sent during the run that are distinctive enough to spot anywhere in a log. */
const SECRET_TEXTS = [
  'my neighbour Zebulon says hi', 'I cant feel anything when I wipe', 'I want to end my life', 'numbness in my leg and foot since tuesday',
  'Me duele mucho la espalda Quixote', 'Zebulon twinge please',
];

/** E.164, ten or more digits in a row, or a US number written with separators. */
const PHONE_LIKE = /\+\d{8,15}|\d{10,}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b/;

describe('log hygiene over a full run', () => {
  const captured: Array<{ level: string; fields: LogFields }> = [];
  const raw: string[] = [];
  let hotline: Hotline;
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

  beforeAll(async () => {
    const capture = (stream: 'out' | 'err') => ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      raw.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (writes[stream] as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    process.stdout.write = capture('out');
    process.stderr.write = capture('err');
    let clock = Date.parse('2027-03-10T15:30:00Z');
    const flaky = { failNext: 1, sent: [] as OutboundMessage[] };
    hotline = await startTestHotline({
      env: { CONTENT_DIR, ON_CALL_NUMBERS: '+12025550199,+12025550198' },
      overrides: {
        now: () => clock,
        log: (level, fields) => void captured.push({ level, fields }),
        sender: {
          send: async (m) => {
            if (flaky.failNext-- > 0) throw new SendFailedError(`Twilio answered 500 for ${m.to}: ${m.body}`, true);
            flaky.sent.push(m);
          },
        },
      },
    });
    const tick = () => (clock += 5_000);
    const [a, b, c, d] = PHONES as [string, string, string, string];
    for (const body of ['Hi', '1', '1', 'MORE', 'BACK', SECRET_TEXTS[0]!, 'DAILY', 'YES', 'TIME 7PM', SECRET_TEXTS[3]!]) {
      tick();
      await text(hotline, sms(a, body));
    }
    tick();
    await text(hotline, sms(b, SECRET_TEXTS[1]!));
    tick();
    await text(hotline, sms(b, SECRET_TEXTS[2]!));
    tick();
    await text(hotline, sms(c, SECRET_TEXTS[4]!));
    tick();
    await text(hotline, sms(c, 'STOP'));
    // A voice call with speech, a text-me-this and a spoken emergency.
    const call = new Call(hotline, 'CA00000000000000000000000000000555', d);
    await call.start();
    await call.silence();
    await call.say(SECRET_TEXTS[5]!);
    await call.say('sciatica');
    await call.press('9');
    await call.say(SECRET_TEXTS[1]!);
    // Rejected requests: bad signature, missing fields.
    await signedPost(hotline.url, '/twilio/sms', sms(a, SECRET_TEXTS[0]!), 'wrong-token');
    const { MessageSid: _sid, ...noSid } = sms(a, SECRET_TEXTS[0]!);
    await signedPost(hotline.url, '/twilio/sms', noSid, hotline.config.TWILIO_AUTH_TOKEN);
    // DynamoDB down for one turn.
    const store = hotline.deps.store;
    (hotline.deps as { store: unknown }).store = new DynamoStateStore(dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' }), 'backline');
    await text(hotline, sms(a, SECRET_TEXTS[0]!));
    (hotline.deps as { store: unknown }).store = store;
    // Daily tips delivery, with one send failing and one contact's number sealed.
    const tipLogs = (level: 'info' | 'warn' | 'error', fields: LogFields) => void captured.push({ level, fields });
    const tipDeps = { ...buildTipDeps(hotline.config, { client: dynamoClient(hotline.config), sender: hotline.deps.sender, content: hotline.deps.content, log: tipLogs }), pacer: new Pacer({ minIntervalMs: 0, backoffMs: 1, maxBackoffMs: 1 }) };
    flaky.failNext = 1;
    await runTipDelivery(tipDeps, Date.parse('2027-03-12T00:07:00Z'));
    await runTipDelivery(tipDeps, Date.parse('2027-03-12T03:07:00Z'));
    // On-call staff acknowledge by text (the last page sent to them); the ladder runs its next step when the clock moves on.
    await new Promise((r) => setTimeout(r, 50));
    await text(hotline, sms('+12025550199', 'ACK'));
    await text(hotline, sms('+12025550198', 'what is this'));
    // The alerts function with a failing send.
    const record = { eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: marshall({ pk: 'contact#x', sk: 'alert#emergency', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v', inputId: 'SM1', sentAt: clock, callback: sealCallback(hotline.config.PHONE_HASH_KEY, b) }) } };
    flaky.failNext = 1;
    await handleAlertStream({ ...ladderDeps(hotline.deps, hotline.ladder), log: tipLogs }, { Records: [record] });
    await new Promise((r) => setTimeout(r, 50));
    clock += 30 * 60_000;
    await hotline.ladder.runDue(clock, (ref, step) => continueLadder(ladderDeps(hotline.deps, hotline.ladder), ref, step));
  });

  afterAll(async () => {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    await hotline.close();
  });

  it('covered turns, escalations, tips, failures and rejections', () => {
    const events = new Set(captured.map((c) => c.fields.event));
    for (const e of ['sms.turn', 'voice.turn', 'escalation', 'alert.claimed', 'sms.failed', 'sms.rejected', 'text-me-this.sent', 'tips.retry-later', 'alert.failed', 'alert.sent', 'page.acked', 'sms.staff', 'ladder.stopped']) expect(events, e).toContain(e);
  });

  it('finds no phone number and no message text in any log line or console output', () => {
    const lines = [...captured.map((c) => JSON.stringify({ level: c.level, ...c.fields })), ...raw];
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line, line).not.toMatch(PHONE_LIKE);
      for (const phone of PHONES) expect(line).not.toContain(phone.slice(-7));
      for (const secret of SECRET_TEXTS) {
        expect(line.toLowerCase()).not.toContain(secret.toLowerCase());
        for (const word of secret.split(' ').filter((w) => w.length >= 6)) expect(line.toLowerCase(), `${word} in ${line}`).not.toContain(word.toLowerCase());
      }
    }
  });
});
