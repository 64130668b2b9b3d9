import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../dev/twiml.js';
import { corpus } from '../helpers/corpus.js';
import { harness, WORDS } from './harness.js';

const SEED = 20_261_125;
const EMERGENCIES = corpus.filter((item) => item.tier === 'emergency' && !item.ask).map((item) => item.text);
/** Words around a phrase that add nothing clinical (no negation, no other symptom). */
const FILLER = ['', 'hi', 'hello', 'please', 'and', 'also', 'since yesterday', 'my back hurts', 'help me', '!!!', '...', '😟', '?', 'ok', 'urgent'] as const;
const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());

describe('any message containing a known emergency phrase escalates', () => {
  it('in whatever state earlier messages left the conversation, with filler around the phrase and any casing', async () => {
    const arb = fc.record({
      before: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
      phrase: fc.constantFrom(...EMERGENCIES),
      prefix: fc.constantFrom(...FILLER),
      suffix: fc.constantFrom(...FILLER),
      caseOf: casing,
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ before, phrase, prefix, suffix, caseOf }) => {
        const h = harness();
        const phone = '+15556660005';
        for (const [k, body] of before.entries()) await h.text(phone, body, `SM${String(k + 1).padStart(32, '0')}`);
        const sid = `SM${'9'.repeat(32)}`;
        const message = caseOf([prefix, phrase, suffix].filter(Boolean).join(' '));
        const res = await h.text(phone, message, sid);
        expect(res.statusCode).toBe(200);
        expect(messagesOf(res.body).join(' ')).toMatch(/911/);
        expect(h.escalations.records.get(sid)?.tier).toBe('emergency');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
