import type { ConversationState } from '../engine/types.js';

/** First local hour a tip may go out; 21:00 to 08:00 local is quiet. */
const DAY_START_HOUR = 8;
const QUIET_FROM_HOUR = 21;
/**
 * A slot stays due this long after its `hour:00`: the scheduler runs every 15 minutes and is retried, and a
 * turn saved between the slot and the run must not push today's tip to tomorrow. With hours 8-20 it also
 * ends every slot by 21:00. A slot missed by longer (an outage) is dropped, never sent late or at night.
 */
export const LATE_GRACE_MS = 60 * 60_000;

/** Wall-clock fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `instant` (epoch ms), DST included (Intl's time zone data). */
export function localTime(instant: number, timeZone: string): LocalTime {
  const fields: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return { year: fields.year ?? 0, month: fields.month ?? 0, day: fields.day ?? 0, hour: fields.hour ?? 0, minute: fields.minute ?? 0, second: fields.second ?? 0 };
}

/** The local calendar date (YYYY-MM-DD) of `instant` in `timeZone`: the unit of "one tip a day". */
export function localDay(instant: number, timeZone: string): string {
  const t = localTime(instant, timeZone);
  return `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;
}

/** True from 21:00 to 08:00 local: no tip is ever sent then. */
export function isQuiet(instant: number, timeZone: string): boolean {
  const { hour } = localTime(instant, timeZone);
  return hour < DAY_START_HOUR || hour >= QUIET_FROM_HOUR;
}

/** The instant (epoch ms) of local `hour:00` on `day` (YYYY-MM-DD) in `timeZone`; exact for every hour outside a DST gap (8-20 is outside all of them). */
export function zonedInstant(day: string, hour: number, timeZone: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return second;
}

/** The calendar date `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * When the next daily tip is due (epoch ms), or undefined when none is (no active program, a red-flag hold,
 * opted out, done). It is local `hour:00` on the first local day after `lastDay` whose slot has not passed
 * by more than LATE_GRACE_MS: a program joined after today's hour (+ grace) starts tomorrow; a due slot
 * in the grace window stays due (it may be in the past: the next run sends it).
 */
export function nextDue(state: Pick<ConversationState, 'tips' | 'hold' | 'optedOut'>, now: number): number | undefined {
  const program = state.tips;
  if (!program || program.status !== 'active' || state.hold || state.optedOut) return undefined;
  if (program.hour < DAY_START_HOUR || program.hour >= QUIET_FROM_HOUR) return undefined;
  const today = localDay(now, program.timeZone);
  let day = program.lastDay !== undefined && program.lastDay >= today ? addDays(program.lastDay, 1) : today;
  let slot = zonedInstant(day, program.hour, program.timeZone);
  if (slot <= now - LATE_GRACE_MS) {
    day = addDays(day, 1);
    slot = zonedInstant(day, program.hour, program.timeZone);
  }
  return slot;
}

/** Local wall clock read as UTC, minus the instant: the zone's offset at that instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const t = localTime(whole, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - whole;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
