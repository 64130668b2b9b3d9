import { CONFUSABLE_LETTERS } from './confusable-letters.js';

/**
 * Format and other default-ignorable characters (zero-width space and joiners, soft hyphen, BOM, word joiner, bidi marks)
 * and control characters other than line and tab breaks (\t to \r, U+0085): invisible, so dropped.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/gu;
const NON_ASCII = /[^\0-\x7f]/gu;
const MARKS = /\p{M}+/gu;
/** Three or more of the same letter ("numbbbb", "heeelp") become two; the lexicon's double letters stay intact. */
const REPEATS = /(\p{L})\1{2,}/gu;
/** A word spelled out letter by letter ("n-u-m-b", "n.u.m.b", "C A N T"): three or more letters joined by hyphens or dots, four or more by single spaces. */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:[-.]\p{L}){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{L} )\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu;

/** Look-alike character -> the Latin letters or digits it folds to, decoded from the generated table (its format: confusable-letters.ts). */
const LOOKALIKES = new Map<string, string>();
for (const [latin, codes] of Object.entries(CONFUSABLE_LETTERS)) {
  let last = 0;
  for (const part of codes.split(' ')) {
    const [gap = '', more = '0'] = part.split('+');
    const first = last + parseInt(gap, 36);
    last = first + parseInt(more, 36);
    for (let code = first; code <= last; code++) LOOKALIKES.set(String.fromCodePoint(code), latin);
  }
}

/**
 * One canonical form of what a person typed or said, used by triage, keywords and STOP/START/HELP alike:
 * Unicode NFKC (fullwidth and compatibility letters to plain ones), invisible characters removed, look-alike
 * letters folded to Latin (the Unicode confusables of the `confusables` package that NFKC leaves, e.g. Cyrillic
 * and Greek а е о р с у; see confusable-letters.ts; ASCII is never folded), accents removed, lowercase, runs of a repeated letter
 * squeezed to two, words spelled out letter by letter joined. Other punctuation and spacing are kept for the
 * caller to split on.
 */
export function canonicalText(input: string): string {
  const visible = input.normalize('NFKC').replace(INVISIBLE, '');
  const folded = visible.replace(NON_ASCII, (char) => LOOKALIKES.get(char) ?? char);
  return folded.normalize('NFD').replace(MARKS, '').toLowerCase().replace(REPEATS, '$1$1').replace(SPELLED, (word) => word.replace(/[-. ]/g, ''));
}
