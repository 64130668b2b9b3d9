import { describe, expect, it } from 'vitest';
import { MAX_SMS_BODY, packPages } from '../../../functions/outbound/pack-pages.js';

describe('packPages', () => {
  it('sends pages that fit as one message, in order, a blank line between pages', () => {
    expect(packPages(['Backline: first page.', 'Second page.', 'Third page.'])).toEqual(['Backline: first page.\n\nSecond page.\n\nThird page.']);
    expect(packPages([])).toEqual([]);
  });

  it('numbers the parts when the pages do not fit one message, each within the limit, no page split or lost', () => {
    const pages = ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30), 'd'.repeat(10)];
    const parts = packPages(pages, 70);
    expect(parts).toEqual([`(1/2) ${'a'.repeat(30)}\n\n${'b'.repeat(30)}`, `(2/2) ${'c'.repeat(30)}\n\n${'d'.repeat(10)}`]);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(70);
  });

  it('cuts a page longer than a message at a space, keeping every word', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const parts = packPages([words.join(' ')], 60);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(60);
    expect(parts.map((p) => p.replace(/^\(\d+\/\d+\) /, '')).join(' ').split(' ')).toEqual(words);
  });

  it('keeps to Twilio\'s 1,600-character body limit by default', () => {
    const parts = packPages(Array.from({ length: 12 }, (_, i) => `Page ${i}: ${'x'.repeat(300)}`));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_SMS_BODY);
    expect(parts.map((p) => /^\((\d+)\/(\d+)\)/.exec(p)?.slice(1).join('/'))).toEqual(parts.map((_, i) => `${i + 1}/${parts.length}`));
  });
});
