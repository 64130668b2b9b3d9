import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harness, WORDS } from './harness.js';

const SEED = 20_261_125;
const sidOf = (k: number) => `SM${String(k).padStart(32, '0')}`;

/** A step is a new message, or a re-send (Twilio retry) of an earlier one picked by index. */
const stepArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('new' as const), body: fc.constantFrom(...WORDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }) },
);

describe('the state version rises by exactly one per distinct message', () => {
  it('one at a time: after every step, version = distinct MessageSids so far; a replay gets the same answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
        const h = harness();
        const phone = '+15556660003';
        const sent: Array<{ sid: string; body: string; answer: string }> = [];
        for (const s of steps) {
          if (s.kind === 'new' || sent.length === 0) {
            const body = s.kind === 'new' ? s.body : 'MENU';
            const sid = sidOf(sent.length + 1);
            const res = await h.text(phone, body, sid);
            sent.push({ sid, body, answer: res.body });
          } else {
            const k = s.pick % sent.length;
            const original = sent[k]!;
            const res = await h.text(phone, original.body, original.sid);
            if (k >= sent.length - 2) expect(res.body).toBe(original.answer);
          }
          expect(h.version(phone)).toBe(sent.length);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('all at once: a burst of new messages and re-sends of them ends at version = distinct MessageSids', async () => {
    const burst = fc.array(fc.record({ body: fc.constantFrom(...WORDS), copies: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(burst, async (messages) => {
        const h = harness();
        const phone = '+15556660004';
        const requests = messages.flatMap((m, k) => Array.from({ length: m.copies }, () => () => h.text(phone, m.body, sidOf(k + 1))));
        const answers = await Promise.all(requests.map((send) => send()));
        expect(answers.every((a) => a.statusCode === 200 && !a.body.includes('something went wrong'))).toBe(true);
        expect(h.version(phone)).toBe(messages.length);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
