import type { Content } from '../../functions/content/model.js';
import { programTipId } from '../../functions/engine/program-day.js';
import { byLanguage, type Lang } from '../../functions/core/langs.js';
import type { LintReport } from '../lint/lint-content.js';
import { CAUSES_MENU, HELP_TOPIC } from '../lint/safety-lines.js';
import type { SmsText } from '../lint/texts.js';
import { TRIAGE_ITEM, triageReview } from '../lint/triage-review.js';
import { esc } from './html.js';
import { cells, findingsFor, itemSection, scoreOf, smsCell, type Row } from './item-section.js';

/** Section ids of the red-flag part, for the table of contents. */
export const RED_FLAG_PARTS = [
  { id: TRIAGE_ITEM, title: 'Triage replies, questions and CHECK (triage.yaml)' },
  { id: HELP_TOPIC, title: 'When to get help' },
  { id: 'cause-lines', title: 'Cause summaries: the emergency line on page 1' },
  { id: 'day-one', title: 'Daily program: day 1' },
] as const;

/** The SMS rows of one item, each with its own score; a topic's rows are "SMS 1", "SMS 2"... with the footer on screen only. */
export function smsRows(content: Content, sms: readonly SmsText[], lint: LintReport, item: string, topic = false): Row[] {
  const mine = byLanguage(content.languages.codes, (l) => sms.filter((s) => s.item === item && s.lang === l));
  const length = Math.max(0, ...Object.values(mine).map((list) => list.length));
  return Array.from({ length }, (_, i): Row => {
    const label = content.languages.codes.map((l) => mine[l][i]).find(Boolean)?.label ?? '';
    const cell = (s: SmsText | undefined) => smsCell(s, s && scoreOf(lint.scores, s), topic);
    return [topic ? label.replace(/^page (\d+)\/\d+$/, 'SMS $1') : label, cells(content.languages, (l) => cell(mine[l][i]))];
  });
}

/**
 * Part 1 of the report, what a reviewer must see first: every triage reply, yes/no question and CHECK question (and the
 * spoken tier advice), the when-to-get-help topic (`help`, rendered by the caller like any item), page 1 of each cause
 * summary (where its emergency line is), and the daily program's day 1. Pure.
 */
export function renderRedFlagPart(content: Content, lint: LintReport, sms: readonly SmsText[], help: string): string {
  const { languages } = content;
  const rows = smsRows(content, sms, lint, TRIAGE_ITEM);
  for (const [tier, texts] of Object.entries(content.triage.voiceReplies)) rows.push([`voice reply ${tier}`, cells(languages, (l) => `<span class="text">${esc(texts[l])}</span>`)]);
  const triage = itemSection(languages, { ...triageReview(content.triage), kind: 'red-flag replies (triage.yaml)' }, rows, [], findingsFor(lint, TRIAGE_ITEM));
  const causes = content.nodes.get(CAUSES_MENU);
  const causeRows = (causes?.kind === 'menu' ? causes.options : []).flatMap((id) => {
    const first = (lang: Lang) => sms.find((s) => s.item === id && s.lang === lang && s.label.startsWith('page 1/'));
    return first(languages.default.code) ? [`<tr><th scope="row"><a href="#${esc(id)}">${esc(id)}</a></th>${languages.codes.map((l) => `<td lang="${l}">${smsCell(first(l), first(l) && scoreOf(lint.scores, first(l)!), true)}</td>`).join('')}</tr>`] : [];
  });
  const dayOne = programTipId(content.program, 1, '');
  const dayOneSms = (lang: Lang) => sms.find((s) => s.lang === lang && s.label === `tip ${dayOne}`);
  const names = languages.list.map((l) => `<th>${esc(l.row.name)}</th>`).join('');
  return `<h2 id="part-red-flags">1. Red-flag content</h2>
${triage}
${help}
<section class="item" id="cause-lines"><h3>Cause summaries: page 1, with the emergency line</h3>
<p class="small">Each summary is in full in part 2; its first page must carry 911 and the saddle sign (rule first-page-emergency).</p>
<table class="side"><tr><th>Summary</th>${names}</tr>
${causeRows.join('\n')}</table></section>
<section class="item" id="day-one"><h3>Daily program: day 1 <span class="small">(tip ${esc(dayOne)}, every subscriber; rule program-day-one)</span></h3>
<table class="side"><tr><th></th>${names}</tr>
<tr><th scope="row">day 1</th>${languages.codes.map((l) => `<td lang="${l}">${smsCell(dayOneSms(l), dayOneSms(l) && scoreOf(lint.scores, dayOneSms(l)!))}</td>`).join('')}</tr></table></section>`;
}
