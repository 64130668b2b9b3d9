import { classify, safetyNet } from '../../functions/triage/classify.js';
import { signLabel } from '../../functions/triage/replies.js';
import type { TriageRules } from '../../functions/triage/schema.js';
import type { Tier } from '../../functions/core/tiers.js';

/** A sign that was found but did not count, and the modifier that set it aside, in plain words. */
export interface SetAside {
  sign: string;
  why: string;
}

/** What triage made of one input, for the simulator: tier, signs in words (never rule ids), modifiers. */
export interface TriageExplanation {
  tier: Tier;
  /** The signs that decided the tier, the deciding one first, as the rules' labels. */
  signs: string[];
  /** The signs are someone else's (a parent, partner, child): the tier stays, the advice is for them. */
  someoneElse: boolean;
  /** Signs found but set aside by a modifier (negation, over, only a question, a joke, an idiom). */
  setAside: SetAside[];
  /** An unclear hint that makes Backline ask one yes/no question: what a YES would mean. */
  asks?: string;
  /** For a message with no sign: what the safety net would offer if the menus do not understand it. */
  safetyNet?: 'body' | 'self-harm';
}

/** Each modifier, as a copy of the rules with its cues emptied: a sign that matches only without them was set aside by them. */
const MODIFIERS: ReadonlyArray<{ why: string; strip: (r: TriageRules) => TriageRules }> = [
  { why: 'negated (a word like "no", "not" or "sin" before it, or "fine" after it)', strip: (r) => ({ ...r, negation: { ...r.negation, cues: { en: [], es: [] }, after: { en: [], es: [] } } }) },
  { why: 'said to be over or in the past ("went away", "years ago")', strip: (r) => ({ ...r, context: { ...r.context, resolved: { en: [], es: [] }, explained: { en: [], es: [] }, past: { en: [], es: [] } } }) },
  { why: 'only asked about (a question or "what if")', strip: (r) => ({ ...r, context: { ...r.context, hypothetical: { en: [], es: [] }, question: { en: [], es: [] } } }) },
  { why: 'said as a joke ("jk", "es broma")', strip: (r) => ({ ...r, context: { ...r.context, joke: { en: [], es: [] } } }) },
  { why: 'part of an idiom ("this pain is killing me")', strip: (r) => ({ ...r, idioms: { en: [], es: [] } }) },
];

const variants = new WeakMap<TriageRules, TriageRules[]>();

function stripped(rules: TriageRules): TriageRules[] {
  let found = variants.get(rules);
  if (!found) variants.set(rules, (found = MODIFIERS.map((m) => m.strip(rules))));
  return found;
}

/**
 * Classifies `text` as the engine does and explains it: the tier and its signs in words, someone else's signs,
 * and every sign a modifier set aside (found by classifying again with that modifier's cues removed). Local only.
 */
export function explainTriage(rules: TriageRules, text: string, speech = false): TriageExplanation {
  const result = classify(rules, text, speech);
  const counted = new Set(result.signs ?? []);
  const setAside: SetAside[] = [];
  stripped(rules).forEach((variant, i) => {
    const other = classify(variant, text, speech);
    if (other.tier === 'none') return;
    for (const id of other.signs ?? []) {
      if (counted.has(id) || setAside.some((s) => s.sign === signLabel(rules, id))) continue;
      setAside.push({ sign: signLabel(rules, id), why: MODIFIERS[i]?.why ?? '' });
    }
  });
  const net = result.tier === 'none' && !result.ask ? safetyNet(rules, text, speech) : undefined;
  return {
    tier: result.tier,
    signs: [...new Set((result.signs ?? []).map((id) => signLabel(rules, id)))],
    someoneElse: result.experiencer === 'other',
    setAside,
    ...(result.ask ? { asks: signLabel(rules, result.ask.rule) } : {}),
    ...(net ? { safetyNet: net } : {}),
  };
}
