import { remove as foldConfusables } from 'confusables';

/** Format and other default-ignorable characters (zero-width space and joiners, soft hyphen, BOM, word joiner, bidi marks): invisible, so dropped. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const MARKS = /\p{M}+/gu;
/** Three or more of the same letter ("numbbbb", "heeelp") become two; the lexicon's double letters stay intact. */
const REPEATS = /(\p{L})\1{2,}/gu;
/** A word spelled out letter by letter ("n-u-m-b", "n.u.m.b", "C A N T"): three or more letters joined by hyphens or dots, four or more by single spaces. */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:[-.]\p{L}){2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{L} )\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu;

/**
 * One canonical form of what a person typed or said, used by triage, keywords and STOP/START/HELP alike:
 * Unicode NFKC (fullwidth and compatibility letters to plain ones), invisible characters removed, look-alike
 * letters folded to Latin (Unicode confusables: Cyrillic and Greek а е о р с у), accents removed, lowercase,
 * runs of a repeated letter squeezed to two, words spelled out letter by letter joined. Other punctuation and
 * spacing are kept for the caller to split on.
 */
export function canonicalText(input: string): string {
  const visible = input.normalize('NFKC').replace(INVISIBLE, '');
  return foldConfusables(visible).normalize('NFD').replace(MARKS, '').toLowerCase().replace(REPEATS, '$1$1').replace(SPELLED, (word) => word.replace(/[-. ]/g, ''));
}
