import { distance } from 'fastest-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterMask, masksAllow, spanishSound, squeezeDoubles, withinEdits } from '../../../functions/triage/spelling.js';

describe('letterMask and masksAllow', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdeilnorsu0189'), minLength: 1, maxLength: 12 });

  it('never rule out two words within the edits allowed', () => {
    fc.assert(fc.property(word, word, (a, b) => {
      const edits = distance(a, b);
      expect(masksAllow(letterMask(a), letterMask(b), edits)).toBe(true);
    }), { numRuns: 20_000, seed: 20_261_128 });
  });

  it('rule out words whose letters differ too much', () => {
    expect(masksAllow(letterMask('bladder'), letterMask('ladder'), 1)).toBe(true);
    expect(masksAllow(letterMask('bladder'), letterMask('numbness'), 2)).toBe(false);
  });
});

describe('withinEdits', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdeilnorsu0189'), minLength: 0, maxLength: 12 });

  it('agrees with the edit distance for up to two edits', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, edits) => {
      expect(withinEdits(a, b, edits)).toBe(distance(a, b) <= edits);
    }), { numRuns: 20_000, seed: 20_261_130 });
  });
});

describe('squeezeDoubles and spanishSound', () => {
  // The rewrite written out letter by letter, with no shortcut for words it leaves alone.
  const squeezed = (w: string) => [...w].filter((ch, i, all) => ch !== all[i - 1]).join('');
  const sounded = (w: string) => {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const two = w.slice(i, i + 2);
      if (two === 'ch') out += 'ch';
      else if (two === 'qu') out += 'k';
      else if (two === 'll') out += 'y';
      else if (w[i] === 'c') out += w[i + 1] === 'e' || w[i + 1] === 'i' ? 's' : 'k';
      else if (w[i] === 'z') out += 's';
      else if (w[i] === 'v') out += 'b';
      else if (w.slice(i, i + 3) === 'jue') out += 'f';
      else if (w[i] !== 'h') out += w[i];
      if (two === 'ch' || two === 'qu' || two === 'll') i++;
    }
    return squeezed(out);
  };

  it('cut runs and write Spanish sounds alike, for words with and without a letter to rewrite', () => {
    expect(squeezeDoubles('legss')).toBe('legs');
    expect(squeezeDoubles('bladdder')).toBe('blader');
    expect(squeezeDoubles('numb')).toBe('numb');
    expect(spanishSound('lleno')).toBe('yeno');
    expect(spanishSound('hola')).toBe('ola');
    expect(spanishSound('vejiga')).toBe('bejiga');
    expect(spanishSound('cielo')).toBe('sielo');
    expect(spanishSound('casa')).toBe('kasa');
    expect(spanishSound('queso')).toBe('keso');
    expect(spanishSound('perro')).toBe('pero');
    expect(spanishSound('mapa')).toBe('mapa');
    expect(spanishSound('adormesidas')).toBe(spanishSound('adormecidas'));
    // The rural "ju" for "fu" before "e", and only there ("jugar", "junto" keep their j).
    expect(spanishSound('juersa')).toBe(spanishSound('fuerza'));
    expect(spanishSound('ajuera')).toBe('afuera');
    expect(spanishSound('jugar')).toBe('jugar');
    expect(spanishSound('junto')).toBe('junto');
  });

  it('agree with the rewrite written out, on any word', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aceijlhlnoqrsuvz'), minLength: 0, maxLength: 10 });
    fc.assert(fc.property(word, (w) => {
      expect(squeezeDoubles(w)).toBe(squeezed(w));
      expect(spanishSound(w)).toBe(sounded(w));
    }), { numRuns: 20_000, seed: 20_261_130 });
  });
});

describe('masksAllow on any two masks', () => {
  it('allows exactly the masks that differ in at most two bits per edit, the top bit too', () => {
    const differing = (a: number, b: number) => [...Array(32).keys()].filter((k) => ((a ^ b) >>> k) & 1).length;
    fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 16 }), (a, b, edits) => {
      expect(masksAllow(a, b, edits)).toBe(differing(a, b) <= 2 * edits);
    }), { numRuns: 20_000, seed: 20_261_130 });
  });
});
