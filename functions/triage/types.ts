import type { Tier } from '../core/tiers.js';

/** Outcome of classifying one message. */
export interface TriageResult {
  tier: Tier;
  /** Id of the matched rule of the winning tier ('second-opinion' when the statistical model raised it); null when tier is none. */
  rule: string | null;
  /** Every rule matched, `rule` first (other tiers included), when tier is not none: all the signs a page should name. */
  signs?: string[];
  /** Unclear cauda equina hint: ask rules.askQuestions[rule]; only set when tier is not emergency/crisis. */
  ask?: { rule: string };
  /** Set when the signs are someone else's (a parent, partner, child): the tier stays, the advice is for them. */
  experiencer?: 'other';
}

/** The word lists of context.clauses (read by clause-time.ts and modifiers.ts), each a plain list of words or two-word phrases. */
export const CLAUSE_LISTS = ['joiners', 'subjects', 'events', 'starters', 'subordinators', 'pointers', 'pointerLeads', 'pastWords', 'counts', 'links', 'episodes', 'comparers', 'comparerLeads', 'comparerPairs', 'turns', 'owners', 'conditionals', 'frames', 'suppositions', 'openingSuppositions', 'unreal', 'triggers', 'others', 'self', 'factives', 'openers', 'personal', 'claims', 'limiters', 'possessives', 'denied', 'reporters', 'manner'] as const;
/** The name of one context.clauses list. */
export type ClauseList = (typeof CLAUSE_LISTS)[number];

/** A list written per language (English, then Spanish) as one list: a message in either may use either. */
export function bothLanguages(lists: { readonly en: readonly string[]; readonly es: readonly string[] }): string[] {
  return [...lists.en, ...lists.es];
}
