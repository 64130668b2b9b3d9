import { doubleMetaphone } from 'double-metaphone';
import { buildLexicon, type Lexicon } from './lexicon.js';
import type { TriageRules } from './schema.js';
import { compilePattern, parsePhrase, patternWords, type Group, type Pattern } from './pattern.js';
import { type Tier } from '../core/tiers.js';

/** A rule or ask-question with its patterns compiled. */
export interface CompiledRule {
  readonly id: string;
  readonly tier: Tier;
  readonly negationWindow: number;
  /** Past and resolution cues do not cancel it (cancer, recent infection). */
  readonly history: boolean;
  /** A hypothetical cue does not cancel it (asking about doses). */
  readonly asked: boolean;
  readonly patterns: readonly Pattern[];
}

/** Everything classify needs, derived once per rules object. */
export interface Compiled {
  readonly rules: readonly CompiledRule[];
  readonly asks: readonly CompiledRule[];
  readonly cues: ReadonlyArray<readonly string[]>;
  readonly cueWords: ReadonlySet<string>;
  readonly signWords: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly linking: ReadonlySet<string>;
  /** After-words that intensify when another word follows ("fiebre bien alta"), and negate only at a clause end ("orino bien"). */
  readonly intensifiers: ReadonlySet<string>;
  /** "or", "ni": a negation reaches 3 words further for each one in a list ("no chest pain or shortness of breath"). */
  readonly coordinators: ReadonlySet<string>;
  readonly idioms: ReadonlyArray<readonly string[]>;
  /** The idioms by their first word. */
  readonly idiomsByFirst: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /** Lexicon matches of tokens already seen (derived from the rules, so safe to share between messages). */
  readonly tokenCache: Map<string, ReadonlySet<string>>;
  /** Spanish sound keys and split-word checks already computed (derived from the rules; shared, bounded). */
  readonly soundCache: Map<string, string>;
  readonly joinCache: Map<string, boolean>;
  /** The term groups whose mention triggers the safety net. */
  readonly safetyNet: { readonly body: readonly Group[]; readonly selfHarm: readonly Group[] };
  /** Negation and context cues by their first word. */
  readonly cueIndex: Readonly<Record<'resolved' | 'past' | 'hypothetical' | 'joke' | 'experiencer' | 'reactivate' | 'present' | 'negation', ReadonlyMap<string, ReadonlyArray<readonly string[]>>>>;
  /** ConText-style modifiers: cue phrases (as word lists) and how far from a sign they reach. */
  readonly context: {
    readonly window: number;
    readonly resolved: ReadonlyArray<readonly string[]>;
    readonly past: ReadonlyArray<readonly string[]>;
    readonly hypothetical: ReadonlyArray<readonly string[]>;
    readonly joke: ReadonlyArray<readonly string[]>;
    readonly reactivate: ReadonlyArray<readonly string[]>;
  };
  /** Words that only ever match exactly: the rule vocabulary plus matching.noFuzzy. */
  readonly exactOnly: ReadonlySet<string>;
  /** matching.noFuzzy: real words never read as a sign word, by spelling or by sound. */
  readonly noFuzzy: ReadonlySet<string>;
  /** Every literal word of the rules, indexed for typo, sound and split-word tolerance. */
  readonly lexicon: Lexicon;
  /** matching.soundAlike (clinical words a speech recognizer mishears) by Double Metaphone key. */
  readonly soundsLike: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lexicon words of 6+ letters by first letter and length: candidates for rejoining a word speech split in two. */
  readonly longWords: ReadonlyMap<string, readonly string[]>;
}

const words = (phrase: string) => phrase.trim().split(/\s+/).filter(Boolean);
/** A cue phrase in the canonical form the message is in ('' for a number slot, which matches nothing). */
const phraseWords = (phrase: string) => parsePhrase(phrase).map((u) => (u.kind === 'word' ? u.text : `#${u.min}-${u.max}`));

// Derived data only; keyed by the rules object so classify stays a pure function of its inputs.
const cache = new WeakMap<TriageRules, Compiled>();

/** The compiled term group `name` (the same object patterns use). */
function groupOf(name: string, rules: TriageRules): Group {
  const el = compilePattern(`{${name}}`, rules.terms, rules.matching.gapWords).parts[0]?.[0]?.[0];
  if (el?.kind !== 'group') throw new Error(`safetyNet: unknown term group {${name}}`);
  return el;
}

/** Phrases by their first word; phrases starting with a number range (`#2-60`) all under '#'. */
function byFirstWord(phrases: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const index = new Map<string, Array<readonly string[]>>();
  for (const phrase of phrases) {
    const first = phrase[0] ?? '';
    const key = first.startsWith('#') ? '#' : first;
    index.set(key, [...(index.get(key) ?? []), phrase]);
  }
  return index;
}

function lengthIndex(words: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    const key = `${word[0]}${word.length}`;
    index.set(key, [...(index.get(key) ?? []), word]);
  }
  return index;
}

function soundIndex(lexicon: readonly string[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const word of lexicon) {
    for (const key of [doubleMetaphone(word)[0]]) {
      if (key.length < 2) continue;
      let words = index.get(key);
      if (!words) index.set(key, (words = new Set()));
      words.add(word);
    }
  }
  return index;
}

/** Compile (and memoize) the rules; throws an Error naming a bad pattern. */
export function compileRules(rules: TriageRules): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const gap = rules.matching.gapWords;
  const exactOnly = new Set<string>(rules.matching.noFuzzy);
  const build = (id: string, tier: Tier, window: number, en: readonly string[], es: readonly string[], flags: { history?: boolean; asked?: boolean } = {}): CompiledRule => {
    const patterns = [...en, ...es].map((p) => {
      try {
        return compilePattern(p, rules.terms, gap);
      } catch (e) {
        throw new Error(`rule "${id}": ${(e as Error).message}`, { cause: e });
      }
    });
    patterns.forEach((p) => patternWords(p).forEach((w) => exactOnly.add(w)));
    return { id, tier, negationWindow: window, history: flags.history ?? false, asked: flags.asked ?? false, patterns };
  };
  const neg = rules.negation;
  const compiled: Compiled = {
    rules: rules.rules.map((r) => build(r.id, r.tier, r.negationWindow ?? neg.window, r.en, r.es, r)),
    asks: Object.entries(rules.askQuestions).map(([id, a]) => build(id, a.yesTier, neg.window, a.en, a.es)),
    cues: [...neg.cues.en, ...neg.cues.es].map(words).sort((a, b) => b.length - a.length),
    cueWords: new Set([...neg.cues.en, ...neg.cues.es].filter((c) => words(c).length === 1)),
    signWords: new Set(neg.signWords),
    stops: new Set([...neg.stops.en, ...neg.stops.es]),
    after: new Set([...neg.after.en, ...neg.after.es]),
    linking: new Set(neg.linking),
    intensifiers: new Set(neg.intensifiers),
    coordinators: new Set(neg.coordinators),
    idioms: [...rules.idioms.en, ...rules.idioms.es].map(phraseWords),
    idiomsByFirst: byFirstWord([...rules.idioms.en, ...rules.idioms.es].map(phraseWords)),
    tokenCache: new Map(),
    soundCache: new Map(),
    joinCache: new Map(),
    safetyNet: {
      body: rules.safetyNet.body.map((name) => groupOf(name, rules)),
      selfHarm: rules.safetyNet.selfHarm.map((name) => groupOf(name, rules)),
    },
    cueIndex: {
      resolved: byFirstWord([...rules.context.resolved.en, ...rules.context.resolved.es].map(phraseWords)),
      past: byFirstWord([...rules.context.past.en, ...rules.context.past.es].map(phraseWords)),
      hypothetical: byFirstWord([...rules.context.hypothetical.en, ...rules.context.hypothetical.es].map(phraseWords)),
      joke: byFirstWord([...rules.context.joke.en, ...rules.context.joke.es].map(phraseWords)),
      experiencer: byFirstWord([...rules.context.experiencer.en, ...rules.context.experiencer.es].map(phraseWords)),
      reactivate: byFirstWord([...rules.context.reactivate.en, ...rules.context.reactivate.es].map(phraseWords)),
      present: byFirstWord([...rules.context.present.en, ...rules.context.present.es].map(phraseWords)),
      negation: byFirstWord([...neg.cues.en, ...neg.cues.es].map(words)),
    },
    context: {
      window: rules.context.window,
      resolved: [...rules.context.resolved.en, ...rules.context.resolved.es].map(phraseWords),
      past: [...rules.context.past.en, ...rules.context.past.es].map(phraseWords),
      hypothetical: [...rules.context.hypothetical.en, ...rules.context.hypothetical.es].map(phraseWords),
      joke: [...rules.context.joke.en, ...rules.context.joke.es].map(phraseWords),
      reactivate: [...rules.context.reactivate.en, ...rules.context.reactivate.es].map(phraseWords),
    },
    exactOnly,
    noFuzzy: new Set(rules.matching.noFuzzy),
    lexicon: buildLexicon([...exactOnly].filter((w) => !rules.matching.noFuzzy.includes(w))),
    soundsLike: soundIndex(rules.matching.soundAlike),
    longWords: lengthIndex([...exactOnly].filter((w) => w.length >= 6 && !rules.matching.noFuzzy.includes(w))),
  };
  cache.set(rules, compiled);
  return compiled;
}
