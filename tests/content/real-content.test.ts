import { describe, expect, it } from 'vitest';
import { ContentError } from '../../functions/content/errors.js';
import { lintContent } from '../../tools/lint/lint-content.js';
import { readFingerprint } from '../../tools/lint/source-fingerprint.js';
import { loadContent } from '../../tools/content/load-yaml.js';
import type { Content } from '../../functions/content/model.js';

const root = new URL('../../', import.meta.url).pathname;

function load(): Content {
  try {
    return loadContent(`${root}content`);
  } catch (error) {
    if (error instanceof ContentError) expect(error.problems, 'content/ does not load').toEqual([]);
    throw error;
  }
}

describe('the real content (what npm run content:check enforces)', () => {
  it('has no lint errors today (items and triage texts)', () => {
    const report = lintContent(load(), { today: new Date().toISOString().slice(0, 10), source: readFingerprint(root) });
    expect(report.errors.map((f) => `${f.item}${f.lang ? ` [${f.lang}]` : ''} ${f.rule}: ${f.message}`)).toEqual([]);
  });
});
