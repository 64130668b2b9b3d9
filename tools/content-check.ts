/** `npm run content:check`: lints content (CONTENT_DIR, default content/) and exits 1 on any error, naming item, language and rule. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../functions/content/errors.js';
import { lintContent, type Finding, type ItemScore } from './lint/lint-content.js';
import { readFingerprint } from './lint/source-fingerprint.js';
import { loadContent } from './content/load-yaml.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.env.CONTENT_DIR ?? 'content');

function line(f: Finding): string {
  return `${f.item}${f.lang ? ` [${f.lang}]` : ''} ${f.rule}: ${f.message}`;
}

/** One row per item and language: the voice score and the hardest SMS text, each against the limit; misses counted. */
function table(scores: readonly ItemScore[]): string {
  const groups = new Map<string, ItemScore[]>();
  for (const s of scores) groups.set(`${s.item}\u0000${s.lang}`, [...(groups.get(`${s.item}\u0000${s.lang}`) ?? []), s]);
  const show = (s: ItemScore | undefined) => (s ? s.score.toFixed(1) : '-');
  const rows = [['item', 'lang', 'formula', 'limit', 'voice', 'hardest SMS text', 'SMS texts', ''], ...[...groups.values()].map((group) => {
    const first = group[0]!;
    const grade = first.formula === 'flesch-kincaid-grade';
    const sms = group.filter((s) => s.channel === 'sms');
    const hardest = sms.reduce<ItemScore | undefined>((worst, s) => (!worst || (grade ? s.score > worst.score : s.score < worst.score) ? s : worst), undefined);
    const misses = group.filter((s) => !s.pass).length;
    return [
      first.item, first.lang, grade ? 'FK grade' : 'Fernandez-Huerta', `${grade ? '<=' : '>='} ${first.limit}`,
      show(group.find((s) => s.channel === 'voice')), hardest ? `${show(hardest)} (${hardest.label})` : '-', String(sms.length), misses ? `MISS ${misses}` : 'ok',
    ];
  })];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function main(): number {
  let content;
  try {
    content = loadContent(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`content:check: ${dir} does not load (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):`);
    for (const problem of error.problems) console.error(`  ${problem}`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const report = lintContent(content, { today, source: readFingerprint(root) });
  console.log(`content:check ${dir} on ${today} (content version ${content.version})\n`);
  console.log(table(report.scores));
  if (report.warnings.length > 0) console.log(`\n${report.warnings.length} warning(s):\n${report.warnings.map((f) => `  ${line(f)}`).join('\n')}`);
  if (report.errors.length > 0) {
    console.error(`\n${report.errors.length} error(s):\n${report.errors.map((f) => `  ${line(f)}`).join('\n')}`);
    console.error('\ncontent:check FAILED');
    return 1;
  }
  console.log('\ncontent:check passed');
  return 0;
}

process.exitCode = main();
