import type { Finding, ItemScore, LintReport } from '../lint/lint-content.js';
import { inspectSms } from '../lint/sms-encoding.js';
import { byLanguage, type Lang } from '../../functions/core/langs.js';
import type { Languages } from '../../functions/content/languages.js';
import { esc } from './html.js';
import { signOffStatus, type Reviewed } from './sign-off.js';

/** One row of a side-by-side table: a label and a cell per language. */
export type Row = [label: string, cells: Record<Lang, string>];

/** A cell per language of the content from one renderer. */
export function cells(languages: Languages, render: (lang: Lang) => string): Record<Lang, string> {
  return byLanguage(languages.codes, render);
}

/** The linter's score of an SMS text as it is labelled when rendered ("page 2/3" is scored as "page 2", a menu by its intro). */
export function scoreOf(scores: readonly ItemScore[], sms: { item: string; lang: Lang; label: string }): ItemScore | undefined {
  const label = sms.label.replace(/^page (\d+)\/\d+$/, 'page $1').replace(/^menu$/, 'intro');
  return scores.find((s) => s.channel === 'sms' && s.item === sms.item && s.lang === sms.lang && s.label === label);
}

/** A reading score in a few characters: "FK 3.2" (grade, English) or "FH 81.0" (ease, Spanish), marked when over the limit. */
export function scoreBadge(score: ItemScore | undefined): string {
  if (!score) return '';
  const name = score.formula === 'flesch-kincaid-grade' ? 'FK' : 'FH';
  return `, <span class="${score.pass ? 'ok' : 'error'}">${name} ${score.score.toFixed(1)}${score.pass ? '' : ` (limit ${score.limit})`}</span>`;
}

/**
 * An SMS as sent, with its size, encoding, segments and its own reading score. With `footer`, the last line (a topic
 * page's MORE/BACK footer, reviewed in messages) is shown only on screen; the sizes always count it.
 */
export function smsCell(sms: { label: string; text: string } | undefined, score?: ItemScore, footer = false): string {
  if (!sms) return '<span class="small">(none)</span>';
  const info = inspectSms(sms.text);
  const cut = footer ? sms.text.lastIndexOf('\n') : -1;
  const text = cut < 0 ? esc(sms.text) : `${esc(sms.text.slice(0, cut))}<span class="footer">${esc(sms.text.slice(cut))}</span>`;
  return `<span class="text">${text}</span> <span class="sms">[${info.characters} ch, ${info.encoding}, ${info.segments} seg${scoreBadge(score)}]</span>`;
}

/** The item's errors, then its warnings. */
export function findingsFor(lint: LintReport, id: string): { severity: 'error' | 'warning'; finding: Finding }[] {
  return [
    ...lint.errors.filter((f) => f.item === id).map((finding) => ({ severity: 'error' as const, finding })),
    ...lint.warnings.filter((f) => f.item === id).map((finding) => ({ severity: 'warning' as const, finding })),
  ];
}

/** The voice score in a language's column heading (SMS texts carry their own scores). */
function voiceScore(scores: readonly ItemScore[], lang: Lang): string {
  const voice = scores.find((s) => s.channel === 'voice' && s.lang === lang);
  if (!voice) return '';
  return `<br><span class="small">voice: <span class="${voice.pass ? 'ok' : 'error'}">${voice.formula === 'flesch-kincaid-grade' ? 'FK grade' : 'Fernandez-Huerta'} ${voice.score.toFixed(1)}</span></span>`;
}

/** One item (or the triage rules): review header with its sign-off status, findings, and its languages side by side. */
export function itemSection(languages: Languages, item: Reviewed, rows: readonly Row[], scores: readonly ItemScore[], findings: ReturnType<typeof findingsFor>): string {
  const status = signOffStatus(item.reviewerRole);
  const headings = languages.list.map(({ code, row }) => `<th>${esc(row.name)}${voiceScore(scores, code)}</th>`).join('');
  const body = rows.map(([label, c]) => `<tr><th scope="row">${esc(label)}</th>${languages.codes.map((l) => `<td lang="${l}">${c[l]}</td>`).join('')}</tr>`).join('\n');
  return `<section class="item" id="${esc(item.id)}">
<h3>${esc(item.id)} <span class="small">${esc(item.kind)}, version ${esc(item.version)}</span> <span class="status ${status.signed ? 'signed' : 'pending'}">${esc(status.text)}</span></h3>
<p class="review small">Reviewed ${esc(item.reviewed)}, next review ${esc(item.nextReview)}. Reviewer role: ${esc(item.reviewerRole)}. Sources: <span class="sources">${item.sources.map(esc).join('; ')}</span>.</p>
${findingList(findings)}
<table class="side"><tr><th></th>${headings}</tr>
${body}</table>
</section>`;
}

function findingList(findings: ReturnType<typeof findingsFor>): string {
  if (findings.length === 0) return '';
  return `<ul class="findings">${findings.map(({ severity, finding: f }) => `<li class="${severity}">${severity}: ${f.lang ? `[${f.lang}] ` : ''}<b>${esc(f.rule)}</b>: ${esc(f.message)}</li>`).join('')}</ul>`;
}
