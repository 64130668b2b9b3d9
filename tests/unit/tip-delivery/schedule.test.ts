import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationState, TipsProgram } from '../../../functions/engine/types.js';
import { addDays, isQuiet, LATE_GRACE_MS, localDay, localTime, nextDue, zonedInstant } from '../../../functions/tip-delivery/schedule.js';
import { dueBuckets, dueKeys } from '../../../functions/store/keys.js';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const program = (p: Partial<TipsProgram> = {}): TipsProgram => ({ status: 'active', hour: 9, timeZone: NY, sent: 3, ...p });
const withTips = (tips: TipsProgram, extra: Partial<ConversationState> = {}) => ({ tips, ...extra });

// US daylight saving time 2027: starts Sunday 14 March at 02:00 EST (clocks to 03:00 EDT), ends Sunday 7 November
// at 02:00 EDT (back to 01:00 EST). EST = UTC-5, EDT = UTC-4, so 9:00 local is 14:00Z in winter and 13:00Z in summer.
describe('zonedInstant and localDay around daylight saving', () => {
  it('puts 9:00 New York at 14:00Z the day before spring-forward and 13:00Z on the day', () => {
    expect(iso(zonedInstant('2027-03-13', 9, NY))).toBe('2027-03-13T14:00:00.000Z');
    expect(iso(zonedInstant('2027-03-14', 9, NY))).toBe('2027-03-14T13:00:00.000Z');
  });

  it('puts 9:00 New York at 13:00Z the day before fall-back and 14:00Z on the day', () => {
    expect(iso(zonedInstant('2027-11-06', 9, NY))).toBe('2027-11-06T13:00:00.000Z');
    expect(iso(zonedInstant('2027-11-07', 9, NY))).toBe('2027-11-07T14:00:00.000Z');
  });

  it('keeps Honolulu (UTC-10) and Phoenix (UTC-7) fixed all year', () => {
    for (const day of ['2027-03-13', '2027-03-14', '2027-07-01', '2027-11-07']) {
      expect(iso(zonedInstant(day, 9, 'Pacific/Honolulu'))).toBe(`${day}T19:00:00.000Z`);
      expect(iso(zonedInstant(day, 9, 'America/Phoenix'))).toBe(`${day}T16:00:00.000Z`);
    }
  });

  it('reads the local date, not the UTC one', () => {
    // 03:30Z on 14 March is 22:30 EST on the 13th; 04:30Z on 8 November is 23:30 EST on the 7th.
    expect(localDay(at('2027-03-14T03:30:00Z'), NY)).toBe('2027-03-13');
    expect(localDay(at('2027-11-08T04:30:00Z'), NY)).toBe('2027-11-07');
    expect(localDay(at('2027-03-14T03:30:00Z'), 'Asia/Tokyo')).toBe('2027-03-14');
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });
});

describe('quiet hours', () => {
  it('is quiet from 21:00 to 08:00 local, in winter and in summer', () => {
    // 20:59 EST = 01:59Z next day; 21:00 EST = 02:00Z; 07:59 EDT = 11:59Z; 08:00 EDT = 12:00Z.
    expect(isQuiet(at('2027-03-13T01:59:00Z'), NY)).toBe(false);
    expect(isQuiet(at('2027-03-13T02:00:00Z'), NY)).toBe(true);
    expect(isQuiet(at('2027-07-01T11:59:00Z'), NY)).toBe(true);
    expect(isQuiet(at('2027-07-01T12:00:00Z'), NY)).toBe(false);
    // 07:30 HST = 17:30Z.
    expect(isQuiet(at('2027-07-01T17:30:00Z'), 'Pacific/Honolulu')).toBe(true);
  });
});

describe('nextDue', () => {
  it('crosses spring-forward: after a tip on the 13th the next is 9:00 EDT on the 14th (13:00Z)', () => {
    const state = withTips(program({ lastDay: '2027-03-13' }));
    expect(iso(nextDue(state, at('2027-03-13T20:00:00Z')))).toBe('2027-03-14T13:00:00.000Z');
  });

  it('crosses fall-back: after a tip on the 6th the next is 9:00 EST on the 7th (14:00Z)', () => {
    const state = withTips(program({ lastDay: '2027-11-06' }));
    expect(iso(nextDue(state, at('2027-11-06T18:00:00Z')))).toBe('2027-11-07T14:00:00.000Z');
  });

  it('starts a program joined within an hour after its hour today, and tomorrow when joined later', () => {
    const joined = withTips(program({ sent: 0 }));
    // 9:30 EST = 14:30Z: today's 9:00 (14:00Z) is still due.
    expect(iso(nextDue(joined, at('2027-03-12T14:30:00Z')))).toBe('2027-03-12T14:00:00.000Z');
    // 10:00 EST exactly (one hour after): tomorrow.
    expect(iso(nextDue(joined, at('2027-03-12T15:00:00Z')))).toBe('2027-03-13T14:00:00.000Z');
    // 7:00 EST = 12:00Z: today at 9.
    expect(iso(nextDue(joined, at('2027-03-12T12:00:00Z')))).toBe('2027-03-12T14:00:00.000Z');
  });

  it('never gives a second slot the same local day', () => {
    const sentToday = withTips(program({ lastDay: '2027-03-12', hour: 18 }));
    // 8:30 EST = 13:30Z on the 12th with today's tip sent: next is 18:00 EST on the 13th (still winter time) = 23:00Z.
    expect(iso(nextDue(sentToday, at('2027-03-12T13:30:00Z')))).toBe('2027-03-13T23:00:00.000Z');
  });

  it('handles the latest hour in a zone west of UTC', () => {
    // 20:00 HST on the 13th = 06:00Z on the 14th.
    const state = withTips(program({ hour: 20, timeZone: 'Pacific/Honolulu', lastDay: '2027-03-12' }));
    expect(iso(nextDue(state, at('2027-03-14T05:00:00Z')))).toBe('2027-03-14T06:00:00.000Z');
  });

  it('is undefined for offered, paused and done programs, a red-flag hold, an opt-out, or no program', () => {
    const now = at('2027-03-12T12:00:00Z');
    for (const status of ['offered', 'paused', 'done'] as const) expect(nextDue(withTips(program({ status })), now)).toBeUndefined();
    expect(nextDue(withTips(program(), { hold: true }), now)).toBeUndefined();
    expect(nextDue(withTips(program(), { optedOut: true }), now)).toBeUndefined();
    expect(nextDue({}, now)).toBeUndefined();
  });

  it('always lands on the chosen hour, never in quiet hours, never more than the grace in the past (any zone, hour, day)', () => {
    const zones = [NY, 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/St_Johns', 'Pacific/Guam'];
    fc.assert(
      fc.property(
        fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2028-12-31T00:00:00Z') }),
        fc.constantFrom(...zones),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: -3, max: 1 }),
        (now, timeZone, hour, lastOffset) => {
          const lastDay = addDays(localDay(now, timeZone), lastOffset);
          const due = nextDue(withTips(program({ hour, timeZone, lastDay })), now);
          expect(due).toBeDefined();
          const local = localTime(due!, timeZone);
          expect([local.hour, local.minute, local.second]).toEqual([hour, 0, 0]);
          expect(isQuiet(due!, timeZone)).toBe(false);
          expect(due!).toBeGreaterThan(now - LATE_GRACE_MS);
          expect(localDay(due!, timeZone) > lastDay).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('due keys', () => {
  it('buckets by UTC hour and sorts by instant, unique per contact', () => {
    expect(dueKeys(at('2027-03-14T13:00:00Z'), 'abc')).toEqual({ pk: 'due#2027-03-14T13', sk: '2027-03-14T13:00:00.000Z#abc' });
  });

  it('lists every hour bucket of the look-back window, oldest first', () => {
    const buckets = dueBuckets(at('2027-03-12T13:20:00Z'), at('2027-03-14T13:20:00Z'));
    expect(buckets).toHaveLength(49);
    expect(buckets[0]).toBe('due#2027-03-12T13');
    expect(buckets[48]).toBe('due#2027-03-14T13');
  });
});
