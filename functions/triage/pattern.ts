import { canonicalText } from '../text/canonical.js';
import { spelledOut } from './shorthand.js';
import { bothLanguages } from './types.js';

/** One word of a pattern: exact (or close typo), or a prefix when written `word*`. */
export interface WordUnit {
  readonly kind: 'word';
  readonly text: string;
  readonly prefix: boolean;
}
/** A number token in an inclusive range, written `<n:50-120>`. */
export interface NumUnit {
  readonly kind: 'num';
  readonly min: number;
  readonly max: number;
}
export type Unit = WordUnit | NumUnit;
/** Up to `max` other words, written `...` (default gap) or `..N..`. */
export interface Gap {
  readonly kind: 'gap';
  readonly max: number;
}
/** Any one phrase of a named term group, written `{name}`. */
export interface Group {
  readonly kind: 'group';
  readonly name: string;
  readonly phrases: ReadonlyArray<readonly Unit[]>;
}
export type Elem = Unit | Gap | Group;
export type Seq = readonly Elem[];
/** One `&` part: alternative sequences (a `~` expands to both orders). */
export type Part = readonly Seq[];
/** A compiled pattern: every part must match somewhere in the message. */
export interface Pattern {
  readonly source: string;
  readonly parts: readonly Part[];
}
/** Term groups as written in triage.yaml. */
export type Terms = Readonly<Record<string, { readonly en: readonly string[]; readonly es: readonly string[] }>>;

const WORD = /^[a-z0-9]+\*?$/;
const NUM = /^<n:(\d+)-(\d+)>$/;
const GAP = /^\.\.(\d+)\.\.$/;
const GROUP = /^\{([a-z0-9_]+)\}$/;

function parseUnit(written: string, source: string): Unit {
  const num = NUM.exec(written);
  if (num) {
    const min = Number(num[1]);
    const max = Number(num[2]);
    if (min > max) throw new Error(`pattern "${source}": number range ${written} is backwards`);
    return { kind: 'num', min, max };
  }
  // Authors may write accents and capitals ("baño", "Popó"): words are compared in the canonical form, shorthand spelled out.
  const token = canonicalText(written).replace(/['\u2019]/g, '');
  if (!WORD.test(token)) {
    throw new Error(`pattern "${source}": "${token}" must be lowercase a-z/0-9 without accents or punctuation`);
  }
  // Messages are read with letters and digits apart ("80s" is "80 s", "3am" "3 am"): a word mixing them never matches.
  if (/[a-z]/.test(token) && /\d/.test(token)) throw new Error(`pattern "${source}": "${token}" mixes letters and digits, which messages are read apart: write them apart`);
  const prefix = token.endsWith('*');
  const text = prefix ? token.slice(0, -1) : spelledOut(token);
  if (prefix && text.length < 3) throw new Error(`pattern "${source}": prefix "${token}" is too short`);
  return { kind: 'word', text, prefix };
}

/** Parse a plain phrase (term group entry) into units; throws on bad syntax. */
export function parsePhrase(phrase: string): Unit[] {
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) throw new Error('empty phrase');
  return tokens.map((t) => parseUnit(t, phrase));
}

// One Group object per term name, so matches can be memoized per message by identity.
const groups = new WeakMap<Terms, Map<string, Group>>();

function groupFor(name: string, source: string, terms: Terms): Group {
  let byName = groups.get(terms);
  if (!byName) groups.set(terms, (byName = new Map()));
  const hit = byName.get(name);
  if (hit) return hit;
  const term = terms[name];
  if (!term) throw new Error(`pattern "${source}": unknown term group {${name}}`);
  const made: Group = { kind: 'group', name, phrases: bothLanguages(term).map((p) => parsePhrase(p)) };
  byName.set(name, made);
  return made;
}

function parseSeq(text: string, source: string, terms: Terms, gapWords: number): Elem[] {
  const out: Elem[] = [];
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    const gap = GAP.exec(token);
    const group = GROUP.exec(token);
    if (token === '...') out.push({ kind: 'gap', max: gapWords });
    else if (gap) out.push({ kind: 'gap', max: Number(gap[1]) });
    else if (group) out.push(groupFor(group[1] ?? '', source, terms));
    else out.push(parseUnit(token, source));
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) throw new Error(`pattern "${source}": empty part`);
  if (first.kind === 'gap' || last.kind === 'gap') throw new Error(`pattern "${source}": cannot start or end with a gap`);
  return out;
}

/** Compile one pattern string (syntax in triage.yaml's header); throws an Error naming the problem. */
export function compilePattern(source: string, terms: Terms, gapWords: number): Pattern {
  const parts = source.split(/\s+&\s+/).map((partText): Part => {
    const sides = partText.split(/\s+~\s+/);
    if (sides.length > 2) throw new Error(`pattern "${source}": only one "~" allowed per part`);
    const [a, b] = sides;
    if (a === undefined) throw new Error(`pattern "${source}": empty part`);
    const left = parseSeq(a, source, terms, gapWords);
    if (b === undefined) return [left];
    const right = parseSeq(b, source, terms, gapWords);
    const gap: Gap = { kind: 'gap', max: gapWords };
    return [
      [...left, gap, ...right],
      [...right, gap, ...left],
    ];
  });
  return { source, parts };
}

/** Every literal word a pattern can match, used to stop real vocabulary being "typo-corrected". */
export function patternWords(pattern: Pattern): string[] {
  const words: string[] = [];
  const addUnit = (u: Unit) => {
    if (u.kind === 'word' && !u.prefix) words.push(u.text);
  };
  for (const part of pattern.parts)
    for (const seq of part)
      for (const el of seq) {
        if (el.kind === 'group') el.phrases.forEach((p) => p.forEach(addUnit));
        else if (el.kind !== 'gap') addUnit(el);
      }
  return words;
}
