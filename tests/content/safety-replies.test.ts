import { describe, expect, it } from 'vitest';
import { loadContent } from '../../tools/content/load-yaml.js';

const content = loadContent(new URL('../../content', import.meta.url).pathname);
const triage = content.triage;

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

    it(`${channel}: every reply names the same signs and numbers in Spanish as in English`, () => {
      const concepts: Record<string, { en: RegExp; es: RegExp }> = {
        saddle: { en: /between the legs/i, es: /entre las piernas/i },
        urine: { en: /\bpee\b/i, es: /orinar/i },
        bowel: { en: /poop/i, es: /defecar|evacuar/i },
        'weak legs': { en: /weak legs|legs get weak/i, es: /piernas d[eé]biles|piernas se debilitan/i },
        'chest pain': { en: /chest pain/i, es: /dolor de pecho/i },
        '911': { en: /911|9 1 1/, es: /911|9 1 1/ },
        '988': { en: /988|9 8 8/, es: /988|9 8 8/ },
        'no driving': { en: /do not drive|do not let them drive/i, es: /no maneje|que no manejen?/i },
      };
      for (const [tier, text] of Object.entries(replies)) {
        const named = (lang: 'en' | 'es') => Object.keys(concepts).filter((c) => concepts[c]![lang].test(text[lang]));
        expect(named('es'), `${channel} ${tier}`).toEqual(named('en'));
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

/**
 * A message nobody understood may be a red flag in words no rule knows ("I've picked out the tree"): the reply to it
 * names 911 and 988 in every language, so no message is answered without both.
 */
describe('the reply to a message nobody understood', () => {
  it('names 911 and 988 (by call and by text) in every language', () => {
    for (const [lang, text] of Object.entries(content.messages.unknown)) {
      expect(text, lang).toMatch(/911/);
      expect(text, lang).toMatch(/988/);
      expect(text, lang).toMatch(/text|escriba/i);
    }
  });
});
