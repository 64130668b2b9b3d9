import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../functions/text/canonical.js';

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
