import { checkLNP, confusablesMap } from 'confusables';
import { regexLineBreakCombiningMarks, regexSymbolWithCombiningMarks } from 'confusables/dist/util.js';
import { charsAndAbove, removeMatches, replaceAt, startsOf } from './replace-at.js';

/**
 * Look-alike letters folded as the confusables package folds them (its `remove`), with the same result, but its
 * slowest regular expression tried only where it can match and its table looked up only for characters that may change.
 */

/** confusables' `clean`, step by step: marks and control characters, marks after a symbol (SYMBOL_MARK first finds any), zero-width characters. */
const LINE_BREAK_MARK = new RegExp(regexLineBreakCombiningMarks.source, 'y');
const LINE_BREAK_MARK_STARTS = startsOf(LINE_BREAK_MARK);
const SYMBOL_MARK = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u2063]/g;

/** What confusables' `clean` returns, with its slowest regular expression tried only where it can match. */
function cleanLikeConfusables(text: string): string {
  const kept = removeMatches(text, LINE_BREAK_MARK, LINE_BREAK_MARK_STARTS);
  return (SYMBOL_MARK.test(kept) ? kept.replace(regexSymbolWithCombiningMarks, '$1') : kept).replace(ZERO_WIDTH, '');
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
