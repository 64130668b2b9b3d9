import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { corpus } from '../helpers/corpus.js';
import { sms } from '../helpers/events.js';
import { escalationsOf, startTestHotline, text } from '../helpers/hotline.js';
import { pool } from '../helpers/pool.js';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const emergencies = corpus.filter((item) => item.tier === 'emergency' && !item.ask);

describe('every emergency message of the corpus, through the local hotline on real content', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
  });
  afterAll(() => hotline.close());

  it('gets the 911 instruction, an escalation record and one on-call alert, as a first message and mid-conversation', async () => {
    const emergencyReplies = [...Object.values(hotline.deps.content.triage.replies.emergency), ...Object.values(hotline.deps.content.triage.replies.otherEmergency)];
    const failures: string[] = [];
    await pool(emergencies, 8, async (item, i) => {
      const first = `+1555${String(2_000_000 + i).padStart(7, '0')}`;
      const middle = `+1555${String(3_000_000 + i).padStart(7, '0')}`;
      const [firstReply] = await text(hotline, sms(first, item.text));
      await text(hotline, sms(middle, 'menu'));
      await text(hotline, sms(middle, '1'));
      await text(hotline, sms(middle, '2'));
      const [midReply] = await text(hotline, sms(middle, item.text));
      if (!emergencyReplies.includes(firstReply ?? '') || !firstReply?.includes('911')) failures.push(`first: ${item.text}`);
      if (!emergencyReplies.includes(midReply ?? '') || !midReply?.includes('911')) failures.push(`mid: ${item.text}`);
    });
    expect(failures).toEqual([]);

    const records = await escalationsOf(hotline);
    expect(records.filter((r) => r.tier === 'emergency')).toHaveLength(emergencies.length * 2);

    for (let wait = 0; wait < 100 && hotline.outbox.list().length < emergencies.length * 2; wait++) await new Promise((r) => setTimeout(r, 20));
    const alerts = hotline.outbox.list().filter((m) => m.kind === 'alert');
    const perCaller = new Map<string, number>();
    for (const alert of alerts) {
      const caller = /Call back (\+\d+)\./.exec(alert.body)?.[1] ?? 'none';
      perCaller.set(caller, (perCaller.get(caller) ?? 0) + 1);
    }
    expect(perCaller.size).toBe(emergencies.length * 2);
    expect([...perCaller.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
