/** How people misspell the clinical lexicon, beyond one or two edits: doubled letters, swapped neighbours, Spanish sounds. */

/** "legss", "bladdder", "numbb" -> every run of a letter cut to one (a word with no run: the word itself, nothing built). */
export function squeezeDoubles(word: string): string {
  let i = 1;
  while (i < word.length && word.charCodeAt(i) !== word.charCodeAt(i - 1)) i++;
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) if (word.charCodeAt(i) !== word.charCodeAt(i - 1)) out += word[i];
  return out;
}

/** True when `a` is `b` with two neighbouring letters swapped ("cnat" for "cant", "pierans" for "piernas"). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A Spanish sound key: letters that sound alike in US Spanish written alike ("adormesidas" = "adormecidas",
 * "sinse" = "since", "vejiga" = "bejiga", "aora" = "ahora", "yamar" = "llamar", "qe" = "que"), and the rural "ju"
 * for "fu" before "e" ("juersa" = "fuerza", "ajuera" = "afuera").
 */
export function spanishSound(word: string): string {
  if (!soundsRewritten(word)) return squeezeDoubles(word);
  // One pass, left to right: "ch" kept; "qu" -> k; c -> s before e or i, else k; z -> s; v -> b; "ll" -> y; h dropped;
  // j -> f before "ue".
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1];
    if (ch === 'c' && next === 'h') {
      out += 'ch';
      i++;
    } else if (ch === 'q' && next === 'u') {
      out += 'k';
      i++;
    } else if (ch === 'l' && next === 'l') {
      out += 'y';
      i++;
    } else if (ch === 'c') out += next === 'e' || next === 'i' ? 's' : 'k';
    else if (ch === 'z') out += 's';
    else if (ch === 'j') out += next === 'u' && word[i + 2] === 'e' ? 'f' : 'j';
    else if (ch === 'v') out += 'b';
    else if (ch !== 'h') out += ch;
  }
  return squeezeDoubles(out);
}

/** The letters spanishSound rewrites (and l, when doubled; j only before "ue"). */
const REWRITTEN = 'chjqvz';

/** True when spanishSound rewrites a letter of `word` (most words have none: their sound is the word with runs squeezed). */
function soundsRewritten(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] ?? '';
    if (REWRITTEN.includes(ch) || (ch === 'l' && word[i + 1] === 'l')) return true;
  }
  return false;
}

/** True when `a` and `b` are at most `edits` edits apart (Levenshtein: insert, delete, substitute) from `i` and `j` on; exact, for a small `edits`. */
export function withinEdits(a: string, b: string, edits: number, i = 0, j = 0): boolean {
  // Equal letters are always matched: an optimal alignment pairs them.
  while (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
    i++;
    j++;
  }
  if (i === a.length || j === b.length) return a.length - i + (b.length - j) <= edits;
  return edits > 0 && (withinEdits(a, b, edits - 1, i + 1, j + 1) || withinEdits(a, b, edits - 1, i + 1, j) || withinEdits(a, b, edits - 1, i, j + 1));
}

/** The letters and digits of a word as bits (a-z one each, the digits sharing six): a word `k` edits from another differs from it in at most 2k bits. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

/** False when words with letter masks `a` and `b` cannot be within `edits` edits (or one swap) of each other: each edit changes at most two bits. */
export function masksAllow(a: number, b: number, edits: number): boolean {
  // The bits set in a ^ b, counted in parallel (pairs, nibbles, then bytes summed by one multiply).
  let x = a ^ b;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  const bits = Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  return bits <= 2 * edits;
}
