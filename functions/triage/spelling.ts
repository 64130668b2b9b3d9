/** How people misspell the clinical lexicon, beyond one or two edits: doubled letters, swapped neighbours, Spanish sounds. */

/** "legss", "bladdder", "numbb" -> every run of a letter cut to one. */
export function squeezeDoubles(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
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
 * "sinse" = "since", "vejiga" = "bejiga", "aora" = "ahora", "yamar" = "llamar", "qe" = "que").
 */
export function spanishSound(word: string): string {
  return word
    .replace(/ch/g, '\u0001')
    .replace(/qu/g, 'k')
    .replace(/c([ei])/g, 's$1')
    .replace(/z/g, 's')
    .replace(/c/g, 'k')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/h/g, '')
    .replace(/\u0001/g, 'ch')
    .replace(/(.)\1+/g, '$1');
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
  let bits = 0;
  for (let x = a ^ b; x !== 0; x &= x - 1) bits++;
  return bits <= 2 * edits;
}
