import { describe, expect, it } from 'vitest';
import { countSentences, fernandezHuerta, fleschKincaidGrade, scoringWords, spanishSyllables } from '../../../tools/lint/readability.js';

describe('scoringWords and countSentences', () => {
  it('leave out numbers, URLs and placeholders', () => {
    expect(scoringWords('Call 911 or see https://nhs.uk/sciatica in 4-6 weeks ({page}/{pages})')).toEqual(['Call', 'or', 'see', 'in', 'weeks']);
  });

  it('end sentences at . ! ? and line breaks, not inside numbers', () => {
    expect(countSentences('Walk 1.5 miles. Rest!\nReply MENU\n3 Sciatica')).toBe(4);
  });
});

describe('fleschKincaidGrade', () => {
  it('computes 0.39 W/S + 11.8 Syl/W - 15.59', () => {
    // 9 one-syllable words, 2 sentences: 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035
    const r = fleschKincaidGrade('The cat sat on the mat. The dog ran.');
    expect(r).toMatchObject({ words: 9, sentences: 2, syllables: 9 });
    expect(r.score).toBeCloseTo(-2.035, 3);
  });

  it('grades long clinical words high', () => {
    // 6 words, 1 sentence, at least 3 syllables a word: at least 0.39 * 6 + 11.8 * 3 - 15.59 = 22.15
    const r = fleschKincaidGrade('Radiculopathy necessitates comprehensive multidisciplinary evaluation immediately.');
    expect(r.words).toBe(6);
    expect(r.score).toBeGreaterThan(22);
  });
});

describe('spanishSyllables', () => {
  it.each([
    ['dolor', 2], ['pierna', 2], ['ciudad', 2], ['leer', 2], ['poeta', 3], ['aire', 2], ['país', 2], ['día', 2],
    ['hoy', 1], ['muy', 1], ['y', 1], ['queso', 2], ['Paraguay', 3], ['murciélago', 4], ['buey', 1], ['yo', 1],
  ])('%s has %i', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });

  it('cannot see hiatus without a written accent (documented: dia counts 1)', () => {
    expect(spanishSyllables('dia')).toBe(1);
  });
});

describe('fernandezHuerta', () => {
  it('computes 206.84 - 0.60 P - 1.02 words per sentence', () => {
    // yo 1 + como 2 + pan 1 = 4 syllables, 3 words, 1 sentence: 206.84 - 0.6 * 400 / 3 - 1.02 * 3 = 123.78
    const r = fernandezHuerta('Yo como pan.');
    expect(r).toMatchObject({ words: 3, sentences: 1, syllables: 4 });
    expect(r.score).toBeCloseTo(123.78, 2);
  });

  it('scores longer sentences as harder', () => {
    expect(fernandezHuerta('Yo como pan. Yo como pan.').score).toBeGreaterThan(fernandezHuerta('Yo como pan y yo como pan.').score);
  });
});
