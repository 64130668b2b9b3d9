import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../functions/app/deps.js';
import type { ConversationState } from '../../functions/engine/types.js';
import { startDynalite } from '../../dev/embedded-dynamo.js';
import { ensureTable } from '../../dev/ensure-table.js';
import { DynamoStateStore } from '../../functions/store/dynamo-state-store.js';
import { StaleStateError } from '../../functions/store/errors.js';
import { hasSeenInput, withSeenInput } from '../../functions/store/seen-inputs.js';
import { startDynamoDbLocal } from '../helpers/dynamodb-local.js';

process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const LATER = Math.floor(NOW / 1000) + 3600;
const MAIN: ConversationState = { lang: 'en', trail: ['main'] };
const READING: ConversationState = { lang: 'es', trail: ['main', 'causes'], topic: { id: 'sciatica', page: 1 } };

const backends = [
  { name: 'dynalite (embedded)', start: async () => { const d = await startDynalite(); return { endpoint: d.endpoint, stop: d.close }; } },
  { name: 'DynamoDB Local (AWS jar)', start: startDynamoDbLocal },
];

describe.each(backends)('DynamoStateStore on $name', ({ start }) => {
  let stop: () => Promise<void>;
  let store: DynamoStateStore;
  let raw: DynamoDBClient;
  let n = 0;
  const contact = () => `contact-${++n}`;

  beforeAll(async () => {
    const db = await start();
    stop = db.stop;
    raw = new DynamoDBClient({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(raw, 'backline-test');
    store = new DynamoStateStore(dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: db.endpoint }), 'backline-test');
  }, 60_000);
  afterAll(async () => {
    raw?.destroy();
    await stop?.();
  });

  it('reads an unknown contact as version 0 with no state', async () => {
    expect(await store.load(contact(), NOW)).toEqual({ version: 0, recent: [], seen: '' });
  });

  it('saves and reads back state, recent inputs and version', async () => {
    const c = contact();
    const recent = [{ id: 'SM1', at: NOW, replies: [{ text: 'hello', contentId: 'main', contentVersion: 1 }] }];
    const seen = withSeenInput(withSeenInput('', 'SM0'), 'SM1');
    await store.save(c, 0, { state: READING, recent, seen, expiresAt: LATER });
    const loaded = await store.load(c, NOW);
    expect(loaded).toEqual({ version: 1, state: READING, recent, seen });
    expect(hasSeenInput(loaded.seen, 'SM0') && hasSeenInput(loaded.seen, 'SM1') && !hasSeenInput(loaded.seen, 'SM2')).toBe(true);
    await store.save(c, 1, { state: MAIN, recent: [], expiresAt: LATER });
    expect(await store.load(c, NOW)).toEqual({ version: 2, state: MAIN, recent: [], seen: '' });
  });

  it('refuses a save from a stale version, and a second first save', async () => {
    const c = contact();
    await store.save(c, 0, { state: MAIN, recent: [], expiresAt: LATER });
    await expect(store.save(c, 0, { state: READING, recent: [], expiresAt: LATER })).rejects.toBeInstanceOf(StaleStateError);
    await store.save(c, 1, { state: READING, recent: [], expiresAt: LATER });
    await expect(store.save(c, 1, { state: MAIN, recent: [], expiresAt: LATER })).rejects.toBeInstanceOf(StaleStateError);
    expect((await store.load(c, NOW)).state).toEqual(READING);
  });

  it('lets exactly one of ten racing saves of the same version win', async () => {
    const c = contact();
    await store.save(c, 0, { state: MAIN, recent: [], expiresAt: LATER });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => store.save(c, 1, { state: { ...MAIN, trail: ['main', `m${i}`] }, recent: [], expiresAt: LATER })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof StaleStateError)).toHaveLength(9);
    expect((await store.load(c, NOW)).version).toBe(2);
  });

  it('reads an expired item as new (TTL deletion lags) but keeps its version for the next save', async () => {
    const c = contact();
    await store.save(c, 0, { state: READING, recent: [{ id: 'SM9', at: NOW }], expiresAt: Math.floor(NOW / 1000) - 1 });
    expect(await store.load(c, NOW)).toEqual({ version: 1, recent: [], seen: '' });
    await store.save(c, 1, { state: MAIN, recent: [], expiresAt: LATER });
    expect(await store.load(c, NOW)).toEqual({ version: 2, state: MAIN, recent: [], seen: '' });
  });

  it('reads state that no longer parses as a fresh conversation without losing the version', async () => {
    const c = contact();
    await raw.send(
      new PutItemCommand({
        TableName: 'backline-test',
        Item: { pk: { S: `contact#${c}` }, sk: { S: 'state' }, v: { N: '7' }, ttl: { N: String(LATER) }, state: { M: { lang: { S: 'klingon' } } } },
      }),
    );
    expect(await store.load(c, NOW)).toEqual({ version: 7, recent: [], seen: '' });
  });
});
