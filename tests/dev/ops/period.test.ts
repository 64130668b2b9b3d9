import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../dev/ops/period.js';

const NOW = Date.parse('2027-03-11T14:07:00Z');

describe('parsePeriod (the /ops query, parsed with zod)', () => {
  it('defaults to the last 7 UTC days by the hotline clock, one point a day', () => {
    expect(parsePeriod('', NOW)).toEqual({ from: Date.parse('2027-03-05T00:00:00Z'), to: Date.parse('2027-03-12T00:00:00Z'), bucket: 'day', bucketMs: 86_400_000 });
  });

  it('takes whole days from and to (included), daily or hourly', () => {
    expect(parsePeriod('from=2027-03-10&to=2027-03-10&bucket=hour', NOW)).toEqual({ from: Date.parse('2027-03-10T00:00:00Z'), to: Date.parse('2027-03-11T00:00:00Z'), bucket: 'hour', bucketMs: 3_600_000 });
  });

  it('refuses malformed dates, an unknown bucket, a reversed period and too many points', () => {
    expect(parsePeriod('from=10/03/2027', NOW)).toEqual({ error: 'from must be a date like 2027-03-10' });
    expect(parsePeriod('bucket=minute', NOW)).toHaveProperty('error');
    expect(parsePeriod('from=2027-03-12&to=2027-03-10', NOW)).toEqual({ error: 'from must not be after to' });
    expect(parsePeriod('from=2027-01-01&to=2027-03-10&bucket=hour', NOW)).toEqual({ error: 'a period in hourly buckets is at most 31 days' });
    expect(parsePeriod('from=2027-02-30', NOW)).toHaveProperty('error');
  });
});
