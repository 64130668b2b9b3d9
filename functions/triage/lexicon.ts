import { isTransposition, letterMask, masksAllow, spanishSound, squeezeDoubles, withinEdits } from './spelling.js';

/** Words under one index key, each with its letterMask (so most too distant words are passed over without an edit distance). */
export interface Bucket {
  readonly words: readonly string[];
  readonly masks: readonly number[];
}

/** The key of the bucket of words of `length` letters with `letter` in a given place (a number: no string to build per lookup). */
export function bucketKey(letter: string | undefined, length: number): number {
  return (letter?.charCodeAt(0) ?? 0) * 1024 + length;
}

/** `words` by one of their letters (the first, or with `at` = 1 the second) and length (bucketKey). */
export function lengthBuckets(words: Iterable<string>, at = 0): Map<number, Bucket> {
  const index = new Map<number, { words: string[]; masks: number[] }>();
  for (const w of words) {
    const key = bucketKey(w[at], w.length);
    let bucket = index.get(key);
    if (!bucket) index.set(key, (bucket = { words: [], masks: [] }));
    bucket.words.push(w);
    bucket.masks.push(letterMask(w));
  }
  return index;
}

/**
 * The clinical lexicon (every literal word the rules can match), indexed so that finding which lexicon words a
 * typed or spoken token counts as costs a few lookups and a handful of edit distances, not one per word.
 */
export interface Lexicon {
  readonly words: ReadonlySet<string>;
  /** Words by first letter and length, and by second letter and length (speech may drop the first letter). */
  readonly byFirst: ReadonlyMap<number, Bucket>;
  readonly bySecond: ReadonlyMap<number, Bucket>;
  readonly bySpanishSound: ReadonlyMap<string, readonly string[]>;
  readonly bySqueezed: ReadonlyMap<string, readonly string[]>;
}

function push(index: Map<string, string[]>, key: string, word: string): void {
  const list = index.get(key);
  if (list) list.push(word);
  else index.set(key, [word]);
}

/** Indexes `words` (the rules' literal words). */
export function buildLexicon(words: Iterable<string>): Lexicon {
  const all = new Set(words);
  const long = [...all].filter((w) => w.length >= 4);
  const bySpanishSound = new Map<string, string[]>();
  const bySqueezed = new Map<string, string[]>();
  for (const w of long) {
    push(bySqueezed, squeezeDoubles(w), w);
    if (w.length >= 5) push(bySpanishSound, spanishSound(w), w);
  }
  return { words: all, byFirst: lengthBuckets(long), bySecond: lengthBuckets(long, 1), bySpanishSound, bySqueezed };
}

/** Typo tolerance for a lexicon word of `length` letters: 8+ letters take two edits, 5-7 letters one, shorter none. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The lexicon words `token` counts as: itself; and, unless the token is a real word the rules know (`exact`),
 * a doubled letter or swapped neighbours (4+ letters), a close typo with the same first letter, or the same
 * Spanish sound (`sound`, its spanishSound, if the caller has it), or the word it inflects (stems). In `speech`, the first letter may be lost or
 * changed ("algas" for "nalgas").
 */
export function lexiconMatches(lex: Lexicon, token: string, exact: ReadonlySet<string>, speech: boolean, sound = spanishSound(token)): ReadonlySet<string> {
  // Most tokens count as no lexicon word: they share one empty set, and a set is made only for a word found.
  let out: Set<string> | undefined;
  if (lex.words.has(token)) out = withWord(out, token);
  if (token.length < 4 || exact.has(token)) return out ?? NO_MATCH;
  for (const w of lex.bySqueezed.get(squeezeDoubles(token)) ?? NO_WORDS) out = withWord(out, w);
  const mask = letterMask(token);
  // Swapped neighbours keep the letters and the length; the first two swapped start with the second letter (its
  // buckets read only when it differs from the first). Every swap is found here, so the edit search below needs none.
  for (let at = 0; at < 2 && (at === 0 || token[1] !== token[0]); at++) {
    const bucket = lex.byFirst.get(bucketKey(token[at], token.length));
    if (bucket) for (let i = 0; i < bucket.words.length; i++) if (bucket.masks[i] === mask && isTransposition(token, bucket.words[i] ?? '')) out = withWord(out, bucket.words[i] ?? '');
  }
  for (let len = token.length - 2; len <= token.length + 2; len++) {
    // A bucket's words share a length, so the edits they allow and whether the token's length is within them.
    const max = allowedEdits(len);
    if (max === 0 || Math.abs(len - token.length) > max) continue;
    out = nearIn(lex.byFirst.get(bucketKey(token[0], len)), token, mask, max, out);
    if (!speech) continue;
    out = nearIn(lex.byFirst.get(bucketKey(token[1], len)), token, mask, max, out);
    out = nearIn(lex.bySecond.get(bucketKey(token[0], len)), token, mask, max, out);
  }
  // Same Spanish sound ("kitarme" = "quitarme", "bida" = "vida"): the first letter may differ in spelling, not in sound.
  if (token.length >= 5) for (const w of lex.bySpanishSound.get(sound) ?? NO_WORDS) if (Math.abs(w.length - token.length) <= allowedEdits(w.length)) out = withWord(out, w);
  for (const stem of stems(token)) if (lex.words.has(stem)) out = withWord(out, stem);
  return out ?? NO_MATCH;
}

/** `out` with `word` added (none yet: a new set of it). */
function withWord(out: Set<string> | undefined, word: string): Set<string> {
  return (out ?? new Set<string>()).add(word);
}

/** `out` with the words of `bucket` within `max` edits of `token` (letter mask `mask`) added; a set is made only for one found. */
function nearIn(bucket: Bucket | undefined, token: string, mask: number, max: number, out: Set<string> | undefined): Set<string> | undefined {
  if (!bucket) return out;
  for (let i = 0; i < bucket.words.length; i++) {
    const w = bucket.words[i] ?? '';
    if (!masksAllow(mask, bucket.masks[i] ?? 0, max) || out?.has(w)) continue;
    if (withinEdits(token, w, max)) out = withWord(out, w);
  }
  return out;
}

const NO_MATCH: ReadonlySet<string> = new Set();
const NO_WORDS: readonly string[] = [];

/** Endings of an inflected word: plural and -ing ("harming" is "harm", "bowels" "bowel"); not the past ("wanted to die" is not "want to die"). */
const ENDINGS = ['ing', 'es', 's'];

/**
 * The words `token` may be an inflection of (its ending cut off; for -ing also with a doubled last letter single,
 * or an e restored: "cutting" "cut", "wiping" "wipe"), each of 3+ letters; none for a token under 5 letters.
 */
function stems(token: string): readonly string[] {
  if (token.length < 5) return NO_WORDS;
  let out: string[] | undefined;
  for (const ending of ENDINGS) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    if (stem.length < 3) continue;
    out ??= [];
    out.push(stem);
    if (ending === 'ing') {
      out.push(`${stem}e`);
      if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    }
  }
  return out ?? NO_WORDS;
}
