/** Triage tiers, named as in the clinical brief. */
export type Tier = 'emergency' | 'crisis' | 'urgent' | 'soon' | 'none';

/** Tiers from most to least severe; the first tier found in a message wins. */
export const TIER_ORDER: readonly Tier[] = Object.freeze(['emergency', 'crisis', 'urgent', 'soon', 'none'] as const);

/** Outcome of classifying one message. */
export interface TriageResult {
  tier: Tier;
  /** Id of the matched rule of the winning tier; null when tier is none. */
  rule: string | null;
  /** Unclear cauda equina hint: ask rules.askQuestions[rule]; only set when tier is not emergency/crisis. */
  ask?: { rule: string };
}

/** Lower is more severe (index in TIER_ORDER). */
export function tierRank(tier: Tier): number {
  return TIER_ORDER.indexOf(tier);
}
