import * as z from 'zod';
import { tierRank, TIERS, type Tier } from '../../functions/core/tiers.js';
import type { TriageResult } from '../../functions/triage/types.js';

/** One labelled message of a triage set (training corpus or blind set), as the clinical brief labels it. */
export const LabelledMessageSchema = z.object({
  text: z.string().min(1),
  lang: z.enum(['en', 'es', 'mix']),
  tier: z.enum(TIERS),
  sign: z.string().optional(),
  style: z.string().optional(),
  rule: z.string().optional(),
  /** A genuinely unclear cauda equina hint: the yes/no question is the right answer. */
  ask: z.boolean().optional(),
});
/** One labelled message. */
export type LabelledMessage = z.infer<typeof LabelledMessageSchema>;
/** A labelled set: `items:` in YAML. */
export const LabelledSetSchema = z.object({ items: z.array(LabelledMessageSchema) });

/** Hits out of a group of messages. */
export interface Rate {
  group: string;
  n: number;
  hits: number;
}

/** A message the classifier got wrong, with what it said. */
export interface Miss {
  item: LabelledMessage;
  got: TriageResult;
}

/** Recall per tier and style, false alarms on non-flags, and every miss. */
export interface TriageScore {
  /** emergency, crisis: caught when classified at least as severe; urgent+soon: caught when classified soon or above. */
  recall: Rate[];
  recallByStyle: Rate[];
  /** Non-flags classified as any tier (the yes/no question is counted apart). */
  falseAlarms: Rate;
  /** Non-flags answered with the yes/no question. */
  asked: Rate;
  misses: Miss[];
  falseAlarmItems: Miss[];
}

/** The recall groups the targets use: emergency, crisis, and urgent with soon counted together. */
export function recallGroup(tier: Tier): string | undefined {
  if (tier === 'none') return undefined;
  return tier === 'soon' || tier === 'urgent' ? 'urgent+soon' : tier;
}

/** True when `got` gives the message at least the care its label needs. */
export function caught(label: Tier, got: TriageResult): boolean {
  if (label === 'none') return true;
  if (label === 'urgent' || label === 'soon') return got.tier !== 'none';
  return tierRank(got.tier) <= tierRank(label);
}

function rate(group: string, outcomes: boolean[]): Rate {
  return { group, n: outcomes.length, hits: outcomes.filter(Boolean).length };
}

/** Scores `classify` on a labelled set (pure). */
export function scoreTriage(items: readonly LabelledMessage[], classify: (text: string, speech: boolean) => TriageResult): TriageScore {
  // A message written as a speech transcript is classified as the voice webhook would: as speech.
  const results = items.map((item) => ({ item, got: classify(item.text, item.style === 'voice') }));
  const flagged = results.filter((r) => r.item.tier !== 'none');
  const none = results.filter((r) => r.item.tier === 'none');
  const groups = ['emergency', 'crisis', 'urgent+soon'];
  const styles = [...new Set(flagged.map((r) => r.item.style ?? 'plain'))].sort();
  return {
    recall: groups.map((g) => rate(g, flagged.filter((r) => recallGroup(r.item.tier) === g).map((r) => caught(r.item.tier, r.got)))),
    recallByStyle: styles.map((s) => rate(s, flagged.filter((r) => (r.item.style ?? 'plain') === s).map((r) => caught(r.item.tier, r.got)))),
    falseAlarms: rate('none', none.map((r) => r.got.tier !== 'none')),
    asked: rate('none', none.map((r) => r.got.tier === 'none' && r.got.ask !== undefined)),
    misses: flagged.filter((r) => !caught(r.item.tier, r.got)),
    falseAlarmItems: none.filter((r) => r.got.tier !== 'none'),
  };
}

/** "n/N (pp.p%)". */
export function formatRate(r: Pick<Rate, 'n' | 'hits'>): string {
  return `${r.hits}/${r.n} (${r.n ? ((100 * r.hits) / r.n).toFixed(1) : '-'}%)`;
}
