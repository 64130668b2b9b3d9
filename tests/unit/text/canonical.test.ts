import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, lookAlikeOf } from '../../../functions/text/canonical.js';

describe('canonicalText', () => {
  it('drops invisible characters and folds fullwidth and look-alike letters, accents and case', () => {
    expect(canonicalText('S\u200bT\u00adO\u2060P')).toBe('stop');
    expect(canonicalText('ＳＴＯＰ')).toBe('stop');
    expect(canonicalText('s\u0430ddle n\u0443mb')).toBe('saddle nymb');
    expect(canonicalText('Menú Señales')).toBe('menu senales');
    expect(canonicalText('numbbbbb')).toBe('numbb');
  });

  it('joins a word spelled out letter by letter, with hyphens, dots or single spaces', () => {
    expect(canonicalText('n-u-m-b b/w my legs')).toBe('numb b/w my legs');
    expect(canonicalText('N.U.M.B')).toBe('numb');
    expect(canonicalText('C A N T  F E E L  W I P I N G')).toBe('cant  feel  wiping');
    expect(canonicalText('S T O P')).toBe('stop');
  });

  it('leaves ordinary short words, abbreviations and hyphenated words alone', () => {
    expect(canonicalText('x-ray and t-shirt')).toBe('x-ray and t-shirt');
    expect(canonicalText('y a la casa')).toBe('y a la casa');
    expect(canonicalText('i am a b c')).toBe('i am a b c');
    expect(canonicalText('L4-L5 disc')).toBe('l4-l5 disc');
  });
});

describe('canonicalText shortcuts', () => {
  // The steps as written once, one Unicode regular expression each: the shortcuts must give the same text.
  // (The look-alike table itself is held to the confusables package in confusable-letters.test.ts.)
  const reference = (input: string) =>
    input
      .normalize('NFKC')
      .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/gu, '')
      .replace(/[^\0-\x7f]/gu, (ch) => lookAlikeOf(ch) ?? ch)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/(\p{L})\1{2,}/gu, '$1$1')
      .replace(/(?<![\p{L}\p{N}])\p{L}(?:[-.]\p{L}){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{L} )\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu, (word) => word.replace(/[-. ]/g, ''));
  // Mostly letters, spaces, hyphens and dots (spelled-out words), with every kind of odd character among them.
  const piece = fc.oneof({ arbitrary: fc.constantFrom('a', 'ab', ' b', '-b', '.b', ' b c d', 'b-c', ' ', '-', '.', 'N'), weight: 4 }, { arbitrary: fc.constantFrom('1', '|', '$', '\u0430', '\u0442', 'é', 'Ñ', '¿', '\u200b', '\u0301', 'ｂ', '😀', '𝐚', '\ud800', '\udc00', '\x01', '\x85', '\u034f', '\u0483', '\u200c', '\u20f1', '\ud834\udd65', '\udb40\udc20', 'ß', 'Ω', 'ﬁ', '٣', 'K', '’', 'eee', 'lll'), weight: 1 });

  it('gives what the plain Unicode steps give for every character below U+0300, alone and between letters', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x300; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `a${ch}b`, `\u0430${ch}\u0301`]) if (canonicalText(text) !== reference(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('gives what the plain Unicode steps give for every character below U+0300, between letters and alone', () => {
    for (let code = 0; code < 0x300; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [`a${ch}b`, ch, `\u0430${ch}\u00e9`]) expect(canonicalText(text), `U+${code.toString(16)}`).toBe(reference(text));
    }
  });

  it('gives what the plain Unicode steps give, for ASCII, accented, look-alike, astral and broken text', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      expect(canonicalText(text)).toBe(reference(text));
    }), { numRuns: 20_000, seed: 20_261_128 });
  });
});
