import type { Compiled, CueKind } from './compile.js';
import { rewriteTokens, type Tokens } from './tokens.js';
import { isKnown, joinable, tokenUnits, type GroupPhrase, type UnitIds, type Vocabulary } from './vocabulary.js';
import { spelledOut } from './shorthand.js';

/** One message ready to match: its tokens with idioms blanked out, and where each unit and term group occurs. */
export interface Prepared extends Tokens {
  /** A speech transcript: misheard sound-alikes of the clinical lexicon count, and words split in two are rejoined. */
  readonly speech: boolean;
  /** The vocabulary whose units and groups were found. */
  readonly vocabulary: Vocabulary;
  /** Per position: the units its token matches (none for a blanked idiom word). */
  readonly units: readonly UnitIds[];
  /** Per unit or group id: 0 where it matches nowhere, else 1 + the index of its positions in `positions` (read them with positionsOf). */
  readonly slots: Uint16Array;
  /** The positions of each unit or group found, ascending, in the order first found. */
  readonly positions: ReadonlyArray<readonly number[]>;
  /** Where the group phrases found at a position end, by hitKey(group, position). */
  readonly groupEnds: ReadonlyMap<number, readonly number[]>;
  /** Negation and context cue spans, found on first use, and the compiled rules whose cues they are. */
  cues?: Readonly<Record<CueKind, readonly CueHit[]>>;
  cuesOf?: Compiled;
}

/** Where one kind of cue occurs in a message: a [start, end) word span. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  /** A rule's own set-aside phrase (kind `unless`): that rule's id. */
  readonly rule?: string;
}

const NONE: readonly never[] = [];

/** True when a word in [from, to) is negative: a one-word negation cue or a sign word ("cant", "no puedo"). */
export function negativeIn(c: Compiled, p: Prepared, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = p.words[k] ?? '';
    if (c.cueWords.has(word) || c.signWords.has(word)) return true;
  }
  return false;
}

/**
 * Speech: "o rinar", "sue aside" were one clinical word said slowly; rejoin a joinable pair of words neither of
 * which is known nor a negation word (`apart`: "funciona no" is not "funcionan"). The tokens themselves when nothing is rejoined.
 */
function rejoin(v: Vocabulary, tokens: Tokens, apart: ReadonlySet<string>): Tokens {
  const { words, breaks } = tokens;
  const unknown = (w: string | undefined): w is string => w !== undefined && !isKnown(v, w) && !apart.has(w);
  return rewriteTokens(tokens, (i) => {
    const a = words[i];
    const b = words[i + 1];
    return !breaks[i] && unknown(a) && unknown(b) && joinable(v, a, b) ? { words: [`${a}${b}`], take: 2 } : undefined;
  });
}

/** True when the token at `pos` matches unit `id`. */
export function hasUnit(p: Pick<Prepared, 'units'>, pos: number, id: number): boolean {
  const ids = p.units[pos];
  if (ids) for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/** True when every unit of `phrase` from its third on matches the words from `pos + 2` on, in the same sentence. */
function restMatches(p: Pick<Prepared, 'units' | 'ends'>, phrase: UnitIds, pos: number): boolean {
  for (let k = 2; k < phrase.length; k++) if (p.ends[pos + k - 1] || !hasUnit(p, pos + k, phrase[k] ?? -1)) return false;
  return true;
}

/** The key of a group's hits at a position (positions run to words.length inclusive). */
function hitKey(p: Pick<Prepared, 'words'>, group: number, pos: number): number {
  return group * (p.words.length + 1) + pos;
}

/** True when unit or group `id` matches somewhere in the message. */
export function occursAnywhere(p: Prepared, id: number): boolean {
  return p.slots[id] !== 0;
}

/** The positions where unit or group `id` matches, ascending (none: an empty list). */
export function positionsOf(p: Prepared, id: number): readonly number[] {
  const slot = p.slots[id] ?? 0;
  return slot === 0 ? NONE : (p.positions[slot - 1] ?? NONE);
}

/**
 * A list of the one number `n`, shared by every message (most units and phrases occur once in a message, and a
 * shared list leaves less for the collector; a second occurrence gets a list of its own). Never pushed to.
 */
function one(n: number): readonly number[] {
  return (ONE[n] ??= [n]);
}
const ONE: number[][] = [];

/** `list` with `n` added: a new list in place of an empty or shared one (`one`), else `list` itself, pushed to. */
function plus(list: readonly number[], n: number): readonly number[] {
  if (list.length < 2) return list.length === 0 ? one(n) : [list[0] ?? 0, n];
  (list as number[]).push(n);
  return list as number[];
}

/** Where the phrases of group `group` that match at `pos` end. */
export function groupEndsAt(p: Prepared, group: number, pos: number): readonly number[] {
  return p.groupEnds.get(hitKey(p, group, pos)) ?? NONE;
}

/** The words, shorthand spelled out ("q" que), with idiom phrases ("killing me", "me esta matando") said within one sentence blanked out: blank words match nothing and stop gaps and negation. */
function blankIdioms(c: Compiled, tokens: Tokens): string[] {
  const words = tokens.words.map(spelledOut);
  for (let i = 0; i < words.length; i++) {
    for (const idiom of c.idiomsByFirst.get(words[i] ?? '') ?? NONE) if (wordsAt(words, tokens.ends, i, idiom)) for (let k = 0; k < idiom.length; k++) words[i + k] = '';
  }
  return words;
}

/** True when `phrase` stands in `words` from `i`, within one sentence (a loop, not a closure per phrase tried; never read past the end). */
function wordsAt(words: readonly string[], ends: readonly boolean[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k] || (k > 0 && ends[i + k - 1])) return false;
  return true;
}

/** Every unit and term group phrase of `v` found in `words`. */
function find(v: Vocabulary, words: string[], tokens: Tokens, speech: boolean): Prepared {
  const units = words.map((w) => tokenUnits(v, w, speech));
  // A slot per id of the vocabulary (thousands) in a typed array, which the collector need not copy; a list only per id found.
  const slots = new Uint16Array(v.size);
  const positions: Array<readonly number[]> = [];
  const groupEnds = new Map<number, readonly number[]>();
  // Every Prepared has its fields in this order (prepareAgain too), so the matcher sees one object shape.
  const p: Prepared = { words, breaks: tokens.breaks, ends: tokens.ends, asks: tokens.asks, speech, vocabulary: v, units, slots, positions, groupEnds, cues: undefined, cuesOf: undefined };
  const occurs = (id: number, pos: number) => {
    const slot = slots[id] ?? 0;
    if (slot === 0) slots[id] = positions.push(one(pos));
    else positions[slot - 1] = plus(positions[slot - 1] ?? NONE, pos);
  };
  const found = (phrase: GroupPhrase, pos: number) => {
    const key = hitKey(p, phrase.group, pos);
    const ends = groupEnds.get(key);
    groupEnds.set(key, ends ? plus(ends, pos + phrase.units.length) : one(pos + phrase.units.length));
    if (!ends) occurs(phrase.group, pos);
  };
  units.forEach((ids, pos) => {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      occurs(id, pos);
      const from = v.phrasesByFirst[id];
      if (!from) continue;
      for (const phrase of from.single) found(phrase, pos);
      const next = units[pos + 1];
      const { bySecond } = from;
      if (!bySecond || !next) continue;
      // An index loop: for...of would make an iterator for each word.
      // A phrase is said within one sentence: "No. Feeling is normal" is not "no feeling".
      if (tokens.ends[pos]) continue;
      for (let k = 0; k < next.length; k++) for (const phrase of bySecond.get(next[k] ?? -1) ?? NONE) if (restMatches(p, phrase.units, pos)) found(phrase, pos);
    }
  });
  return p;
}

/**
 * Blank out idiom phrases ("killing me", "me esta matando"), then find every unit and term group phrase in the
 * message; `speech` turns on sound-alike matching and rejoins words said in two.
 */
export function prepare(c: Compiled, input: Tokens, speech = false): Prepared {
  const tokens = speech ? rejoin(c.vocabulary, input, c.cueWords) : input;
  return find(c.vocabulary, blankIdioms(c, tokens), tokens, speech);
}

/**
 * The message `p` (prepared from `input` for other rules) ready for `c`: what it found, when `c` has the same
 * vocabulary and no idioms and no idiom was blanked in `p` (as for the rules without their modifiers); else prepared anew.
 */
export function prepareAgain(c: Compiled, p: Prepared, input: Tokens): Prepared {
  const { words, breaks, ends, asks, speech, vocabulary, units, slots, positions, groupEnds } = p;
  if (c.vocabulary === vocabulary && c.idiomsByFirst.size === 0 && !words.includes('')) return { words, breaks, ends, asks, speech, vocabulary, units, slots, positions, groupEnds, cues: undefined, cuesOf: undefined };
  return prepare(c, input, p.speech);
}
