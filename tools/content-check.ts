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

function table(scores: readonly ItemScore[]): string {
  const rows = [['item', 'lang', 'formula', 'score', 'limit', 'words', 'sentences', ''], ...scores.map((s) => [
    s.item, s.lang, s.formula === 'flesch-kincaid-grade' ? 'FK grade' : 'Fernandez-Huerta', s.score.toFixed(1),
    `${s.lang === 'en' ? '<=' : '>='} ${s.limit}`, String(s.words), String(s.sentences), s.pass ? 'ok' : 'MISS',
  ])];
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
