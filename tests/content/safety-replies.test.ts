import { describe, expect, it } from 'vitest';
import { loadContent } from '../../tools/content/load-yaml.js';

const triage = loadContent(new URL('../../content', import.meta.url).pathname).triage;

/**
 * The clinical reviewer's finding: the Spanish replies named only incontinence where the English ones name any
 * bladder or bowel trouble (not being able to pee included), and offered 988 only as a call. Both languages, SMS
 * and voice, must name the same signs and the same ways to reach 988.
 */
describe('the safety replies say the same thing in English and Spanish', () => {
  const channels = { sms: triage.replies, voice: triage.voiceReplies } as const;

  for (const [channel, replies] of Object.entries(channels)) {
    it(`${channel}: soon, none and the safety net name any trouble passing urine, not only losing control`, () => {
      for (const tier of ['soon', 'none', 'safetyNet'] as const) {
        expect(replies[tier].en, `${tier} en`).toMatch(/pee or poop trouble|trouble with pee or poop|pee trouble/);
        expect(replies[tier].es, `${tier} es`).toMatch(/problemas (nuevos )?para orinar/);
        expect(replies[tier].es, `${tier} es`).not.toMatch(/no controla/);
      }
    });

    it(`${channel}: crisis replies offer 988 by call and by text, in Spanish with the AYUDA keyword`, () => {
      for (const tier of ['crisis', 'otherCrisis', 'safetyNet'] as const) {
        expect(replies[tier].en, `${tier} en`).toMatch(/(call or text|text or call) (9 8 8|988)/i);
        expect(replies[tier].es, `${tier} es`).toMatch(/AYUDA/);
      }
    });
  }
});
