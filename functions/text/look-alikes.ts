import { checkLNP, clean, confusablesMap } from 'confusables';
import { charsAndAbove, replaceAt } from './replace-at.js';

/**
 * Look-alike letters folded as the confusables package folds them (its `remove`), with the same result, but its
 * cleaning regular expressions run only on the short stretches they can change, and its table looked up only for
 * characters that may change.
 */

/**
 * Where confusables' `clean` may change something: the control characters below U+00A0 and everything from
 * U+0300 on (its marks, bidi and zero-width characters). Latin-1 letters and punctuation it leaves alone.
 */
const UNCLEAN = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u0300-\uffff]+/g;

/**
 * What confusables' `clean` returns: `clean` applied to each run of UNCLEAN characters with the character before
 * it (the base a mark after it would fall on once the run's controls are gone), the rest kept as it is.
 */
function cleanLikeConfusables(text: string): string {
  let out = '';
  let from = 0;
  UNCLEAN.lastIndex = 0;
  for (let run = UNCLEAN.exec(text); run; run = UNCLEAN.exec(text)) {
    // Runs are maximal, so the character before one is never part of the one before it.
    const start = Math.max(from, run.index - 1);
    out += text.slice(from, start) + clean(text.slice(start, UNCLEAN.lastIndex));
    from = UNCLEAN.lastIndex;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Where a character may be a look-alike: an ASCII one the confusables table turns into another ('|' into 'l'), or any beyond ASCII. */
const MAY_LOOK_ALIKE = charsAndAbove(
  Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter((ch) => (confusablesMap.get(ch) || ch) !== ch),
  0x80,
);

/** What confusables' `remove` returns, looking up only the characters MAY_LOOK_ALIKE finds (by code point, as `remove` reads them). */
export function foldLookAlikes(text: string): string {
  if (checkLNP(text)) return text;
  return replaceAt(cleanLikeConfusables(text), MAY_LOOK_ALIKE, (cleaned, i) => {
    const code = cleaned.charCodeAt(i);
    const next = cleaned.charCodeAt(i + 1);
    const ch = cleaned.slice(i, code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? i + 2 : i + 1);
    const folded = confusablesMap.get(ch) || ch;
    return folded === ch ? undefined : { end: i + ch.length, by: folded };
  });
}
