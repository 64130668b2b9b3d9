import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { Compiled, CompiledRule } from './compile.js';
import { isTransposition, spanishSound, squeezeDoubles } from './spelling.js';
import type { Tokens } from './tokens.js';
import type { Elem, Group, Part, Seq, Unit } from './pattern.js';

/** Tokens with idioms blanked out (blank words match nothing and stop gaps and negation). */
export interface Prepared extends Tokens {
  /** A speech transcript: misheard sound-alikes of the clinical lexicon count, and words split in two are rejoined. */
  readonly speech: boolean;
  readonly soundMemo: Map<string, ReadonlySet<string>>;
  readonly fuzzyMemo: Map<string, boolean>;
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
  for (const first of new Set([word[0], word[1]]))
    for (const len of [word.length - 1, word.length, word.length + 1])
      if ((c.longWords.get(`${first}${len}`) ?? []).some((w) => distance(w, word) <= 1)) return true;
  return false;
}

/** Speech: "o rinar", "sue aside" were one clinical word said slowly; rejoin a pair whose concatenation is, or sounds like, a lexicon word. */
function rejoin(c: Compiled, memo: Pick<Prepared, 'soundMemo'>, tokens: Tokens): Tokens {
  const words: string[] = [];
  const breaks: boolean[] = [];
  for (let i = 0; i < tokens.words.length; i++) {
    const a = tokens.words[i] ?? '';
    const b = tokens.words[i + 1];
    const joined = `${a}${b ?? ''}`;
    const known = (w: string) => w.length >= 4 && c.exactOnly.has(w) && !c.noFuzzy.has(w);
    if (b !== undefined && !tokens.breaks[i] && !known(a) && !known(b) && joined.length >= 5 && (known(joined) || nearLongWord(c, joined) || soundsLike(c, memo, joined).size > 0)) {
      words.push(joined);
      breaks.push(tokens.breaks[i + 1] ?? false);
      i++;
    } else {
      words.push(a);
      breaks.push(tokens.breaks[i] ?? false);
    }
  }
  return { words, breaks };
}

/** Blank out idiom phrases ("killing me", "me esta matando") before matching; `speech` turns on sound-alike matching. */
export function prepare(c: Compiled, input: Tokens, speech = false): Prepared {
  const soundMemo = new Map<string, ReadonlySet<string>>();
  const tokens = speech ? rejoin(c, { soundMemo }, input) : input;
  const words = [...tokens.words];
  for (const idiom of c.idioms) {
    for (let i = 0; i + idiom.length <= words.length; i++) {
      if (idiom.every((w, k) => words[i + k] === w)) for (let k = 0; k < idiom.length; k++) words[i + k] = '';
    }
  }
  return { words, breaks: tokens.breaks, fuzzyMemo: new Map(), groupMemo: new Map(), speech, soundMemo };
}

function fuzzyEq(c: Compiled, p: Prepared, token: string, word: string): boolean {
  if (p.speech && word.length >= 4 && soundsLike(c, p, token).has(word)) return true;
  // Short words: only a doubled letter ("legss", "numbb") or swapped neighbours ("cnat") count as the word.
  if (token.length >= 4 && word.length >= 4 && !c.exactOnly.has(token) && (squeezeDoubles(token) === squeezeDoubles(word) || isTransposition(token, word))) return true;
  const max = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  // Typists keep the first letter; a speech recognizer may drop or change it ("algas" for "nalgas").
  if (max === 0 || token.length < 4 || (token[0] !== word[0] && !p.speech) || Math.abs(token.length - word.length) > max) return false;
  if (c.exactOnly.has(token)) return false;
  const key = `${token}|${word}`;
  let hit = p.fuzzyMemo.get(key);
  if (hit === undefined) {
    hit = distance(token, word) <= max || (max === 1 && isTransposition(token, word)) || spanishSound(token) === spanishSound(word);
    p.fuzzyMemo.set(key, hit);
  }
  return hit;
}

function unitEq(c: Compiled, p: Prepared, u: Unit, token: string | undefined): boolean {
  if (!token) return false;
  if (u.kind === 'num') {
    if (!/^\d+$/.test(token)) return false;
    const n = Number(token);
    return n >= u.min && n <= u.max;
  }
  if (u.prefix) return token.startsWith(u.text) || (u.text.length >= 5 && spanishSound(token).startsWith(spanishSound(u.text)));
  return token === u.text || fuzzyEq(c, p, token, u.text);
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
      if (k > 0 && (skipped === undefined || skipped === '' || c.cueWords.has(skipped))) break;
      if (walk(c, p, seq, i + 1, pos + k, neg, onSpan)) return true;
    }
    return false;
  }
  for (const hit of el.kind === 'group' ? groupHits(c, p, el, pos) : phraseHits(c, p, [[el]], pos)) {
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

function groupHits(c: Compiled, p: Prepared, group: Group, pos: number): PhraseHit[] {
  let byPos = p.groupMemo.get(group);
  if (!byPos) p.groupMemo.set(group, (byPos = []));
  return (byPos[pos] ??= phraseHits(c, p, group.phrases, pos));
}

function negatedBefore(c: Compiled, p: Prepared, start: number, window: number): boolean {
  let reach = window;
  for (let d = 0; d <= reach; d++) {
    if (c.coordinators.has(p.words[start - 1 - d] ?? '')) reach += 3;
    const cueEnd = start - 1 - d;
    const w = p.words[cueEnd];
    if (w === undefined || w === '' || p.breaks[cueEnd]) return false;
    for (const cue of c.cues) {
      const from = cueEnd - cue.length + 1;
      if (from >= 0 && cue.every((cw, k) => p.words[from + k] === cw)) return true;
    }
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

/** End positions (exclusive) of every cue of `cues` that starts in words [from, to). */
function cueAt(p: Prepared, cues: ReadonlyArray<readonly string[]>, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, p.words.length); i++) {
    for (const cue of cues) if (cue.length > 0 && cue.every((w, k) => p.words[i + k] === w)) found.push(i + cue.length);
  }
  return found;
}

/**
 * ConText-style modifiers around a matched sign at [start, end): clearly over (a resolution cue after it, or a
 * past-time cue just before it, unless the sign is said to be back), or hypothetical (a question or "what if" cue
 * near it). Such a sign is not a red flag now; the reply still names the signs that need care.
 */
function notCurrent(c: Compiled, p: Prepared, start: number, end: number, rule: CompiledRule): boolean {
  const { window, resolved, past, hypothetical, reactivate } = c.context;
  if (!rule.asked && (cueAt(p, hypothetical, start - window, start).length > 0 || cueAt(p, hypothetical, end, end + window).length > 0)) return true;
  if (rule.history) return false;
  // "no se me pasa", "not gone": a resolution cue that is itself negated says the sign is still there.
  const over = [...cueAt(p, resolved, start - 3, end + window), ...cueAt(p, past, start - window, end + window)].filter((cueEnd) => !negatedCue(c, p, cueEnd, [...resolved, ...past]));
  if (over.length === 0) return false;
  return cueAt(p, reactivate, Math.min(...over), p.words.length).length === 0;
}

/** True when the cue ending at `cueEnd` has a negation word just before it. */
function negatedCue(c: Compiled, p: Prepared, cueEnd: number, cues: ReadonlyArray<readonly string[]>): boolean {
  for (const cue of cues) {
    const from = cueEnd - cue.length;
    if (from < 0 || !cue.every((w, k) => p.words[from + k] === w)) continue;
    for (let k = 1; k <= 2; k++) if (c.cueWords.has(p.words[from - k] ?? '')) return true;
  }
  return false;
}

function partMatches(c: Compiled, p: Prepared, part: Part, rule: CompiledRule): boolean {
  const window = rule.negationWindow;
  for (const seq of part) {
    for (let start = 0; start < p.words.length; start++) {
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
