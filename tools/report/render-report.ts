import type { Finding, ItemScore, LintReport } from '../lint/lint-content.js';
import { inspectSms } from '../lint/sms-encoding.js';
import { renderedSms, voicePrompts } from '../lint/texts.js';
import { TRIAGE_ITEM, triageReview } from '../lint/triage-review.js';
import type { Content } from '../../functions/content/model.js';
import { REPORT_CSS, esc } from './html.js';
import { renderTriageSection, type ScoredSet } from './triage-section.js';
import type { Item } from '../../functions/content/schema.js';
import { LANGS, type Lang } from '../../functions/core/langs.js';

/** What the report says about itself: when it was made and where the content came from; triage scores when measured. */
export interface ReportMeta {
  generatedAt: string;
  contentDir: string;
  triageSets?: readonly ScoredSet[];
}

/** The review header every section shows: items and the triage rules both carry it. */
type Reviewed = Pick<Item, 'id' | 'version' | 'reviewed' | 'nextReview' | 'reviewerRole' | 'sources'> & { kind: string };

type Cells = Record<Lang, string>;

/** The clinical review sheet: every item with both languages side by side, its scores, sources, dates and findings, and a signature block. Pure. */
export function renderReport(content: Content, lint: LintReport, meta: ReportMeta): string {
  const sms = renderedSms(content);
  const voice = voicePrompts(content);
  const sections = [...content.items].sort((a, b) => a.id.localeCompare(b.id)).map((item) => {
    const rows: [string, Cells][] = [];
    if (item.kind !== 'messages' && item.kind !== 'tips') {
      rows.push(['Title', cells((l) => esc(item[l].title))]);
      if (LANGS.some((l) => item[l].voiceTitle)) rows.push(['Voice title', cells((l) => esc(item[l].voiceTitle ?? item[l].title))]);
      rows.push(['Keywords', cells((l) => esc(item[l].keywords.join(', ') || '(none)'))]);
    }
    const mine = (l: Lang) => sms.filter((s) => s.item === item.id && s.lang === l);
    const count = Math.max(mine('en').length, mine('es').length);
    for (let i = 0; i < count; i++) {
      rows.push([item.kind === 'topic' ? `SMS ${i + 1}` : (mine('en')[i] ?? mine('es')[i])?.label ?? '', cells((l) => smsCell(mine(l)[i]))]);
    }
    for (const kind of ['script', 'menu'] as const) {
      const prompts = cells((l) => voice.find((v) => v.item === item.id && v.lang === l && v.kind === kind)?.text ?? '');
      if (prompts.en || prompts.es) rows.push([kind === 'script' ? 'Voice script' : 'Voice menu', cells((l) => `<pre>${esc(prompts[l])}</pre><div class="small">${prompts[l].length} characters</div>`)]);
    }
    return itemSection(item, rows, lint.scores.filter((s) => s.item === item.id), findingsFor(lint, item.id));
  });
  const triage = sms.filter((t) => t.item === TRIAGE_ITEM);
  const mine = (l: Lang) => triage.filter((t) => t.lang === l);
  const rows = mine('en').map((t, i): [string, Cells] => [t.label, { en: smsCell(t), es: smsCell(mine('es')[i]) }]);
  sections.push(itemSection({ ...triageReview(content.triage), kind: 'red-flag rules (triage.yaml)' }, rows, [], findingsFor(lint, TRIAGE_ITEM)));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Backline content review ${esc(content.version)}</title><style>${REPORT_CSS}</style></head>
<body>
<h1>Backline content review</h1>
<p class="meta">Content version ${esc(content.version)} from ${esc(meta.contentDir)}, generated ${esc(meta.generatedAt)}.
${content.items.length} items; <span class="${lint.errors.length ? 'error' : 'ok'}">${lint.errors.length} errors</span>, <span class="warning">${lint.warnings.length} warnings</span>.
Limits: English Flesch-Kincaid grade &lt;= 6, Spanish Fernandez-Huerta &gt;= 70; every SMS text scored on its own; SMS GSM-7 only (Spanish keeps n tilde, e acute, u diaeresis and the inverted marks; a, i, o, u acute are left out because they force UCS-2), at most 2 segments a page. An item whose reviewer role says pending sign-off has not been signed by a clinician.</p>
${meta.triageSets ? renderTriageSection(content.triage, meta.triageSets) : ''}
${sections.join('\n')}
<section class="sign"><h2>Sign-off</h2>
<p>I have reviewed every item above in both languages for clinical accuracy, safety and plain language.</p>
<table><tr><th scope="row">Reviewer name</th><td></td></tr><tr><th scope="row">Role</th><td></td></tr>
<tr><th scope="row">Date</th><td></td></tr><tr><th scope="row">Signature</th><td></td></tr></table></section>
</body></html>
`;
}

function cells(render: (lang: Lang) => string): Cells {
  return { en: render('en'), es: render('es') };
}

function smsCell(sms: { label: string; text: string } | undefined): string {
  if (!sms) return '<span class="small">(none)</span>';
  const info = inspectSms(sms.text);
  const segments = `${info.segments} segment${info.segments === 1 ? '' : 's'}`;
  return `<pre>${esc(sms.text)}</pre><div class="small">${esc(sms.label)}: ${info.characters} characters, ${info.encoding}, ${segments}</div>`;
}

function findingsFor(lint: LintReport, id: string): { severity: 'error' | 'warning'; finding: Finding }[] {
  return [
    ...lint.errors.filter((f) => f.item === id).map((finding) => ({ severity: 'error' as const, finding })),
    ...lint.warnings.filter((f) => f.item === id).map((finding) => ({ severity: 'warning' as const, finding })),
  ];
}

/** A language's reading level in the item header: the spoken texts, and the hardest SMS text (each SMS text is held to the limit on its own). */
function scoreText(scores: readonly ItemScore[]): string {
  const first = scores[0];
  if (!first) return '<span class="small">not scored</span>';
  const en = first.formula === 'flesch-kincaid-grade';
  const name = en ? 'FK grade' : 'Fernandez-Huerta';
  const limit = `${en ? '&lt;=' : '&gt;='} ${first.limit}`;
  const one = (s: ItemScore, what: string) => `<span class="${s.pass ? 'ok' : 'error'}">${what} ${name} ${s.score.toFixed(1)}</span>`;
  const sms = scores.filter((s) => s.channel === 'sms');
  const hardest = sms.reduce<ItemScore | undefined>((worst, s) => (!worst || (en ? s.score > worst.score : s.score < worst.score) ? s : worst), undefined);
  const voice = scores.find((s) => s.channel === 'voice');
  const parts = [hardest ? one(hardest, `hardest SMS (${esc(hardest.label)}):`) : '', voice ? one(voice, 'voice:') : ''].filter(Boolean);
  const misses = scores.filter((s) => !s.pass).length;
  return `${parts.join('<br>')} <span class="small">(limit ${limit} for every SMS text and the voice script; ${sms.length} SMS texts scored${misses ? `, ${misses} over the limit` : ''})</span>`;
}

function itemSection(item: Reviewed, rows: [string, Cells][], scores: ItemScore[], findings: ReturnType<typeof findingsFor>): string {
  return `<section class="item" id="${esc(item.id)}">
<h2>${esc(item.id)} <span class="small">${esc(item.kind)}, version ${esc(item.version)}</span></h2>
<table><tr><th scope="row">Reviewed</th><td>${esc(item.reviewed)}</td><th scope="row">Next review</th><td>${esc(item.nextReview)}</td></tr>
<tr><th scope="row">Reviewer role</th><td>${esc(item.reviewerRole)}</td><th scope="row">Sources</th><td><ul>${item.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></td></tr></table>
${findingList(findings)}
${sideTable(rows, LANGS.map((l) => `<th>${l === 'en' ? 'English' : 'Espanol'}<br>${scoreText(scores.filter((s) => s.lang === l))}</th>`).join(''))}
<p class="initials small">Item approved: initials ________ date ________</p>
</section>`;
}

function findingList(findings: ReturnType<typeof findingsFor>): string {
  if (findings.length === 0) return '<p class="ok">No findings.</p>';
  return `<ul class="findings">${findings.map(({ severity, finding: f }) => `<li class="${severity}">${severity}: ${f.lang ? `[${f.lang}] ` : ''}<b>${esc(f.rule)}</b>: ${esc(f.message)}</li>`).join('')}</ul>`;
}

function sideTable(rows: [string, Cells][], headings: string): string {
  const body = rows.map(([label, c]) => `<tr><th scope="row">${esc(label)}</th>${LANGS.map((l) => `<td lang="${l}">${c[l]}</td>`).join('')}</tr>`).join('\n');
  return `<table class="side"><tr><th></th>${headings}</tr>\n${body}</table>`;
}
