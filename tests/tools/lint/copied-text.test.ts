import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copiedRuns, indexSource } from '../../../tools/lint/copied-text.js';
import { readSourceArticle, SOURCE_ARTICLE } from '../../../tools/lint/source-fingerprint.js';

const root = new URL('../../../', import.meta.url).pathname;
const article = indexSource(readSourceArticle(root));

describe('copiedRuns', () => {
  it('finds the longest shared run, ignoring case and punctuation', () => {
    // The article: "The sciatic nerve, which branches out from the lower back into the legs, is ..."
    expect(copiedRuns('A NERVE which branches out from the lower back, into the legs, can hurt.', article)).toEqual([
      'nerve which branches out from the lower back into the legs',
    ]);
  });

  it('allows a shared run of 7 words', () => {
    expect(copiedRuns('Pain which branches out from the lower back today.', article)).toEqual([]);
  });

  it('reports separate runs separately', () => {
    const source = indexSource('one two three four five six seven eight nine. alpha beta gamma delta epsilon zeta eta theta');
    expect(copiedRuns('one two three four five six seven eight and alpha beta gamma delta epsilon zeta eta theta', source)).toEqual([
      'one two three four five six seven eight',
      'alpha beta gamma delta epsilon zeta eta theta',
    ]);
  });
});

describe('readSourceArticle', () => {
  it('reads the shared seed beside the project', () => {
    expect(readSourceArticle(root)).toBe(readFileSync(new URL(`../../../${SOURCE_ARTICLE}`, import.meta.url), 'utf8'));
  });

  it('fails with a clear message when the article is missing', () => {
    expect(() => readSourceArticle('/nonexistent/project')).toThrow(/Source article not found at \/nonexistent\/shared\/seed\/back-pain-leads-to-leg-pain\.txt/);
  });
});
