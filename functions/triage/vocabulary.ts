import { doubleMetaphone } from 'double-metaphone';
import { bucketKey, buildLexicon, lengthBuckets, lexiconMatches, type Bucket, type Lexicon } from './lexicon.js';
import { patternWords, type Group, type Pattern, type Unit } from './pattern.js';
import type { TriageRules } from './schema.js';
import { letterMask, masksAllow, spanishSound, withinEdits } from './spelling.js';

/** The ids of the pattern units a token matches, ascending (a plain array: a typed one costs three objects, and there is one per token kept). */
export type UnitIds = readonly number[];

/** A phrase of a term group: the group's id and the phrase's units by id. */
export interface GroupPhrase {
  readonly group: number;
  readonly units: UnitIds;
}

/** A prefix unit (`text*`): its id, and its Spanish sound key. */
export interface Prefix {
  readonly id: number;
  readonly text: string;
  readonly sound: string;
}

/** The group phrases that start with one unit: those of one word, and the longer ones by their second unit (none: undefined). */
export interface PhrasesFrom {
  readonly single: readonly GroupPhrase[];
  readonly bySecond: ReadonlyMap<number, readonly GroupPhrase[]> | undefined;
}

/**
 * The words, prefixes and numbers the patterns are made of, each with an id (the term groups' ids follow theirs), the
 * clinical lexicon their words are looked up in, and what each token seen so far counts as. Derived from the rules'
 * patterns, terms and matching alone, so rules objects that share those share one (compilePatterns).
 */
export interface Vocabulary {
  /** Unit ids by the unit as written: `word`, `prefix*`, `<n:min-max>`. */
  readonly unitIds: ReadonlyMap<string, number>;
  readonly groupIds: ReadonlyMap<Group, number>;
  /** Ids below this are units', from it on groups'. */
  readonly groupBase: number;
  /** Per unit id, the length of its word or prefix (0 for a number); per group (id - groupBase), its number of phrases. */
  readonly unitLengths: readonly number[];
  readonly groupSizes: readonly number[];
  /** Unit and group ids together. */
  readonly size: number;
  /** Per unit id: the group phrases that start with it. */
  readonly phrasesByFirst: ReadonlyArray<PhrasesFrom | undefined>;
  /** Prefix units by their first letter, and (5+ letters) by the first letter of their Spanish sound. */
  readonly prefixes: ReadonlyMap<string, readonly Prefix[]>;
  readonly prefixSounds: ReadonlyMap<string, readonly Prefix[]>;
  readonly numbers: ReadonlyArray<{ readonly id: number; readonly min: number; readonly max: number }>;
  /** Words that only ever match exactly: the rule vocabulary plus matching.noFuzzy. */
  readonly exactOnly: ReadonlySet<string>;
  /** matching.noFuzzy: real words never read as a sign word, by spelling or by sound. */
  readonly noFuzzy: ReadonlySet<string>;
  /** Every literal word of the rules, indexed for typo, sound and split-word tolerance. */
  readonly lexicon: Lexicon;
  /** matching.soundAlike (clinical words a speech recognizer mishears) by Double Metaphone key. */
  readonly soundsLike: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lexicon words of 6+ letters by first letter and length: candidates for rejoining a word speech split in two. */
  readonly longWords: ReadonlyMap<number, Bucket>;
  /** Unit ids of tokens already seen, typed and spoken (bounded). */
  readonly typed: Map<string, UnitIds>;
  readonly spoken: Map<string, UnitIds>;
  /** Verdicts on word pairs (joinable), by first word then second, and how many are kept. */
  readonly joins: { readonly pairs: Map<string, Map<string, boolean>>; size: number };
}

/** The id of a unit or term group of the patterns the vocabulary was built from. */
export function elementId(v: Vocabulary, el: Unit | Group): number {
  const id = el.kind === 'group' ? v.groupIds.get(el) : v.unitIds.get(unitKey(el));
  if (id === undefined) throw new Error(`not in the vocabulary: ${el.kind === 'group' ? `{${el.name}}` : unitKey(el)}`);
  return id;
}

/** Tokens whose lookups a cache keeps between messages (each a word of its own, not a view on its message: tokens.ts). */
const CACHE_LIMIT = 20_000;
const NONE: UnitIds = [];
const NO_WORDS: ReadonlySet<string> = new Set();

/** The key of a unit: as written in a pattern. */
function unitKey(u: Unit): string {
  return u.kind === 'num' ? `<n:${u.min}-${u.max}>` : u.prefix ? `${u.text}*` : u.text;
}

function soundIndex(lexicon: readonly string[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const word of lexicon) {
    const key = doubleMetaphone(word)[0];
    if (key.length < 2) continue;
    let words = index.get(key);
    if (!words) index.set(key, (words = new Set()));
    words.add(word);
  }
  return index;
}

/** The vocabulary of rule and ask patterns `patterns` with `matching`, whose safety net mentions the groups `safetyNet`. */
export function buildVocabulary(matching: TriageRules['matching'], patterns: readonly Pattern[], safetyNet: readonly Group[]): Vocabulary {
  const unitIds = new Map<string, number>();
  const prefixes = new Map<string, Prefix[]>();
  const prefixSounds = new Map<string, Prefix[]>();
  const numbers: Array<Vocabulary['numbers'][number]> = [];
  const unitLengths: number[] = [];
  const idOf = (u: Unit): number => {
    const key = unitKey(u);
    let id = unitIds.get(key);
    if (id === undefined) {
      unitIds.set(key, (id = unitIds.size));
      unitLengths.push(u.kind === 'num' ? 0 : u.text.length);
      if (u.kind === 'num') numbers.push({ id, min: u.min, max: u.max });
      else if (u.prefix) {
        const prefix = { id, text: u.text, sound: spanishSound(u.text) };
        prefixes.set(u.text[0] ?? '', [...(prefixes.get(u.text[0] ?? '') ?? []), prefix]);
        if (u.text.length >= 5) prefixSounds.set(prefix.sound[0] ?? '', [...(prefixSounds.get(prefix.sound[0] ?? '') ?? []), prefix]);
      }
    }
    return id;
  };
  const groups = new Set<Group>(safetyNet);
  for (const pattern of patterns)
    for (const part of pattern.parts)
      for (const seq of part)
        for (const el of seq) {
          if (el.kind === 'group') groups.add(el);
          else if (el.kind !== 'gap') idOf(el);
        }
  const phrases = [...groups].flatMap((group) => group.phrases.map((phrase) => ({ group, units: phrase.map((u) => idOf(u)) })));
  const groupBase = unitIds.size;
  const groupIds = new Map([...groups].map((group, i) => [group, groupBase + i] as const));
  // One entry per unit, filled in (a packed array, the same shape for every vocabulary).
  const phrasesByFirst: Array<{ single: GroupPhrase[]; bySecond: Map<number, GroupPhrase[]> | undefined } | undefined> = [];
  for (let id = 0; id < groupBase; id++) phrasesByFirst.push(undefined);
  for (const { group, units } of phrases) {
    const from = (phrasesByFirst[units[0] ?? 0] ??= { single: [], bySecond: undefined });
    const phrase = { group: groupIds.get(group) ?? 0, units };
    const second = units[1];
    if (second === undefined) from.single.push(phrase);
    else (from.bySecond ??= new Map()).set(second, [...(from.bySecond.get(second) ?? []), phrase]);
  }
  const noFuzzy = new Set(matching.noFuzzy);
  const exactOnly = new Set<string>(matching.noFuzzy);
  for (const pattern of patterns) for (const w of patternWords(pattern)) exactOnly.add(w);
  const fuzzy = [...exactOnly].filter((w) => !noFuzzy.has(w));
  return {
    unitIds,
    groupIds,
    groupBase,
    unitLengths,
    groupSizes: [...groups].map((group) => group.phrases.length),
    size: groupBase + groups.size,
    phrasesByFirst,
    prefixes,
    prefixSounds,
    numbers,
    exactOnly,
    noFuzzy,
    lexicon: buildLexicon(fuzzy),
    soundsLike: soundIndex(matching.soundAlike),
    longWords: lengthBuckets(fuzzy.filter((w) => w.length >= 6)),
    typed: new Map(),
    spoken: new Map(),
    joins: { pairs: new Map(), size: 0 },
  };
}

/** Empties the vocabulary's lookups of tokens and word pairs seen so far. */
export function forgetTokens(v: Vocabulary): void {
  v.typed.clear();
  v.spoken.clear();
  v.joins.pairs.clear();
  v.joins.size = 0;
}

/** Keeps `value` under `key` (emptying the cache first when full) and returns it. */
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Most edits between a spoken word and the clinical word it sounds like ("sigh attica" and "sciatica" are four apart). */
const SOUND_EDITS = 4;

/**
 * Lexicon words `token` sounds like (Double Metaphone) and is spelled near: at most half the letters of the longer
 * changed, and at most SOUND_EDITS ("settle" is "saddle", "still" is not, though the key is the same); none for a
 * short or noFuzzy token. Its callers cache what they make of it.
 */
function soundsLike(v: Vocabulary, token: string): ReadonlySet<string> {
  const same = token.length >= 4 && !v.noFuzzy.has(token) ? v.soundsLike.get(doubleMetaphone(token)[0]) : undefined;
  if (!same) return NO_WORDS;
  let near: Set<string> | undefined;
  for (const w of same) {
    const edits = Math.min(SOUND_EDITS, Math.floor(Math.max(token.length, w.length) / 2));
    if (Math.abs(token.length - w.length) <= edits && withinEdits(token, w, edits)) (near ??= new Set()).add(w);
  }
  return near ?? NO_WORDS;
}

/** Edits allowed between a rejoined pair and a long lexicon word: stricter than allowedEdits, since a join is already a guess. */
function joinEdits(word: string): number {
  return word.length >= 12 ? 2 : 1;
}

/** True when `word` is a lexicon word of 4+ letters that is not noFuzzy (a word a speech pause would not split). */
export function isKnown(v: Vocabulary, word: string): boolean {
  return word.length >= 4 && v.exactOnly.has(word) && !v.noFuzzy.has(word);
}

/**
 * True when two words said apart, `a` then `b`, were one clinical word ("o rinar", "sue aside"): together 5+
 * letters, not noFuzzy, and a lexicon word, one's sound-alike, or (6+ letters) one edit from a long one. Cached by word, so a
 * pair seen before is not joined again to be looked up.
 */
export function joinable(v: Vocabulary, a: string, b: string): boolean {
  const { pairs } = v.joins;
  let after = pairs.get(a);
  const known = after?.get(b);
  if (known !== undefined) return known;
  const joined = `${a}${b}`;
  // A near miss needs six letters or more: "go pee" is not "golpee". A real word that is never a typo is half of a
  // lexicon word ("for ever"), never of a near miss or a sound-alike ("por favor ya" is not "fever").
  const guessable = !v.noFuzzy.has(a) && !v.noFuzzy.has(b);
  const verdict = joined.length >= 5 && !v.noFuzzy.has(joined) && (isKnown(v, joined) || (guessable && ((joined.length >= 6 && nearLongWord(v, joined)) || soundsLike(v, joined).size > 0)));
  if (v.joins.size >= CACHE_LIMIT) {
    pairs.clear();
    v.joins.size = 0;
    after = undefined;
  }
  if (!after) pairs.set(a, (after = new Map()));
  after.set(b, verdict);
  v.joins.size++;
  return verdict;
}

/** True when `word` is one edit from a lexicon word of 6+ letters ("homoplatos" for "omoplatos"). */
function nearLongWord(v: Vocabulary, word: string): boolean {
  const edits = joinEdits(word);
  const mask = letterMask(word);
  for (let at = 0; at < 2; at++) {
    // The second letter's buckets only when it differs from the first.
    if (at === 1 && word[1] === word[0]) break;
    for (let len = word.length - edits; len <= word.length + edits; len++) {
      const bucket = v.longWords.get(bucketKey(word[at], len));
      if (bucket?.words.some((w, i) => masksAllow(mask, bucket.masks[i] ?? 0, edits) && withinEdits(w, word, edits))) return true;
    }
  }
  return false;
}

/** True for a non-empty word whose every character code is in [low, high] (a loop, no regular expression per word). */
function allCodesIn(word: string, low: number, high: number): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch < low || ch > high) return false;
  }
  return true;
}

/** True for a token of digits only. */
export function isNumber(word: string): boolean {
  return allCodesIn(word, 48, 57);
}

/** True for a word of the letters a-z only. */
export function isLetters(word: string): boolean {
  return allCodesIn(word, 97, 122);
}

/** True when `word`, as typed, counts as a clinical lexicon word (itself or a close typo: lexiconMatches). */
export function readsAsLexiconWord(v: Vocabulary, word: string): boolean {
  return lexiconMatches(v.lexicon, word, v.exactOnly, false).size > 0;
}

/**
 * The units `token` matches: the word it is; the lexicon words it counts as (typos, sounds; in `speech` also
 * sound-alikes); the prefixes it starts with, in spelling or, for 5+ letters, in Spanish sound; the number
 * ranges it falls in. Cached per vocabulary; '' matches nothing.
 */
export function tokenUnits(v: Vocabulary, token: string, speech: boolean): UnitIds {
  if (token === '') return NONE;
  const cache = speech ? v.spoken : v.typed;
  return cache.get(token) ?? remember(cache, token, findUnits(v, token, speech));
}

/** `ids` with `id` added once (none yet: a list of it; an undefined id: `ids` as they are). */
function withId(ids: number[] | undefined, id: number | undefined): number[] | undefined {
  if (id === undefined) return ids;
  if (!ids) return [id];
  if (!ids.includes(id)) ids.push(id);
  return ids;
}

const NO_PREFIXES: readonly Prefix[] = [];

function findUnits(v: Vocabulary, token: string, speech: boolean): UnitIds {
  // Most words match nothing: no list is made for them, and they share one empty list (less to keep, less for the collector to copy).
  let ids: number[] | undefined;
  const sound = spanishSound(token);
  ids = withId(ids, v.unitIds.get(token));
  for (const w of lexiconMatches(v.lexicon, token, v.exactOnly, speech, sound)) ids = withId(ids, v.unitIds.get(w));
  if (speech) for (const w of soundsLike(v, token)) ids = withId(ids, v.unitIds.get(w));
  // A prefix the token starts with begins with its letter; one it sounds like, with its sound's (or has no sound).
  for (const p of v.prefixes.get(token[0] ?? '') ?? NO_PREFIXES) if (token.startsWith(p.text)) ids = withId(ids, p.id);
  for (const p of v.prefixSounds.get(sound[0] ?? '') ?? NO_PREFIXES) if (sound.startsWith(p.sound)) ids = withId(ids, p.id);
  if (sound !== '') for (const p of v.prefixSounds.get('') ?? NO_PREFIXES) if (sound.startsWith(p.sound)) ids = withId(ids, p.id);
  if (isNumber(token)) for (const n of v.numbers) if (Number(token) >= n.min && Number(token) <= n.max) ids = withId(ids, n.id);
  return ids ? ids.sort((a, b) => a - b) : NONE;
}
