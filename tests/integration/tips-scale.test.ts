import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { dynamoClient } from '../../functions/app/deps.js';
import type { ConversationState } from '../../functions/engine/types.js';
import { sealCallback } from '../../functions/privacy/sealed-number.js';
import { startDynalite, type EmbeddedDynamo } from '../../dev/embedded-dynamo.js';
import { ensureTable } from '../../dev/ensure-table.js';
import type { OutboundMessage, Sender } from '../../functions/outbound/types.js';
import { DynamoStateStore } from '../../functions/store/dynamo-state-store.js';
import { runTipDelivery } from '../../functions/tip-delivery/deliver.js';
import { Pacer } from '../../functions/tip-delivery/pacer.js';
import { buildTipDeps } from '../../functions/app/tip-delivery-deps.js';
import { fixtureContent as content } from '../helpers/content.js';

process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

const SECRET = 'scale-test-phone-hash-key-0123456789';
const TABLE = 'backline-tips-scale';
const SUBSCRIBERS = 10_000;
const NOT_DUE = 500;
// The run is at 16:20Z on Tue 4 May 2027. Summer offsets: EDT -4, CDT -5, MDT -6, PDT -7, Phoenix MST -7 (no DST),
// HST -10. So 16:00Z is 12:00 New York, 11:00 Chicago, 10:00 Denver, 9:00 Los Angeles and Phoenix: all due 20 minutes ago.
const RUN = Date.parse('2027-05-04T16:20:00Z');
const DUE_ZONES: Array<[zone: string, hour: number]> = [
  ['America/New_York', 12], ['America/Chicago', 11], ['America/Denver', 10], ['America/Los_Angeles', 9], ['America/Phoenix', 9],
];
// 9:00 HST is 19:00Z (not yet due at 16:20Z); a New York tip already sent today is not due again.
const NOT_DUE_CASES: Array<[zone: string, hour: number, lastDay: string]> = [['Pacific/Honolulu', 9, '2027-05-03'], ['America/New_York', 12, '2027-05-04']];

const phone = (i: number) => `+1${2_000_000_000 + i}`;

describe('10,000 subscribers due in one run against dynalite', () => {
  let db: EmbeddedDynamo;
  let raw: DynamoDBClient;
  let store: DynamoStateStore;

  beforeAll(async () => {
    db = await startDynalite();
    raw = new DynamoDBClient({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(raw, TABLE);
    store = new DynamoStateStore(dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: db.endpoint }), TABLE);
  });
  afterAll(async () => {
    raw?.destroy();
    await db?.close();
  });

  it('sends exactly one tip to each of them, none twice, none missed, nothing to those not due', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const expiresAt = Math.floor(RUN / 1000) + 30 * 86_400;
    const insert = async (i: number) => {
      const [timeZone, hour, lastDay] = i < SUBSCRIBERS ? [...DUE_ZONES[i % DUE_ZONES.length]!, '2027-05-03'] : NOT_DUE_CASES[i % NOT_DUE_CASES.length]!;
      const state: ConversationState = { lang: i % 7 === 0 ? 'es' : 'en', trail: ['main'], tips: { status: 'active', hour, timeZone, sent: i % 13, lastDay } };
      // Due keys written as a turn would: the slot hand-computed above (16:00Z), or 19:00Z / tomorrow for the others.
      const due = i < SUBSCRIBERS ? Date.parse('2027-05-04T16:00:00Z') : timeZone === 'Pacific/Honolulu' ? Date.parse('2027-05-04T19:00:00Z') : Date.parse('2027-05-05T16:00:00Z');
      await store.save(contactKey(SECRET, phone(i)), 0, { state, recent: [], expiresAt, due, sealedAddress: sealCallback(SECRET, phone(i)) });
    };
    let next = 0;
    await Promise.all(Array.from({ length: 32 }, async () => {
      while (next < SUBSCRIBERS + NOT_DUE) await insert(next++);
    }));
    const inserted = Date.now();

    const counts = new Map<string, number>();
    const sender: Sender = {
      send: async (message: OutboundMessage) => {
        counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
      },
    };
    const config = { TABLE_NAME: TABLE, PHONE_HASH_KEY: SECRET, STATE_TTL_DAYS: 30, TIPS_SEND_CONCURRENCY: 16, TIPS_SENDS_PER_SECOND: undefined };
    const deps = { ...buildTipDeps(config, { client: dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: db.endpoint }), sender, content, log: () => {} }), pacer: new Pacer({ minIntervalMs: 0, backoffMs: 5, maxBackoffMs: 20 }) };
    const report = await runTipDelivery(deps, RUN);
    const ran = Date.now();
    console.log(`tips scale: inserted ${SUBSCRIBERS + NOT_DUE} items in ${inserted - started} ms; one run sent ${report.sent.length} in ${ran - inserted} ms`);

    expect(report).toMatchObject({ failed: 0, left: 0 });
    expect(report.sent).toHaveLength(SUBSCRIBERS);
    expect(counts.size).toBe(SUBSCRIBERS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (let i = 0; i < SUBSCRIBERS + NOT_DUE; i++) expect(counts.has(phone(i))).toBe(i < SUBSCRIBERS);
    expect(new Set(report.sent.map((s) => s.contact)).size).toBe(SUBSCRIBERS);

    const again = await runTipDelivery(deps, RUN + 60_000);
    expect(again.sent).toHaveLength(0);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
