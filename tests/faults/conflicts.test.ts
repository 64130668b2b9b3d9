import { afterEach, describe, expect, it } from 'vitest';
import { contactKey } from '../../functions/privacy/contact-key.js';
import type { LogFields } from '../../functions/core/log.js';
import { dynamoClient } from '../../functions/app/deps.js';
import type { Hotline } from '../../dev/hotline.js';
import { DynamoStateStore } from '../../functions/store/dynamo-state-store.js';
import type { StateStore } from '../../functions/store/state-store.js';
import { withSeenInput } from '../../functions/store/seen-inputs.js';
import { sms } from '../helpers/events.js';
import { rawStateItem, startTestHotline, text } from '../helpers/hotline.js';

let hotline: Hotline | undefined;
afterEach(async () => {
  await hotline?.close();
  hotline = undefined;
});

/**
 * A store whose first `races` saves lose: just before each, "another Lambda" saves the same version (with its
 * own input id), so DynamoDB's condition check fails for real and the turn must re-read and re-run.
 */
function losingStore(inner: StateStore, races: number): StateStore & { raced: number } {
  const store = {
    raced: 0,
    load: inner.load.bind(inner),
    async save(...args: Parameters<StateStore['save']>) {
      const [contact, expected, write, signal] = args;
      if (store.raced < races) {
        store.raced += 1;
        const other = `SMother${store.raced}`;
        const before = await inner.load(contact, Date.now(), signal);
        await inner.save(contact, expected, { ...write, recent: [...write.recent.slice(0, -1), { id: other, at: write.recent.at(-1)?.at ?? 0 }], seen: withSeenInput(before.seen, other) }, signal);
      }
      return inner.save(contact, expected, write, signal);
    },
    hold: (contact: string, signal?: AbortSignal) => inner.hold(contact, signal),
  };
  return store;
}

describe('conditional-write conflicts', () => {
  it.each([1, 3])('re-reads and re-runs the turn after %i lost race(s), answering normally and keeping every input', async (races) => {
    const logs: LogFields[] = [];
    hotline = await startTestHotline({ overrides: { log: (_l, f) => void logs.push(f) } });
    const real = new DynamoStateStore(dynamoClient(hotline.config), hotline.config.TABLE_NAME);
    const racing = losingStore(real, races);
    (hotline.deps as { store: StateStore }).store = racing;
    const phone = `+1555333000${races}`;
    const replies = await text(hotline, sms(phone, 'menu', `SMc0ff1c7${races}`.padEnd(34, '0')));
    expect(replies.join(' ')).not.toContain('something went wrong');
    expect(racing.raced).toBe(races);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'sms.turn', attempts: races + 1, duplicate: false }));
    const item = await rawStateItem(hotline, phone);
    expect(item?.v).toBe(races + 1);
    const ids = (item?.recent as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toContain(`SMc0ff1c7${races}`.padEnd(34, '0'));
    expect(ids.filter((id) => id.startsWith('SMother'))).toHaveLength(races);
    expect(contactKey(hotline.config.PHONE_HASH_KEY, phone)).not.toContain('5553330');
  });

  it('answers a replay that loses the race to its own original as a duplicate, advancing the state once', async () => {
    hotline = await startTestHotline({ overrides: { log: () => {} } });
    const phone = '+15553330099';
    await text(hotline, sms(phone, 'menu'));
    const params = sms(phone, '1');
    const answers = await Promise.all(Array.from({ length: 6 }, () => text(hotline!, params)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect((await rawStateItem(hotline, phone))?.v).toBe(2);
  });
});
