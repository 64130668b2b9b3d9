import { CONFUSABLE_LETTERS } from './confusable-letters.js';
import { charsAndAbove, removeMatches, replaceAt } from './replace-at.js';

/**
 * Format and other default-ignorable characters (zero-width space and joiners, soft hyphen, BOM, word joiner, bidi marks)
 * and control characters other than line and tab breaks (\t to \r, U+0085): invisible, so dropped.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/uy;
/** The characters below U+0300 INVISIBLE matches (the soft hyphen and the control characters); tests check every one. */
const INVISIBLE_BELOW_MARKS = ['\u00ad', ...[[0, 0x08], [0x0e, 0x1f], [0x7f, 0x84], [0x86, 0x9f]].flatMap(([a = 0, b = 0]) => Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k)))];
/** Where INVISIBLE and MARKS may match: those characters, and anything from U+0300 on (no mark lies below it). */
const INVISIBLE_STARTS = charsAndAbove(INVISIBLE_BELOW_MARKS, 0x300);
const MARKS = /\p{M}+/uy;
const MARKS_STARTS = charsAndAbove([], 0x300);
/** Text with only these (tabs, line breaks, printable ASCII) is its own NFKC and NFD form, with nothing to drop or fold. */
const NOT_PLAIN_ASCII = /[^\t-\r\x20-\x7e]/;
/** Where a look-alike may be: ASCII is never folded. */
const BEYOND_ASCII = /[\x80-\uffff]/g;
/** Three or more of the same letter ("numbbbb", "heeelp") become two; the lexicon's double letters stay intact. */
const REPEATS = /(\p{L})\1{2,}/gu;
/** A word spelled out letter by letter ("n-u-m-b", "n.u.m.b", "C A N T"): three or more letters joined by hyphens or dots, four or more by single spaces. */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:[-.]\p{L}){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{L} )\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu;
/** SPELLED for lowercase text whose only letters and digits are ASCII (and REPEATS, squeezeAsciiRepeats): the same matches, several times faster. */
const ASCII_SPELLED = /(?<![a-z0-9])[a-z](?:[-.][a-z]){2,}(?![a-z0-9])|(?<![a-z0-9])(?<![a-z] )[a-z](?: [a-z]){3,}(?![a-z0-9])/g;
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_RUNS = /[\x00-\x7f]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** REPEATS applied to text whose only letters are ASCII ("numbbbb" -> "numbb"), by hand: each run of three or more of one letter a-z cut to two. */
function squeezeAsciiRepeats(text: string): string {
  let out = '';
  let from = 0;
  // The two characters before i (-1 before the text).
  let before = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== last || code !== before || code < 97 || code > 122) {
      before = last;
      last = code;
      continue;
    }
    // The third letter of a run: its first two stay, the rest of it goes.
    let end = i + 1;
    while (text.charCodeAt(end) === code) end++;
    out += text.slice(from, i);
    from = end;
    i = end - 1;
    before = last = -1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when no letter or digit of `text` lies outside ASCII (so the ASCII forms of REPEATS and SPELLED apply). */
function asciiLettersOnly(text: string): boolean {
  return !NON_ASCII.test(text) || !LETTER_OR_DIGIT.test(text.replace(ASCII_RUNS, ''));
}

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

/** The Latin letters or digits character `ch` (one code point) folds to, or undefined when it folds to none. */
export function lookAlikeOf(ch: string): string | undefined {
  return LOOKALIKES.get(ch);
}

/** Each character beyond ASCII with a Latin look-alike fold replaced by it (surrogate pairs read as one code point). */
function foldLookAlikes(text: string): string {
  return replaceAt(text, BEYOND_ASCII, (t, i) => {
    const ch = String.fromCodePoint(t.codePointAt(i) ?? 0);
    const latin = lookAlikeOf(ch);
    return latin === undefined ? undefined : { end: i + ch.length, by: latin };
  });
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
  const plainAscii = !NOT_PLAIN_ASCII.test(input);
  const visible = plainAscii ? input : removeMatches(input.normalize('NFKC'), INVISIBLE, INVISIBLE_STARTS);
  const folded = plainAscii ? visible : foldLookAlikes(visible);
  const lower = (plainAscii ? folded : removeMatches(folded.normalize('NFD'), MARKS, MARKS_STARTS)).toLowerCase();
  const plain = asciiLettersOnly(lower);
  const squeezed = plain ? squeezeAsciiRepeats(lower) : lower.replace(REPEATS, '$1$1');
  return squeezed.replace(plain ? ASCII_SPELLED : SPELLED, (word) => word.replace(/[-. ]/g, ''));
}
