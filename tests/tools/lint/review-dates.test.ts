import { describe, expect, it } from 'vitest';
import { checkReview, daysBetween } from '../../../tools/lint/review-dates.js';
import type { Finding } from '../../../tools/lint/types.js';

const base = { id: 'sciatica', version: 1, reviewed: '2026-01-10', nextReview: '2027-01-10', reviewerRole: 'Clinical lead', sources: ['NICE NG59'] };

function run(change: Partial<typeof base>, today = '2026-06-01'): { errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  checkReview({ ...base, ...change }, today, { error: (f) => errors.push(f), warn: (f) => warnings.push(f) });
  return { errors, warnings };
}

describe('checkReview', () => {
  it('passes a current review', () => {
    expect(run({})).toEqual({ errors: [], warnings: [] });
  });

  it('fails an expired review and one that expires today', () => {
    expect(run({ nextReview: '2026-05-31' }).errors).toMatchObject([{ item: 'sciatica', rule: 'next-review' }]);
    expect(run({ nextReview: '2026-06-01' }).errors).toMatchObject([{ item: 'sciatica', rule: 'next-review' }]);
  });

  it('warns within 30 days, naming the days left', () => {
    const { errors, warnings } = run({ nextReview: '2026-06-20' });
    expect(errors).toEqual([]);
    expect(warnings).toMatchObject([{ item: 'sciatica', rule: 'next-review' }]);
    expect(warnings[0]!.message).toContain('19 days');
    expect(run({ nextReview: '2026-07-01' }).warnings).toHaveLength(1); // 30 days
    expect(run({ nextReview: '2026-07-02' }).warnings).toHaveLength(0); // 31 days
  });

  it('fails a review date in the future and an item without sources', () => {
    expect(run({ reviewed: '2026-06-02' }).errors).toMatchObject([{ rule: 'review-date' }]);
    expect(run({ sources: [] }).errors).toMatchObject([{ rule: 'sources' }]);
  });

  it('counts days across a month end', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});
