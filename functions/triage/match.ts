import { distance } from 'fastest-levenshtein';
import type { Compiled, CompiledRule } from './compile.js';
import type { Tokens } from './tokens.js';
import type { Elem, Group, Part, Seq, Unit } from './pattern.js';

/** Tokens with idioms blanked out (blank words match nothing and stop gaps and negation). */
export interface Prepared extends Tokens {
  readonly fuzzyMemo: Map<string, boolean>;
  /** Per group, per start position: the phrase matches found there (computed on first use). */
  readonly groupMemo: Map<Group, Array<PhraseHit[] | undefined>>;
}

interface PhraseHit {
  end: number;
  neg: boolean;
}

/** Blank out idiom phrases ("killing me", "me esta matando") before matching. */
export function prepare(c: Compiled, tokens: Tokens): Prepared {
  const words = [...tokens.words];
  for (const idiom of c.idioms) {
    for (let i = 0; i + idiom.length <= words.length; i++) {
      if (idiom.every((w, k) => words[i + k] === w)) for (let k = 0; k < idiom.length; k++) words[i + k] = '';
    }
  }
  return { words, breaks: tokens.breaks, fuzzyMemo: new Map(), groupMemo: new Map() };
}

function fuzzyEq(c: Compiled, p: Prepared, token: string, word: string): boolean {
  const max = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  if (max === 0 || token.length < 4 || token[0] !== word[0] || Math.abs(token.length - word.length) > max) return false;
  if (c.exactOnly.has(token)) return false;
  const key = `${token}|${word}`;
  let hit = p.fuzzyMemo.get(key);
  if (hit === undefined) {
    hit = distance(token, word) <= max;
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
  if (u.prefix) return token.startsWith(u.text);
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
  for (let d = 0; d <= window; d++) {
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
    if (c.after.has(w)) return true;
    if (!c.linking.has(w)) return false;
    j++;
  }
  return false;
}

function partMatches(c: Compiled, p: Prepared, part: Part, window: number): boolean {
  for (const seq of part) {
    for (let start = 0; start < p.words.length; start++) {
      const found = walk(c, p, seq, 0, start, false, (s) => {
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
  return rule.patterns.some((pattern) => pattern.parts.every((part) => partMatches(c, p, part, rule.negationWindow)));
}
