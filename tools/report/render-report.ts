import type { ItemScore, LintReport } from '../lint/lint-content.js';
import { HELP_TOPIC } from '../lint/safety-lines.js';
import { renderedSms, voicePrompts, type SmsText, type VoiceText } from '../lint/texts.js';
import { triageReview } from '../lint/triage-review.js';
import type { Content } from '../../functions/content/model.js';
import type { Item } from '../../functions/content/schema.js';
import type { Lang } from '../../functions/core/langs.js';
import { REPORT_CSS, esc } from './html.js';
import { cells, findingsFor, itemSection, type Row } from './item-section.js';
import { RED_FLAG_PARTS, renderRedFlagPart, smsRows } from './red-flag-section.js';
import { renderSignOff } from './sign-off.js';
import { renderToc } from './toc.js';
import { renderTriageSection, type ScoredSet } from './triage-section.js';

/** What the report says about itself: when it was made and where the content came from; triage scores when measured. */
export interface ReportMeta {
  generatedAt: string;
  contentDir: string;
  triageSets?: readonly ScoredSet[];
}

/**
 * The clinical review sheet: a table of contents; red-flag content first (triage replies, when-to-get-help, the cause
 * summaries' emergency lines, the daily program's day 1); then every other item with both languages side by side,
 * each SMS page with its size and reading score; the red-flag rules; and a sign-off table per item. Prints on A4 or
 * Letter (print CSS). Pure.
 */
export function renderReport(content: Content, lint: LintReport, meta: ReportMeta): string {
  const sms = renderedSms(content);
  const voice = voicePrompts(content);
  const items = [...content.items].sort((a, b) => a.id.localeCompare(b.id));
  const section = (item: Item) => itemSection(content.languages, item, itemRows(content, item, sms, voice, lint), lint.scores.filter((s: ItemScore) => s.item === item.id), findingsFor(lint, item.id));
  const help = items.find((i) => i.id === HELP_TOPIC);
  const rest = items.filter((i) => i !== help);
  const triage = { ...triageReview(content.triage), kind: 'triage' };
  const signOff = `${meta.triageSets ? 4 : 3}. Sign-off`;
  const toc = renderToc([
    { id: 'part-red-flags', title: '1. Red-flag content', sections: RED_FLAG_PARTS.filter((p) => p.id !== HELP_TOPIC || help) },
    { id: 'part-items', title: '2. Every other item, by id', items: rest },
    ...(meta.triageSets ? [{ id: 'red-flag-rules', title: '3. Red-flag rules, in plain words, and how well they catch' }] : []),
    { id: 'sign-off', title: signOff },
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Backline content review ${esc(content.version)}</title><style>${REPORT_CSS}</style></head>
<body>
<h1>Backline content review</h1>
<p class="meta">Content version ${esc(content.version)} from ${esc(meta.contentDir)}, generated ${esc(meta.generatedAt)}.
${content.items.length} items; <span class="${lint.errors.length ? 'error' : 'ok'}">${lint.errors.length} errors</span>, <span class="warning">${lint.warnings.length} warnings</span>.
Limits: ${content.languages.list.map(({ row }) => esc(`${row.name}: ${'max' in row.readability ? `Flesch-Kincaid grade (FK) <= ${row.readability.max}` : `Fernandez-Huerta ease (FH) >= ${row.readability.min}`}`)).join(', ')}, for every SMS page on its own and each item's voice script; SMS GSM-7 only (Spanish keeps n tilde, e acute, u diaeresis and the inverted marks; a, i, o, u acute are left out because they force UCS-2), at most 2 segments a page. An item whose reviewer role says pending sign-off has not been signed by a clinician.</p>
${toc}
${renderRedFlagPart(content, lint, sms, help ? section(help) : '')}
<h2 id="part-items">2. Every other item</h2>
${rest.map(section).join('\n')}
${meta.triageSets ? renderTriageSection(content.triage, meta.triageSets) : ''}
${renderSignOff([triage, ...items], signOff)}
</body></html>
`;
}

/** Title and keywords, the daily program's stages, every SMS page and the voice texts of one item. */
function itemRows(content: Content, item: Item, sms: readonly SmsText[], voice: readonly VoiceText[], lint: LintReport): Row[] {
  const rows: Row[] = [];
  const { languages } = content;
  if (item.kind !== 'messages' && item.kind !== 'tips') {
    const spoken = (l: Lang) => (languages.codes.some((k) => item[k].voiceTitle) ? `; spoken: ${esc(item[l].voiceTitle ?? item[l].title)}` : '');
    rows.push(['Title', cells(languages, (l) => `<b>${esc(item[l].title)}</b>${spoken(l)}. <span class="small">Keywords: ${esc(item[l].keywords.join(', ') || '(none)')}</span>`)]);
  }
  if (item.kind === 'action' && item.program) {
    const days = content.program.stages.map((s) => `${s.from === s.to ? `day ${s.from}` : `days ${s.from}-${s.to}`}: ${s.tip ?? 'varied (a different pool tip each day)'}`).join('; ');
    rows.push(['Program', cells(languages, () => esc(days))]);
  }
  rows.push(...smsRows(content, sms, lint, item.id, item.kind === 'topic'));
  for (const kind of ['script', 'menu'] as const) {
    const prompts = cells(languages, (l) => voice.find((v) => v.item === item.id && v.lang === l && v.kind === kind)?.text ?? '');
    if (languages.codes.some((l) => prompts[l])) rows.push([kind === 'script' ? 'Voice script' : 'Voice menu', cells(languages, (l) => `<span class="text">${esc(prompts[l])}</span> <span class="sms">[${prompts[l].length} ch]</span>`)]);
  }
  return rows;
}
