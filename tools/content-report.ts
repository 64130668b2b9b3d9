/** `npm run content:report`: writes content-report.html at the project root, the sheet a clinical reviewer signs. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../functions/content/errors.js';
import { buildReport } from './report/build-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const out = resolve(root, 'content-report.html');

try {
  const report = buildReport(root, dir, new Date().toISOString());
  writeFileSync(out, report.html);
  console.log(`content:report wrote ${out} (${report.items} items, ${report.errors} errors, ${report.warnings} warnings)`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`content:report: ${dir} does not load, no report written:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
}
