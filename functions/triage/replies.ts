import type { Lang } from '../core/langs.js';
import { UnknownTriageRuleError } from './errors.js';
import { SECOND_OPINION_LABEL, SECOND_OPINION_RULE } from './second-opinion.js';
import type { TriageRules } from './schema.js';
import { type Tier } from '../core/tiers.js';

/** Reply text for a tier in the contact's language ("none" is the all-clear after CHECK). */
export function replyFor(rules: TriageRules, tier: Tier, lang: Lang): string {
  return rules.replies[tier][lang];
}

/** The yes/no question for an unclear cauda equina hint; throws UnknownTriageRuleError if undefined. */
export function askQuestion(rules: TriageRules, rule: string, lang: Lang): string {
  const ask = rules.askQuestions[rule];
  if (!ask) throw new UnknownTriageRuleError(rule);
  return ask.question[lang];
}

/** Tier to escalate to when the contact answers YES to an ask question (normally emergency). */
export function askAnswerTier(rules: TriageRules, rule: string): Tier {
  const ask = rules.askQuestions[rule];
  if (!ask) throw new UnknownTriageRuleError(rule);
  return ask.yesTier;
}

/** The structured CHECK questions, most dangerous first; the engine keeps the index in its state. */
export function checkQuestions(
  rules: TriageRules,
): ReadonlyArray<{ id: string; tier: Tier; rule: string; en: string; es: string }> {
  return rules.check;
}

/** A sign in plain words for staff: the rule's or yes/no question's label (or the second opinion's), never an internal id. */
export function signLabel(rules: TriageRules, id: string): string {
  if (id === SECOND_OPINION_RULE) return SECOND_OPINION_LABEL;
  return rules.rules.find((r) => r.id === id)?.label ?? rules.askQuestions[id]?.label ?? 'A red flag (see the record)';
}
