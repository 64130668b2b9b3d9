import { remove } from 'confusables';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLookAlikes } from '../../../functions/text/look-alikes.js';

describe('foldLookAlikes', () => {
  it("gives confusables' remove for every BMP character, alone and after a symbol that defeats its ASCII shortcut", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `$${ch}`, `$a${ch}\u0301`]) if (foldLookAlikes(text) !== remove(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it("gives confusables' remove for text mixing marks, controls, zero-width characters and surrogate pairs", () => {
    const piece = fc.constantFrom('a', '|', '$', ' ', 'é', 'e\u0301', 'a\x01\u0301', '\x7f', '\x9f', '\u0300', '\u034f', '\u20f1', '\u0483', '\u200b', '\u200c', '\u2063', '\ufeff', '\x01', '\x85', '\u0430', 'ｂ', '😀', '\ud834\udd65', '\udb40\udc20', '\ud800', '\udc00');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(foldLookAlikes(text)).toBe(remove(text));
    }), { numRuns: 20_000, seed: 20_261_128 });
  });
});
