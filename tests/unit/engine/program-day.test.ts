import { describe, expect, it } from 'vitest';
import type { DailyProgram } from '../../../functions/content/program.js';
import { programTipId } from '../../../functions/engine/program-day.js';

const program: DailyProgram = {
  days: 10,
  stages: [{ from: 1, to: 1, tip: 'signs' }, { from: 2, to: 4 }, { from: 5, to: 5, tip: 'check-in' }, { from: 6, to: 10 }],
  tips: [],
  pool: ['a', 'b', 'c', 'd'],
};
const days = (seed: string) => Array.from({ length: program.days }, (_, i) => programTipId(program, i + 1, seed));

describe('programTipId', () => {
  it('sends the fixed tips on their days', () => {
    for (const seed of ['x', 'y', 'z']) expect([programTipId(program, 1, seed), programTipId(program, 5, seed)]).toEqual(['signs', 'check-in']);
  });

  it('counts varied days across stages: the 4 varied days before and after a fixed day use the whole pool once', () => {
    for (const seed of ['x', 'y', 'z', 'w']) {
      const varied = days(seed).filter((id) => id !== 'signs' && id !== 'check-in');
      expect(varied).toHaveLength(8);
      expect([...varied.slice(0, 4)].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect([...varied.slice(4, 8)].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('is deterministic per contact key and differs between keys', () => {
    expect(days('contact-1')).toEqual(days('contact-1'));
    expect(new Set(Array.from({ length: 12 }, (_, i) => days(`contact-${i}`).join())).size).toBeGreaterThan(1);
  });

  it('keeps the last day for a count past the end (a program shortened mid-way)', () => {
    expect(programTipId(program, 40, 'x')).toBe(programTipId(program, 10, 'x'));
  });
});
