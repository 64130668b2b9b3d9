import { distance } from 'fastest-levenshtein';

/** Edits tolerated for a word of this length: none below 4 letters, 1 up to 7, 2 from 8. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** True when `typed` is `known` up to the typos its length allows (an adjacent swap counts as one edit). */
export function closeEnough(typed: string, known: string): boolean {
  if (typed === known) return true;
  const allowed = allowedEdits(Math.min(typed.length, known.length));
  if (allowed === 0 || Math.abs(typed.length - known.length) > allowed) return false;
  return distance(typed, known) <= allowed || isOneSwap(typed, known);
}

function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
