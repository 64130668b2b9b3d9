/** True when `i` is the second half of a surrogate pair (where no code point starts). */
function secondHalf(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/**
 * `text` with pieces replaced: `at` is asked at each code point that `starts` (a global character class) finds,
 * left to right past the pieces already replaced, and answers with the end and the replacement of a piece starting
 * there, or undefined to keep that code point. A simple class scans far faster than trying `at` everywhere.
 */
export function replaceAt(text: string, starts: RegExp, at: (text: string, i: number) => { end: number; by: string } | undefined): string {
  let out = '';
  let from = 0;
  starts.lastIndex = 0;
  while (starts.test(text)) {
    const i = starts.lastIndex - 1;
    if (secondHalf(text, i)) continue;
    const piece = at(text, i);
    if (!piece) continue;
    out += text.slice(from, i) + piece.by;
    from = starts.lastIndex = piece.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A global character class of `chars` and every code unit from `from` on. */
export function charsAndAbove(chars: readonly string[], from: number): RegExp {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  return new RegExp(`[${chars.map((ch) => hex(ch.charCodeAt(0))).join('')}${hex(from)}-\\uffff]`, 'g');
}

/**
 * `text` without the matches of sticky `pattern`: what replacing its global form with '' returns, for a pattern
 * that matches no empty text and whose every match starts with a character it matches alone (or a surrogate pair),
 * tried only where `starts` (a global character class of every character below U+0300 it matches, and all
 * from U+0300 on: charsAndAbove) finds such a character.
 */
export function removeMatches(text: string, pattern: RegExp, starts: RegExp): string {
  return replaceAt(text, starts, (t, i) => {
    pattern.lastIndex = i;
    return pattern.test(t) ? { end: pattern.lastIndex, by: '' } : undefined;
  });
}
