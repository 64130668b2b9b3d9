import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsAndAbove, removeMatches } from '../../../functions/text/replace-at.js';

describe('removeMatches', () => {
  const patterns = [/[\p{Cf}\p{Default_Ignorable_Code_Point}]/u, /\p{M}+/u, /[\x00-\x08\x7f]|\ud834[\udd65-\udd69]/];
  const piece = fc.constantFrom('a', ' ', '\u00ad', '\u200b', '\u0301', '\u0300\u0301', '\x01', '\x7f', '\ud834\udd65', '\ud834\udd6a', '😀', '\ud800', '\udc00', 'é', 'ж');

  it('removes what replacing the global form of the pattern removes', () => {
    for (const pattern of patterns) {
      const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
      const global = new RegExp(pattern.source, `${pattern.flags}g`);
      const low = Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)).filter((ch) => new RegExp(pattern.source, pattern.flags).test(ch));
      const starts = charsAndAbove(low, 0x300);
      fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(removeMatches(text, sticky, starts)).toBe(text.replace(global, ''));
      }), { numRuns: 5_000, seed: 20_261_128 });
    }
  });
});
