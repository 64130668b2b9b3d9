import { foldLookAlikes } from './look-alikes.js';
import { charsAndAbove, removeMatches } from './replace-at.js';

/** Format and other default-ignorable characters (zero-width space and joiners, soft hyphen, BOM, word joiner, bidi marks): invisible, so dropped. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/uy;
/** Where INVISIBLE and MARKS may match: below U+0300 only the soft hyphen is either (tests check every character). */
const INVISIBLE_STARTS = charsAndAbove(['\u00ad'], 0x300);
const MARKS = /\p{M}+/uy;
const MARKS_STARTS = charsAndAbove([], 0x300);
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
  const visible = ascii ? input : removeMatches(input.normalize('NFKC'), INVISIBLE, INVISIBLE_STARTS);
  const folded = foldLookAlikes(visible);
  const lower = (ascii ? folded : removeMatches(folded.normalize('NFD'), MARKS, MARKS_STARTS)).toLowerCase();
  const plain = asciiLettersOnly(lower);
  const squeezed = plain ? squeezeAsciiRepeats(lower) : lower.replace(REPEATS, '$1$1');
  return squeezed.replace(plain ? ASCII_SPELLED : SPELLED, (word) => word.replace(/[-. ]/g, ''));
}
