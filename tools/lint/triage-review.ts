import type { TriageRules } from '../../functions/triage/schema.js';
import type { Lang } from '../../functions/core/langs.js';
import type { ReviewMeta } from '../../functions/content/schema.js';
import type { SmsText } from './texts.js';
import type * as z from 'zod/mini';

/** Name triage texts and review dates are reported under (content/triage.yaml has no item id). */
export const TRIAGE_ITEM = 'triage';

/** The SMS texts of the triage rules: tier replies, the yes/no questions and the CHECK questions, in each of `codes` (by default the languages its emergency reply is written in). */
export function triageSms(triage: TriageRules, codes: readonly Lang[] = Object.keys(triage.replies.emergency) as Lang[]): SmsText[] {
  const out: SmsText[] = [];
  for (const lang of codes) {
    for (const [tier, text] of Object.entries(triage.replies)) out.push({ item: TRIAGE_ITEM, lang, label: `reply ${tier}`, text: text[lang] });
    for (const [id, ask] of Object.entries(triage.askQuestions)) out.push({ item: TRIAGE_ITEM, lang, label: `question ${id}`, text: ask.question[lang] });
    for (const question of triage.check) out.push({ item: TRIAGE_ITEM, lang, label: `check ${question.id}`, text: question[lang] });
  }
  return out;
}

/** The triage rules' review metadata in the shape items carry, so the same review-date rules apply. */
export function triageReview(triage: TriageRules): z.infer<typeof ReviewMeta> {
  const { version, reviewed, nextReview, reviewerRole, sources } = triage;
  return { id: TRIAGE_ITEM, version, reviewed, nextReview, reviewerRole, sources };
}
