import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../functions/app/deps.js';
import type { LogFields } from '../../functions/core/log.js';
import type { Hotline } from '../../dev/hotline.js';
import { DynamoStateStore } from '../../functions/store/dynamo-state-store.js';
import type { StateStore } from '../../functions/store/state-store.js';
import { signedPost } from '../../dev/signed-post.js';
import { sms } from '../helpers/events.js';
import { rawStateItem, startTestHotline, text } from '../helpers/hotline.js';
import { messagesOf } from '../helpers/twiml.js';

const WELCOME = 'Backline gives health info, not a diagnosis. Texts are not read by a person. In an emergency call 911.';
const MAIN = 'Backline: back and leg pain info. Emergency? Call 911. Reply a number:\n1 Causes of leg pain\n2 When to get help\n3 Espanol\n4 Check my symptoms';
const CAUSES = 'Common causes. Reply a number:\n1 Sciatica\n2 Herniated disc';
const SCIATICA_1 =
  'Sciatica is pain from an irritated sciatic nerve. It runs from the low back down the back of one leg. It can burn, tingle or feel like a shock.\n(1/2) Reply MORE';
const SCIATICA_2 = 'Most sciatica gets better in 4 to 6 weeks. Keep moving as much as you can. Long bed rest slows healing.\nReply BACK or MENU';

describe('SMS webhook through the local server on dynalite', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline();
  });
  afterAll(() => hotline.close());

  it('runs a whole conversation: MENU, a number, MORE, BACK', async () => {
    const phone = '+15550000001';
    expect(await text(hotline, sms(phone, 'MENU'))).toEqual([WELCOME, MAIN]);
    expect(await text(hotline, sms(phone, '1'))).toEqual([CAUSES]);
    expect(await text(hotline, sms(phone, '1'))).toEqual([SCIATICA_1]);
    expect(await text(hotline, sms(phone, 'MORE'))).toEqual([SCIATICA_2]);
    expect(await text(hotline, sms(phone, 'BACK'))).toEqual([CAUSES]);
    expect((await rawStateItem(hotline, phone))?.v).toBe(5);
  });

  it('answers a replayed MessageSid with the same reply and does not advance the state', async () => {
    const phone = '+15550000002';
    await text(hotline, sms(phone, 'hi'));
    const once = sms(phone, '1');
    const first = await text(hotline, once);
    const versionAfter = (await rawStateItem(hotline, phone))?.v;
    const again = await text(hotline, once);
    expect(again).toEqual(first);
    expect(again).toEqual([CAUSES]);
    expect((await rawStateItem(hotline, phone))?.v).toBe(versionAfter);
    expect(await text(hotline, sms(phone, '1'))).toEqual([SCIATICA_1]);
  });

  it('takes 20 simultaneous messages from one number without a 5xx or a lost update', async () => {
    const phone = '+15550000003';
    const sent = Array.from({ length: 20 }, (_, i) => sms(phone, i % 2 ? 'menu' : 'sciatica'));
    const results = await Promise.all(sent.map((p) => signedPost(hotline.url, '/twilio/sms', p, hotline.config.TWILIO_AUTH_TOKEN)));
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(messagesOf(r.body).join(' ')).not.toContain('something went wrong');
    }
    expect((await rawStateItem(hotline, phone))?.v).toBe(20);
    const replay = await Promise.all([sent[0]!, sent[7]!, sent[19]!].map((p) => signedPost(hotline.url, '/twilio/sms', p, hotline.config.TWILIO_AUTH_TOKEN)));
    expect(replay.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await rawStateItem(hotline, phone))?.v).toBe(20);
  });

  it('stores only a keyed hash of the phone number and never the message text', async () => {
    const phone = '+15550000004';
    await text(hotline, sms(phone, 'sciatica'));
    const expectedKey = createHmac('sha256', hotline.config.PHONE_HASH_KEY).update(phone).digest('base64url');
    const client = new DynamoDBClient({ region: hotline.config.AWS_REGION, endpoint: hotline.config.DYNAMODB_ENDPOINT });
    const { Items = [] } = await client.send(new ScanCommand({ TableName: hotline.config.TABLE_NAME }));
    client.destroy();
    const dump = JSON.stringify(Items);
    expect(dump).toContain(`contact#${expectedKey}`);
    expect(dump).not.toContain('5550000004');
    expect(Items.find((i) => i.pk?.S === `contact#${expectedKey}`)?.ttl?.N).toMatch(/^\d{10}$/);
  });

  it('refuses unsigned or wrongly signed requests with 403 and writes nothing', async () => {
    const phone = '+15550000005';
    const params = sms(phone, 'hi');
    const unsigned = await fetch(`${hotline.url}/twilio/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
    });
    expect(unsigned.status).toBe(403);
    const wrong = await signedPost(hotline.url, '/twilio/sms', params, 'not-the-token');
    expect(wrong.status).toBe(403);
    expect(wrong.body).not.toMatch(/at \w+ \(/);
    expect(await rawStateItem(hotline, phone)).toBeUndefined();
  });

  it('answers malformed requests with a clear 400', async () => {
    const { From: _f, ...noFrom } = sms('+15550000006', 'hi');
    const missingFrom = await signedPost(hotline.url, '/twilio/sms', noFrom, hotline.config.TWILIO_AUTH_TOKEN);
    expect([missingFrom.status, missingFrom.body.trim()]).toEqual([400, 'From is required']);
    const { MessageSid: _m, ...noSid } = sms('+15550000006', 'hi');
    const missingSid = await signedPost(hotline.url, '/twilio/sms', noSid, hotline.config.TWILIO_AUTH_TOKEN);
    expect([missingSid.status, missingSid.body.trim()]).toEqual([400, 'MessageSid is required']);
    const get = await fetch(`${hotline.url}/twilio/sms`);
    expect(get.status).toBe(400);
    const json = await fetch(`${hotline.url}/twilio/sms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect((await fetch(`${hotline.url}/nope`, { method: 'POST' })).status).toBe(404);
  });
});

describe('SMS webhook when DynamoDB fails', () => {
  const SAFE = [
    'Backline: sorry, something went wrong. Please try again soon. In an emergency call 911.',
    'Backline: perdon, algo fallo. Intente de nuevo pronto. En una emergencia llame al 911.',
  ];

  it('answers safe TwiML with the emergency line when DynamoDB is unreachable, and logs no number or text', async () => {
    const lines: LogFields[] = [];
    const deadStore = new DynamoStateStore(dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' }), 'backline');
    const hotline = await startTestHotline({ overrides: { store: deadStore, log: (_level, fields) => lines.push(fields) } });
    try {
      expect(await text(hotline, sms('+15550000008', 'my secret words'))).toEqual(SAFE);
      const logged = JSON.stringify(lines);
      expect(logged).toContain('sms.failed');
      expect(logged).toContain('StoreUnavailableError');
      expect(logged).not.toMatch(/5550000008|secret/);
    } finally {
      await hotline.close();
    }
  });

  it('answers safe TwiML within the turn timeout when DynamoDB hangs', async () => {
    const hanging: StateStore = {
      load: (_c, _n, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      save: () => Promise.resolve(),
      hold: () => Promise.resolve(),
    };
    const hotline = await startTestHotline({ env: { TURN_TIMEOUT_MS: '400' }, overrides: { store: hanging, log: () => {} } });
    try {
      const started = performance.now();
      expect(await text(hotline, sms('+15550000009', 'hi'))).toEqual(SAFE);
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      await hotline.close();
    }
  });
});

describe('a conversation survives a restart of the local hotline', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backline-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the state on disk between runs', async () => {
    const phone = '+15550000007';
    const first = await startTestHotline({ dataDir });
    expect(await text(first, sms(phone, 'hi'))).toEqual([WELCOME, MAIN]);
    expect(await text(first, sms(phone, '1'))).toEqual([CAUSES]);
    await first.close();
    const second = await startTestHotline({ dataDir });
    expect(await text(second, sms(phone, '2'))).toEqual([
      'A herniated disc is when the soft center of a spine disc pushes out. It can press on a nerve and cause leg pain.\nReply BACK or MENU',
    ]);
    await second.close();
  });
});
