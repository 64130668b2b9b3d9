import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { Compiled, CompiledRule } from './compile.js';
import { lexiconMatches } from './lexicon.js';
import { spanishSound } from './spelling.js';
import type { Tokens } from './tokens.js';
import type { Elem, Group, Part, Seq, Unit } from './pattern.js';

/** Tokens with idioms blanked out (blank words match nothing and stop gaps and negation). */
export interface Prepared extends Tokens {
  /** A speech transcript: misheard sound-alikes of the clinical lexicon count, and words split in two are rejoined. */
  readonly speech: boolean;
  readonly soundMemo: Map<string, ReadonlySet<string>>;
  readonly startMemo: Map<Group | string, readonly number[]>;
  readonly cueMemo: Map<string, readonly CueHit[]>;
  /** Positions by the first letter of their token and of its Spanish sound key ('#' for numbers). */
  readonly buckets: Map<string, number[]>;
  readonly positions: Map<string, number[]>;
  /** Per group, per start position: the phrase matches found there (computed on first use). */
  readonly groupMemo: Map<Group, Array<PhraseHit[] | undefined>>;
}

interface PhraseHit {
  end: number;
  neg: boolean;
}

/** Lexicon words `token` sounds like (Double Metaphone), memoized per message. */
function soundsLike(c: Compiled, p: Pick<Prepared, 'soundMemo'>, token: string): ReadonlySet<string> {
  let hit = p.soundMemo.get(token);
  if (!hit) {
    const found = new Set<string>();
    if (token.length >= 4 && !c.noFuzzy.has(token)) c.soundsLike.get(doubleMetaphone(token)[0])?.forEach((w) => found.add(w));
    p.soundMemo.set(token, (hit = found));
  }
  return hit;
}

/** True when `word` is one edit from a lexicon word of 6+ letters ("homoplatos" for "omoplatos"). */
function nearLongWord(c: Compiled, word: string): boolean {
  const cached = c.joinCache.get(word);
  if (cached !== undefined) return cached;
  const near = nearLongWordUncached(c, word);
  if (c.joinCache.size >= TOKEN_CACHE_LIMIT) c.joinCache.clear();
  c.joinCache.set(word, near);
  return near;
}

/** Edits allowed between a rejoined pair and a long lexicon word: stricter than allowedEdits, since a join is already a guess. */
function joinEdits(word: string): number {
  return word.length >= 12 ? 2 : 1;
}

function nearLongWordUncached(c: Compiled, word: string): boolean {
  const edits = joinEdits(word);
  for (const first of new Set([word[0], word[1]]))
    for (let len = word.length - edits; len <= word.length + edits; len++)
      if ((c.longWords.get(`${first}${len}`) ?? []).some((w) => distance(w, word) <= edits)) return true;
  return false;
}

/** Speech: "o rinar", "sue aside" were one clinical word said slowly; rejoin a pair whose concatenation is, or sounds like, a lexicon word. */
function rejoin(c: Compiled, memo: Pick<Prepared, 'soundMemo'>, tokens: Tokens): Tokens {
  const words: string[] = [];
  const breaks: boolean[] = [];
  const ends: boolean[] = [];
  for (let i = 0; i < tokens.words.length; i++) {
    const a = tokens.words[i] ?? '';
    const b = tokens.words[i + 1];
    const joined = `${a}${b ?? ''}`;
    const known = (w: string) => w.length >= 4 && c.exactOnly.has(w) && !c.noFuzzy.has(w);
    if (b !== undefined && !tokens.breaks[i] && !known(a) && !known(b) && joined.length >= 5 && !c.noFuzzy.has(joined) && (known(joined) || nearLongWord(c, joined) || soundsLike(c, memo, joined).size > 0)) {
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

/** Blank out idiom phrases ("killing me", "me esta matando") before matching; `speech` turns on sound-alike matching. */
export function prepare(c: Compiled, input: Tokens, speech = false): Prepared {
  const soundMemo = new Map<string, ReadonlySet<string>>();
  const tokens = speech ? rejoin(c, { soundMemo }, input) : input;
  const words = [...tokens.words];
  for (let i = 0; i < words.length; i++) {
    for (const idiom of c.idiomsByFirst.get(words[i] ?? '') ?? []) {
      if (idiom.every((w, k) => words[i + k] === w)) for (let k = 0; k < idiom.length; k++) words[i + k] = '';
    }
  }
  return { words, breaks: tokens.breaks, ends: tokens.ends, startMemo: new Map(), cueMemo: new Map(), buckets: new Map(), positions: new Map(), groupMemo: new Map(), speech, soundMemo };
}

/** The Spanish sound key of a token or prefix, memoized per message. */
function soundOf(c: Compiled, word: string): string {
  let key = c.soundCache.get(word);
  if (key === undefined) {
    if (c.soundCache.size >= TOKEN_CACHE_LIMIT) c.soundCache.clear();
    c.soundCache.set(word, (key = spanishSound(word)));
  }
  return key;
}

/** Positions of each lexicon word in this message, typo and sound matches included (built once per message). */
function positionsOf(c: Compiled, p: Prepared, word: string): readonly number[] {
  if (!p.positions.size) {
    const add = (w: string, pos: number) => {
      const list = p.positions.get(w);
      if (!list) p.positions.set(w, [pos]);
      else if (list[list.length - 1] !== pos) list.push(pos);
    };
    p.words.forEach((token, pos) => {
      if (!token) return;
      add(token, pos);
      for (const w of tokenMatches(c, p, token)) add(w, pos);
    });
    p.positions.set('', []);
  }
  return p.positions.get(word) ?? [];
}

/** Positions whose token can match `u` (a prefix or number unit), found through first-letter buckets. */
function unitPositions(c: Compiled, p: Prepared, u: Unit): readonly number[] {
  const key = u.kind === 'num' ? `n:${u.min}-${u.max}` : `p:${u.text}`;
  let found = p.startMemo.get(key);
  if (found) return found;
  if (!p.buckets.size) {
    const add = (k: string | undefined, pos: number) => {
      if (!k) return;
      const list = p.buckets.get(k);
      if (!list) p.buckets.set(k, [pos]);
      else if (list[list.length - 1] !== pos) list.push(pos);
    };
    p.words.forEach((token, pos) => {
      if (!token) return;
      add(token[0], pos);
      add(soundOf(c, token)[0], pos);
      if (token.charCodeAt(0) <= 57) add('#', pos);
    });
    p.buckets.set('', []);
  }
  const hits: number[] = [];
  const tried = new Set<number>();
  const firsts = u.kind === 'num' ? ['#'] : [u.text[0] ?? '', soundOf(c, u.text)[0] ?? ''];
  for (const k of firsts)
    for (const pos of p.buckets.get(k) ?? []) {
      if (tried.has(pos)) continue;
      tried.add(pos);
      if (unitEq(c, p, u, p.words[pos])) hits.push(pos);
    }
  found = hits.sort((a, b) => a - b);
  p.startMemo.set(key, found);
  return found;
}

/** Where `el` (the first element of a sequence) can match in this message, memoized: the only starts worth walking. */
function startsOf(c: Compiled, p: Prepared, el: Elem): readonly number[] {
  if (el.kind === 'gap') return [...p.words.keys()];
  if (el.kind === 'word' && !el.prefix) return positionsOf(c, p, el.text);
  if (el.kind !== 'group') return unitPositions(c, p, el);
  let starts = p.startMemo.get(el);
  if (starts) return starts;
  const index = indexOf(el);
  const from = new Set<number>();
  for (const first of index.byFirst.keys()) for (const pos of positionsOf(c, p, first)) from.add(pos);
  for (const phrase of index.other) if (phrase[0]) for (const pos of unitPositions(c, p, phrase[0])) from.add(pos);
  starts = [...from].sort((a, b) => a - b).filter((pos) => groupHits(c, p, el, pos).length > 0);
  p.startMemo.set(el, starts);
  return starts;
}

/** The lexicon words `token` counts as in this message (typos, sounds), memoized per message. */
function tokenMatches(c: Compiled, p: Prepared, token: string): ReadonlySet<string> {
  const key = p.speech ? `~${token}` : token;
  let hit = c.tokenCache.get(key);
  if (!hit) {
    const found = lexiconMatches(c.lexicon, token, c.exactOnly, p.speech);
    if (p.speech) soundsLike(c, p, token).forEach((w) => found.add(w));
    // Derived from the rules alone, so shared across messages (people reuse words); bounded.
    if (c.tokenCache.size >= TOKEN_CACHE_LIMIT) c.tokenCache.clear();
    c.tokenCache.set(key, (hit = found));
  }
  return hit;
}

/** Tokens whose lexicon matches are kept between messages (a few MB at most). */
const TOKEN_CACHE_LIMIT = 20_000;

function unitEq(c: Compiled, p: Prepared, u: Unit, token: string | undefined): boolean {
  if (!token) return false;
  if (u.kind === 'num') {
    if (!isNumber(token)) return false;
    const n = Number(token);
    return n >= u.min && n <= u.max;
  }
  if (u.prefix) return token.startsWith(u.text) || (u.text.length >= 5 && soundOf(c, token).startsWith(soundOf(c, u.text)));
  return token === u.text || tokenMatches(c, p, token).has(u.text);
}

interface Span {
  end: number;
  /** The span contains a negative word that is part of the sign ("cant", "no puedo"). */
  selfNegated: boolean;
}

function isNeg(c: Compiled, token: string): boolean {
  return c.cueWords.has(token) || c.signWords.has(token);
}

/** All ways `seq` can match starting at `pos`, calling `onSpan` for each; stops when it returns true. */
function walk(c: Compiled, p: Prepared, seq: Seq, i: number, pos: number, neg: boolean, onSpan: (s: Span) => boolean): boolean {
  const el: Elem | undefined = seq[i];
  if (!el) return onSpan({ end: pos, selfNegated: neg });
  if (el.kind === 'gap') {
    for (let k = 0; k <= el.max; k++) {
      const skipped = p.words[pos + k - 1];
      // Only a long gap ("..5.." and up, written for signs told far apart) reaches across the end of a sentence.
      if (k > 0 && (skipped === undefined || skipped === '' || c.cueWords.has(skipped) || (el.max < 5 && p.ends[pos + k - 2]))) break;
      if (walk(c, p, seq, i + 1, pos + k, neg, onSpan)) return true;
    }
    return false;
  }
  for (const hit of el.kind === 'group' ? groupHits(c, p, el, pos) : phraseHits(c, p, [[el]], pos)) {
    // "my legs are fine, the pain is in my back": a part said to be fine cannot join the rest of a sign.
    if (i + 1 < seq.length && !hit.neg && negatedAfter(c, p, hit.end)) continue;
    if (walk(c, p, seq, i + 1, hit.end, neg || hit.neg, onSpan)) return true;
  }
  return false;
}

function phraseHits(c: Compiled, p: Prepared, phrases: ReadonlyArray<readonly Unit[]>, pos: number): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const phrase of phrases) {
    let ok = true;
    let neg = false;
    for (let k = 0; k < phrase.length && ok; k++) {
      const token = p.words[pos + k];
      const u = phrase[k];
      ok = u !== undefined && unitEq(c, p, u, token);
      if (ok && token && isNeg(c, token)) neg = true;
    }
    if (ok) hits.push({ end: pos + phrase.length, neg });
  }
  return hits;
}

/** A group's phrases by their first word, and those starting with a prefix or number (always tried). */
interface GroupIndex {
  byFirst: Map<string, Array<readonly Unit[]>>;
  other: Array<readonly Unit[]>;
}
const groupIndexes = new WeakMap<Group, GroupIndex>();

function indexOf(group: Group): GroupIndex {
  let index = groupIndexes.get(group);
  if (!index) {
    index = { byFirst: new Map(), other: [] };
    for (const phrase of group.phrases) {
      const first = phrase[0];
      if (first?.kind === 'word' && !first.prefix) index.byFirst.set(first.text, [...(index.byFirst.get(first.text) ?? []), phrase]);
      else index.other.push(phrase);
    }
    groupIndexes.set(group, index);
  }
  return index;
}

function groupHits(c: Compiled, p: Prepared, group: Group, pos: number): PhraseHit[] {
  let byPos = p.groupMemo.get(group);
  if (!byPos) p.groupMemo.set(group, (byPos = []));
  const cached = byPos[pos];
  if (cached) return cached;
  const token = p.words[pos];
  if (!token) return (byPos[pos] = []);
  const index = indexOf(group);
  const candidates = new Set<readonly Unit[]>();
  for (const phrase of index.byFirst.get(token) ?? []) candidates.add(phrase);
  for (const w of tokenMatches(c, p, token)) for (const phrase of index.byFirst.get(w) ?? []) candidates.add(phrase);
  for (const phrase of index.other) if (phrase[0] && unitEq(c, p, phrase[0], token)) candidates.add(phrase);
  return (byPos[pos] = phraseHits(c, p, [...candidates], pos));
}

function negatedBefore(c: Compiled, p: Prepared, start: number, window: number): boolean {
  let reach = window;
  for (let d = 0; d <= reach; d++) {
    if (c.coordinators.has(p.words[start - 1 - d] ?? '')) reach += 3;
    const cueEnd = start - 1 - d;
    const w = p.words[cueEnd];
    if (w === undefined || w === '' || p.breaks[cueEnd]) return false;
    if (cueHits(c, p, 'negation').some((h) => h.end - 1 === cueEnd)) return true;
    if (c.stops.has(w)) return false;
  }
  return false;
}

function negatedAfter(c: Compiled, p: Prepared, end: number): boolean {
  let j = end;
  for (let linked = 0; linked <= 2; linked++) {
    if (p.breaks[j - 1]) return false;
    const w = p.words[j];
    if (w === undefined) return false;
    if (c.after.has(w)) return !(c.intensifiers.has(w) && !p.breaks[j] && (p.words[j + 1] ?? '') !== '');
    if (!c.linking.has(w)) return false;
    j++;
  }
  return false;
}

/** Where one kind of cue occurs in this message: [start, end) word spans. */
interface CueHit {
  start: number;
  end: number;
}
type CueKind = 'resolved' | 'past' | 'hypothetical' | 'joke' | 'experiencer' | 'reactivate' | 'present' | 'negation';

/** True for a token of digits only (a code point test, no regular expression per word). */
function isNumber(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/** A cue word: a literal word, or `#min-max` for a number in that range ("3 years ago"). */
function cueWordEq(cue: string, word: string | undefined): boolean {
  if (cue[0] !== '#') return word === cue;
  if (!word || !isNumber(word)) return false;
  const [min = 0, max = 0] = cue.slice(1).split('-').map(Number);
  return Number(word) >= min && Number(word) <= max;
}

/** Every occurrence of a kind of cue, found once per message with the cues' first-word index. */
function cueHits(c: Compiled, p: Prepared, kind: CueKind): readonly CueHit[] {
  const known = p.cueMemo.get(kind);
  if (known) return known;
  const index = c.cueIndex[kind];
  const found: CueHit[] = [];
  const numbers = index.get('#');
  const tryAt = (i: number, candidates: ReadonlyArray<readonly string[]> | undefined) => {
    if (candidates) for (const cue of candidates) if (cue.every((w, k) => cueWordEq(w, p.words[i + k]))) found.push({ start: i, end: i + cue.length });
  };
  for (let i = 0; i < p.words.length; i++) {
    const word = p.words[i] ?? '';
    tryAt(i, index.get(word));
    if (numbers && isNumber(word)) tryAt(i, numbers);
  }
  p.cueMemo.set(kind, found);
  return found;
}

/** True when a clause break follows any word in [from, to). */
function breakIn(p: Prepared, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (p.breaks[i]) return true;
  return false;
}

const within = (hits: readonly CueHit[], from: number, to: number) => hits.filter((h) => h.start >= from && h.start < to);

/**
 * ConText-style modifiers around a matched sign at [start, end): clearly over (a resolution cue near it, or a
 * past-time cue, unless the sign is said to be back or a present-time cue sits right beside it), or hypothetical (a question or "what if" cue near it).
 * Such a sign is not a red flag now; the reply still names the signs that need care. Rules marked `history`
 * ignore past and resolution cues, rules marked `asked` ignore hypothetical ones.
 */
function notCurrent(c: Compiled, p: Prepared, start: number, end: number, rule: CompiledRule): boolean {
  const { window } = c.context;
  const hypothetical = cueHits(c, p, 'hypothetical');
  if (!rule.asked && (within(hypothetical, start - window, start).length > 0 || within(hypothetical, end, end + window).length > 0)) return true;
  // "no es broma", "not kidding": a joke cue that is itself negated says the opposite.
  const negated = (h: CueHit) => c.cueWords.has(p.words[h.start - 1] ?? '') || c.cueWords.has(p.words[h.start - 2] ?? '');
  if (within(cueHits(c, p, 'joke'), start - 3, end + window).some((h) => !negated(h))) return true;
  if (rule.history) return false;
  // "no se me pasa", "not gone": a resolution cue that is itself negated says the sign is still there.
  // A sign said to be happening now ("both legs hurt now, it used to be one") is not made past by a nearby past cue.
  const now = within(cueHits(c, p, 'present'), start - 3, end + 3).length > 0;
  // A past-time cue speaks for its own clause ("se va a tirar del puente, tiene dolor hace años": the years are the pain's).
  const sameClause = (h: CueHit) => (h.end <= start ? !breakIn(p, h.end - 1, start) : !breakIn(p, end - 1, h.start));
  const past = now ? [] : within(cueHits(c, p, 'past'), start - window, end + window).filter(sameClause);
  const over = [...within(cueHits(c, p, 'resolved'), start - 3, end + window), ...past].filter((h) => !negated(h));
  if (over.length === 0) return false;
  const firstEnd = Math.min(...over.map((h) => h.end));
  return !cueHits(c, p, 'reactivate').some((h) => h.start >= firstEnd);
}

function partMatches(c: Compiled, p: Prepared, part: Part, rule: CompiledRule): boolean {
  const window = rule.negationWindow;
  for (const seq of part) {
    const first = seq[0];
    if (!first) continue;
    for (const start of startsOf(c, p, first)) {
      const found = walk(c, p, seq, 0, start, false, (s) => {
        if (notCurrent(c, p, start, s.end, rule)) return false;
        if (s.selfNegated) return true;
        return !negatedBefore(c, p, start, window) && !negatedAfter(c, p, s.end);
      });
      if (found) return true;
    }
  }
  return false;
}

/** True when any pattern of the rule has every part matching somewhere, un-negated. */
export function ruleMatches(c: Compiled, p: Prepared, rule: CompiledRule): boolean {
  return rule.patterns.some((pattern) => pattern.parts.every((part) => partMatches(c, p, part, rule)));
}

/** True when any of `groups` is mentioned anywhere in the message (negated or not). */
export function mentions(c: Compiled, p: Prepared, groups: readonly Group[]): boolean {
  return groups.some((group) => startsOf(c, p, group).length > 0);
}

/** True when the message is about someone else (a parent, partner, child): an experiencer cue anywhere in it. */
export function aboutSomeoneElse(c: Compiled, p: Prepared): boolean {
  return cueHits(c, p, 'experiencer').length > 0;
}
