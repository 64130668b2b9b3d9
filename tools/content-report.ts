/** `npm run content:report`: writes content-report.html at the project root, the sheet a clinical reviewer signs. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../functions/content/errors.js';
import { lintContent } from './lint/lint-content.js';
import { readFingerprint } from './lint/source-fingerprint.js';
import { loadContent } from './content/load-yaml.js';
import { renderReport } from './report/render-report.js';
import { scoreTriage } from './triage/score.js';
import { readLabelledSet, TRIAGE_SETS } from './triage/sets.js';
import { classify } from '../functions/triage/classify.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const out = resolve(root, 'content-report.html');

try {
  const content = loadContent(dir);
  const now = new Date().toISOString();
  const lint = lintContent(content, { today: now.slice(0, 10), source: readFingerprint(root) });
  const triageSets = TRIAGE_SETS.map(({ name, file, blind }) => ({
    name,
    blind,
    score: scoreTriage(readLabelledSet(root, file), (text, speech) => classify(content.triage, text, speech)),
  }));
  writeFileSync(out, renderReport(content, lint, { generatedAt: now, contentDir: dir, triageSets }));
  console.log(`content:report wrote ${out} (${content.items.length} items, ${lint.errors.length} errors, ${lint.warnings.length} warnings)`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`content:report: ${dir} does not load, no report written:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
}
