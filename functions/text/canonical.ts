import { checkLNP, clean, confusablesMap } from 'confusables';

/** Format and other default-ignorable characters (zero-width space and joiners, soft hyphen, BOM, word joiner, bidi marks): invisible, so dropped. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const MARKS = /\p{M}+/gu;
/** Three or more of the same letter ("numbbbb", "heeelp") become two; the lexicon's double letters stay intact. */
const REPEATS = /(\p{L})\1{2,}/gu;
/** A word spelled out letter by letter ("n-u-m-b", "n.u.m.b", "C A N T"): three or more letters joined by hyphens or dots, four or more by single spaces. */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:[-.]\p{L}){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{L} )\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu;
/** REPEATS and SPELLED for lowercase text whose only letters and digits are ASCII: the same matches, several times faster. */
const ASCII_REPEATS = /([a-z])\1{2,}/g;
const ASCII_SPELLED = /(?<![a-z0-9])[a-z](?:[-.][a-z]){2,}(?![a-z0-9])|(?<![a-z0-9])(?<![a-z] )[a-z](?: [a-z]){3,}(?![a-z0-9])/g;
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_RUNS = /[\x00-\x7f]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII characters the confusables table turns into another one ('|' into 'l'); no other ASCII character changes. */
const ASCII_LOOK_ALIKE = Uint8Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return (confusablesMap.get(ch) || ch) !== ch ? 1 : 0;
});

/** What confusables' `remove` returns, found with a table lookup only for the characters that may change. */
function foldLookAlikes(text: string): string {
  if (checkLNP(text)) return text;
  const cleaned = clean(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const code = cleaned.charCodeAt(i);
    if (code < 128 && ASCII_LOOK_ALIKE[code] === 0) continue;
    // One code point, as `remove` reads the text: a high surrogate and the low one after it, or a single unit.
    const next = cleaned.charCodeAt(i + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const ch = cleaned.slice(i, i + width);
    const folded = confusablesMap.get(ch) || ch;
    if (folded !== ch) {
      out += cleaned.slice(from, i) + folded;
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? cleaned : out + cleaned.slice(from);
}

/** True when no letter or digit of `text` lies outside ASCII (so the ASCII forms of REPEATS and SPELLED apply). */
function asciiLettersOnly(text: string): boolean {
  return !NON_ASCII.test(text) || !LETTER_OR_DIGIT.test(text.replace(ASCII_RUNS, ''));
}

/**
 * One canonical form of what a person typed or said, used by triage, keywords and STOP/START/HELP alike:
 * Unicode NFKC (fullwidth and compatibility letters to plain ones), invisible characters removed, look-alike
 * letters folded to Latin (Unicode confusables: Cyrillic and Greek а е о р с у), accents removed, lowercase,
 * runs of a repeated letter squeezed to two, words spelled out letter by letter joined. Other punctuation and
 * spacing are kept for the caller to split on.
 */
export function canonicalText(input: string): string {
  // ASCII text is its own NFKC and NFD form and has no invisible characters or marks to remove.
  const ascii = !NON_ASCII.test(input);
  const visible = ascii ? input : input.normalize('NFKC').replace(INVISIBLE, '');
  const folded = foldLookAlikes(visible);
  const lower = (ascii ? folded : folded.normalize('NFD').replace(MARKS, '')).toLowerCase();
  const plain = asciiLettersOnly(lower);
  return lower.replace(plain ? ASCII_REPEATS : REPEATS, '$1$1').replace(plain ? ASCII_SPELLED : SPELLED, (word) => word.replace(/[-. ]/g, ''));
}
