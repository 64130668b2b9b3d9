import { distance } from 'fastest-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterMask, masksAllow, withinEdits } from '../../../functions/triage/spelling.js';

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
