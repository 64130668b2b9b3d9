import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { classify } from '../../functions/triage/classify.js';
import { TRIAGE_SETS, readLabelledSet } from '../../tools/triage/sets.js';
import { sms } from '../helpers/events.js';
import { escalationsOf, startTestHotline, text } from '../helpers/hotline.js';
import { pool } from '../helpers/pool.js';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');
const blind = TRIAGE_SETS.find((s) => s.blind);
if (!blind) throw new Error('no blind set');
const flagged = readLabelledSet(ROOT, blind.file).filter((i) => i.tier === 'emergency' || i.tier === 'crisis');

/**
 * The whole path adds nothing and loses nothing: every emergency and crisis message of the blind set, sent to the
 * local hotline as a first message and in the middle of a conversation, gets exactly what triage decides for it:
 * the 911 or 988 reply with one escalation record and one page, or (when triage misses it) no escalation. How
 * many triage misses is the blind-set recall that `npm run bench` and the content report print.
 */
describe(`every emergency and crisis message of ${blind.name}, through the local hotline`, () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
  });
  afterAll(() => hotline.close());

  it('gets the reply, record and page triage decides, as a first message and mid-conversation', async () => {
    const { replies } = hotline.deps.content.triage;
    const failures: string[] = [];
    const expected = new Map<string, string>();
    await pool(flagged, 8, async (item, i) => {
      const verdict = classify(hotline.deps.content.triage, item.text).tier;
      const first = `+1555${String(4_000_000 + i).padStart(7, '0')}`;
      const middle = `+1555${String(5_000_000 + i).padStart(7, '0')}`;
      const [firstReply] = await text(hotline, sms(first, item.text));
      await text(hotline, sms(middle, 'menu'));
      await text(hotline, sms(middle, '1'));
      const [midReply] = await text(hotline, sms(middle, item.text));
      for (const [where, phone, reply] of [['first', first, firstReply], ['mid', middle, midReply]] as const) {
        if (verdict === 'emergency' || verdict === 'crisis') {
          expected.set(phone, verdict);
          const other = verdict === 'emergency' ? replies.otherEmergency : replies.otherCrisis;
          const wanted = [...Object.values(replies[verdict]), ...Object.values(other)];
          if (!reply || !wanted.some((w) => reply === w)) failures.push(`${where}: expected the ${verdict} reply: ${item.text}`);
        }
      }
    });
    expect(failures).toEqual([]);
    const caught = [...expected.values()];
    expect(caught.length).toBeGreaterThan(flagged.length); // most of them, twice each

    const records = await escalationsOf(hotline);
    const count = (tiers: string[], tier: string) => tiers.filter((t) => t === tier).length;
    const recorded = records.map((r) => r.tier);
    expect({ emergency: count(recorded, 'emergency'), crisis: count(recorded, 'crisis') }).toEqual({ emergency: count(caught, 'emergency'), crisis: count(caught, 'crisis') });
    // Urgent verdicts page too, so the count of pages is no sign that every emergency and crisis page is out: wait for each.
    const paged = () => hotline.outbox.list().filter((m) => m.kind === 'alert').map((m) => /Call back (\+\d+)\./.exec(m.body)?.[1] ?? '');
    for (let wait = 0; wait < 150 && [...expected.keys()].some((phone) => !paged().includes(phone)); wait++) await new Promise((r) => setTimeout(r, 20));
    // Each emergency or crisis contact is paged exactly once.
    const pages = paged();
    for (const phone of expected.keys()) expect(pages.filter((p) => p === phone), phone).toHaveLength(1);
  }, 180_000);
});
