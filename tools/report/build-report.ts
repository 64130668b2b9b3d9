import { lintContent } from '../lint/lint-content.js';
import { readFingerprint } from '../lint/source-fingerprint.js';
import { loadContent } from '../content/load-yaml.js';
import { scoreTriage } from '../triage/score.js';
import { readLabelledSet, TRIAGE_SETS } from '../triage/sets.js';
import { classify } from '../../functions/triage/classify.js';
import { renderReport } from './render-report.js';

/** The report `npm run content:report` writes, and what it says about the content it was made from. */
export interface BuiltReport {
  html: string;
  items: number;
  errors: number;
  warnings: number;
}

/**
 * Builds the review sheet for the content in `dir` as of `now` (ISO instant): loads and lints it (the source
 * fingerprint and labelled sets from the project at `root`), scores triage on every labelled set and renders it.
 * Throws ContentError when the content does not load.
 */
export function buildReport(root: string, dir: string, now: string): BuiltReport {
  const content = loadContent(dir);
  const lint = lintContent(content, { today: now.slice(0, 10), source: readFingerprint(root) });
  const triageSets = TRIAGE_SETS.map(({ name, file, blind }) => ({
    name,
    blind,
    score: scoreTriage(readLabelledSet(root, file), (text, speech) => classify(content.triage, text, speech)),
  }));
  const html = renderReport(content, lint, { generatedAt: now, contentDir: dir, triageSets });
  return { html, items: content.items.length, errors: lint.errors.length, warnings: lint.warnings.length };
}
