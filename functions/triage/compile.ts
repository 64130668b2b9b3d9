import type { TriageRules } from './schema.js';
import { compilePattern, parsePhrase, patternWords, type Pattern } from './pattern.js';
import { type Tier } from '../core/tiers.js';

/** A rule or ask-question with its patterns compiled. */
export interface CompiledRule {
  readonly id: string;
  readonly tier: Tier;
  readonly negationWindow: number;
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
  readonly idioms: ReadonlyArray<readonly string[]>;
  /** Words that only ever match exactly: the rule vocabulary plus matching.noFuzzy. */
  readonly exactOnly: ReadonlySet<string>;
}

const words = (phrase: string) => phrase.trim().split(/\s+/).filter(Boolean);

// Derived data only; keyed by the rules object so classify stays a pure function of its inputs.
const cache = new WeakMap<TriageRules, Compiled>();

/** Compile (and memoize) the rules; throws an Error naming a bad pattern. */
export function compileRules(rules: TriageRules): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const gap = rules.matching.gapWords;
  const exactOnly = new Set<string>(rules.matching.noFuzzy);
  const build = (id: string, tier: Tier, window: number, en: readonly string[], es: readonly string[]): CompiledRule => {
    const patterns = [...en, ...es].map((p) => {
      try {
        return compilePattern(p, rules.terms, gap);
      } catch (e) {
        throw new Error(`rule "${id}": ${(e as Error).message}`, { cause: e });
      }
    });
    patterns.forEach((p) => patternWords(p).forEach((w) => exactOnly.add(w)));
    return { id, tier, negationWindow: window, patterns };
  };
  const neg = rules.negation;
  const compiled: Compiled = {
    rules: rules.rules.map((r) => build(r.id, r.tier, r.negationWindow ?? neg.window, r.en, r.es)),
    asks: Object.entries(rules.askQuestions).map(([id, a]) => build(id, a.yesTier, neg.window, a.en, a.es)),
    cues: [...neg.cues.en, ...neg.cues.es].map(words).sort((a, b) => b.length - a.length),
    cueWords: new Set([...neg.cues.en, ...neg.cues.es].filter((c) => words(c).length === 1)),
    signWords: new Set(neg.signWords),
    stops: new Set([...neg.stops.en, ...neg.stops.es]),
    after: new Set([...neg.after.en, ...neg.after.es]),
    linking: new Set(neg.linking),
    idioms: [...rules.idioms.en, ...rules.idioms.es].map((i) => parsePhrase(i).map((u) => (u.kind === 'word' ? u.text : ''))),
    exactOnly,
  };
  cache.set(rules, compiled);
  return compiled;
}
