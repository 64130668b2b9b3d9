import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../../../functions/triage/tokens.js';

describe('normalize', () => {
  it('lowercases, strips accents and apostrophes, turns punctuation into single spaces', () => {
    expect(normalize("  I CAN'T   pee!!  ")).toBe('i cant pee');
    expect(normalize('No puedo orinar, ¿qué hago? Señal')).toBe('no puedo orinar que hago senal');
    expect(normalize('can\u2019t feel... when i wipe')).toBe('cant feel when i wipe');
  });

  it('splits numbers from units', () => {
    expect(normalize('lost 15lbs, temp 101F')).toBe('lost 15 lbs temp 101 f');
  });
});

describe('tokenize', () => {
  it('marks clause breaks where punctuation was', () => {
    const t = tokenize('no numbness, but i cant pee');
    expect(t.words).toEqual(['no', 'numbness', 'but', 'i', 'cant', 'pee']);
    expect(t.breaks).toEqual([false, true, false, false, false, true]);
  });

  it('marks sentence ends apart from commas: a short gap may cross a comma, not a full stop', () => {
    const t = tokenize('my legs, numb. then pain? ok');
    expect(t.words).toEqual(['my', 'legs', 'numb', 'then', 'pain', 'ok']);
    expect(t.breaks).toEqual([false, true, true, false, true, true]);
    expect(t.ends).toEqual([false, false, true, false, true, true]);
  });

  it('reads an emoji that stands for a word as that word, a run of one emoji as one word, and drops mood emoji', () => {
    expect(tokenize('done 💊💊💊💊 bye').words).toEqual(['done', 'pills', 'bye']);
    expect(tokenize('🍑numb + back 😩').words).toEqual(['butt', 'numb', 'back']);
    expect(tokenize('🌡\uFE0F 102 😂😂').words).toEqual(['fever', '102']);
  });

  it('treats en and em dashes as clause breaks', () => {
    expect(tokenize('cant \u2014 long story \u2013 pee').breaks).toEqual([true, false, true, true]);
  });

  it('returns nothing for empty or symbol-only text', () => {
    expect(tokenize('').words).toEqual([]);
    expect(tokenize(' ?! ').words).toEqual([]);
  });
});
