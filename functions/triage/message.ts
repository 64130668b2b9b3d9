import type { Compiled, CueKind } from './compile.js';
import type { Tokens } from './tokens.js';
import { nearLongWord, soundsLike, tokenUnits, type GroupPhrase, type UnitIds, type Vocabulary } from './vocabulary.js';

/** A term group phrase found at a position: where it ends, and whether it holds a negative word ("cant", "no puedo"). */
export interface PhraseHit {
  readonly end: number;
  readonly neg: boolean;
}

/** One message ready to match: its tokens with idioms blanked out, and where each unit and term group occurs. */
export interface Prepared extends Tokens {
  /** A speech transcript: misheard sound-alikes of the clinical lexicon count, and words split in two are rejoined. */
  readonly speech: boolean;
  /** Per position: the units its token matches (none for a blanked idiom word). */
  readonly units: readonly UnitIds[];
  /** Per unit or group id: the positions where it matches, ascending; undefined where it matches nowhere. */
  readonly starts: ReadonlyArray<readonly number[] | undefined>;
  /** Per unit or group id: 1 where it matches somewhere (starts[id] is set), else 0. */
  readonly present: Uint8Array;
  /** Group phrase matches by hitKey(group, position). */
  readonly groupHits: ReadonlyMap<number, readonly PhraseHit[]>;
  /** Negation and context cue spans, found on first use. */
  cues?: Readonly<Record<CueKind, readonly CueHit[]>>;
}

/** Where one kind of cue occurs in a message: a [start, end) word span. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
}

const NO_HITS: readonly PhraseHit[] = [];

/** True when `token` is a negative word: a one-word negation cue or a sign word ("cant", "no"). */
export function isNeg(c: Compiled, token: string): boolean {
  return c.cueWords.has(token) || c.signWords.has(token);
}

/** True when `word` is a lexicon word of 4+ letters that is not noFuzzy (a word a speech pause would not split). */
function known(v: Vocabulary, word: string): boolean {
  return word.length >= 4 && v.exactOnly.has(word) && !v.noFuzzy.has(word);
}

/** Speech: "o rinar", "sue aside" were one clinical word said slowly; rejoin a pair whose concatenation is, or sounds like, a lexicon word. */
function rejoin(v: Vocabulary, tokens: Tokens): Tokens {
  const words: string[] = [];
  const breaks: boolean[] = [];
  const ends: boolean[] = [];
  for (let i = 0; i < tokens.words.length; i++) {
    const a = tokens.words[i] ?? '';
    const b = tokens.words[i + 1];
    const joined = `${a}${b ?? ''}`;
    if (b !== undefined && !tokens.breaks[i] && !known(v, a) && !known(v, b) && joined.length >= 5 && !v.noFuzzy.has(joined) && (known(v, joined) || nearLongWord(v, joined) || soundsLike(v, joined).size > 0)) {
      words.push(joined);
      breaks.push(tokens.breaks[i + 1] ?? false);
      ends.push(tokens.ends[i + 1] ?? false);
      i++;
    } else {
      words.push(a);
      breaks.push(tokens.breaks[i] ?? false);
      ends.push(tokens.ends[i] ?? false);
    }
  }
  return { words, breaks, ends };
}

/** True when the token at `pos` matches unit `id`. */
export function hasUnit(p: Pick<Prepared, 'units'>, pos: number, id: number): boolean {
  const ids = p.units[pos];
  if (ids) for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/** True when every unit of `phrase` from its third on matches the words from `pos + 2` on. */
function restMatches(p: Pick<Prepared, 'units'>, phrase: UnitIds, pos: number): boolean {
  for (let k = 2; k < phrase.length; k++) if (!hasUnit(p, pos + k, phrase[k] ?? -1)) return false;
  return true;
}

/** The key of a group's hits at a position (positions run to words.length inclusive). */
export function hitKey(p: Pick<Prepared, 'words'>, group: number, pos: number): number {
  return group * (p.words.length + 1) + pos;
}

/** The phrases of group `group` that match at `pos`. */
export function groupHitsAt(p: Prepared, group: number, pos: number): readonly PhraseHit[] {
  return p.groupHits.get(hitKey(p, group, pos)) ?? NO_HITS;
}

/**
 * Blank out idiom phrases ("killing me", "me esta matando"), then find every unit and term group phrase in the
 * message; `speech` turns on sound-alike matching and rejoins words said in two.
 */
export function prepare(c: Compiled, input: Tokens, speech = false): Prepared {
  const v = c.vocabulary;
  const tokens = speech ? rejoin(v, input) : input;
  const words = [...tokens.words];
  for (let i = 0; i < words.length; i++) {
    for (const idiom of c.idiomsByFirst.get(words[i] ?? '') ?? []) {
      if (idiom.every((w, k) => words[i + k] === w)) for (let k = 0; k < idiom.length; k++) words[i + k] = '';
    }
  }
  const units = words.map((w) => tokenUnits(v, w, speech));
  const starts: Array<number[] | undefined> = new Array(v.size);
  const present = new Uint8Array(v.size);
  const groupHits = new Map<number, PhraseHit[]>();
  const p: Prepared = { words, breaks: tokens.breaks, ends: tokens.ends, speech, units, starts, present, groupHits };
  const found = (phrase: GroupPhrase, pos: number) => {
    const end = pos + phrase.units.length;
    let neg = false;
    for (let k = pos; k < end; k++) neg ||= isNeg(c, words[k] ?? '');
    const key = hitKey(p, phrase.group, pos);
    const hits = groupHits.get(key);
    if (hits) hits.push({ end, neg });
    else {
      groupHits.set(key, [{ end, neg }]);
      (starts[phrase.group] ??= []).push(pos);
      present[phrase.group] = 1;
    }
  };
  for (let pos = 0; pos < units.length; pos++) {
    for (const id of units[pos] ?? []) {
      (starts[id] ??= []).push(pos);
      present[id] = 1;
      const from = v.phrasesByFirst[id];
      if (!from) continue;
      for (const phrase of from.single) found(phrase, pos);
      if (from.bySecond.size > 0) for (const second of units[pos + 1] ?? []) for (const phrase of from.bySecond.get(second) ?? []) if (restMatches(p, phrase.units, pos)) found(phrase, pos);
    }
  }
  return p;
}
