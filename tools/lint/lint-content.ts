import type { Content } from '../../functions/content/model.js';
import { languageOf } from '../../functions/content/languages.js';
import { checkReview } from './review-dates.js';
import { checkSms } from './sms-encoding.js';
import { copiedRuns, type SourceFingerprint } from './copied-text.js';
import { checkReach } from './reach.js';
import { checkSafety } from './safety-lines.js';
import { checkTips } from './tip-safety.js';
import { scoreTexts, scoredTexts } from './reading-scores.js';
import { authoredTexts, renderedSms, voicePrompts } from './texts.js';
import { triageReview, triageSms } from './triage-review.js';
import type { Finding, LintReport, Sink } from './types.js';
import { checkVoice } from './voice-prompts.js';

export type { Finding, ItemScore, LintReport } from './types.js';

/** What lintContent needs from outside: the date to judge reviews by and the source article's fingerprint. */
export interface LintOptions {
  /** ISO date (YYYY-MM-DD) reviews are judged against. */
  today: string;
  /** The consumer article content is based on, fingerprinted; no 8-word run of it may appear in content. */
  source: SourceFingerprint;
}

/**
 * Checks content against the writing rules (SMS encoding and segments, voice length, reading level, review dates,
 * copying from the source article, keyword reach, safety lines: emergency transport, cauda equina named, the
 * emergency line on a cause summary's first page, when-to-get-help on self-care topics, 911 and 988 first; tips: a stretch's
 * stop rule, the daily program's day 1 naming 911 and 988); triage replies and questions get the SMS and review-date rules.
 * Pure: the same content and options give the same report.
 */
export function lintContent(content: Content, options: LintOptions): LintReport {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const sink: Sink = { error: (f) => errors.push(f), warn: (f) => warnings.push(f) };
  for (const item of [...content.items, triageReview(content.triage)]) checkReview(item, options.today, sink);
  for (const sms of renderedSms(content)) checkSms(sms, sink, languageOf(content.languages, sms.lang).row.sms.alphabet);
  for (const prompt of voicePrompts(content)) checkVoice(prompt, sink);
  const texts = authoredTexts(content);
  const scores = scoreTexts(scoredTexts(texts, triageSms(content.triage, content.languages.codes)), content.languages, sink);
  for (const { item, lang, label, text } of texts) {
    for (const run of copiedRuns(text, options.source)) {
      sink.error({ item, lang, rule: 'source-copy', message: `${label}: ${run.split(' ').length} words in a row copied from the source article: "${run}"; write it fresh` });
    }
  }
  checkReach(content, sink);
  checkSafety(content, sink);
  checkTips(content, sink);
  return { errors, warnings, scores };
}
