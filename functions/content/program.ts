import type { Action, Tip } from './schema.js';

/** Longest daily program, in days (one tip a day). */
export const MAX_PROGRAM_DAYS = 60;

/** One stage of the daily program: program days `from` to `to` (1-based, inclusive) send `tip`, or a varied pool tip when it is absent. */
export interface ProgramStage {
  from: number;
  to: number;
  tip?: string;
}

/** The daily program ready for the engine: stages covering days 1 to `days` in order, its own tips, and the varied days' pool (tip ids). */
export interface DailyProgram {
  days: number;
  stages: readonly ProgramStage[];
  tips: readonly Tip[];
  pool: readonly string[];
}

/** Reads "2-13" or 4 as a day range. */
function range(days: number | string): { from: number; to: number } {
  if (typeof days === 'number') return { from: days, to: days };
  const [from = 0, to = 0] = days.split('-').map(Number);
  return { from, to };
}

/**
 * Cross-checks the daily action's program against the tips pool and indexes it: stages follow each other from day 1
 * with no gap or overlap, up to MAX_PROGRAM_DAYS; a fixed tip exists (in programTips or the pool) and fills one day;
 * program tip ids are not pool ids; a varied stage has pool tips left that no stage names. Pushes each problem.
 */
export function assembleProgram(daily: Action | undefined, pool: readonly Tip[], problems: string[]): DailyProgram | undefined {
  if (!daily?.program) {
    problems.push('content: the daily action (action: daily) has no program');
    return undefined;
  }
  const id = daily.id;
  const tips = daily.programTips ?? [];
  const poolIds = new Set(pool.map((t) => t.id));
  const known = new Set(poolIds);
  for (const tip of tips) {
    if (known.has(tip.id)) problems.push(`${id}: program tip "${tip.id}" has the id of another tip`);
    known.add(tip.id);
  }
  const stages: ProgramStage[] = [];
  let next = 1;
  for (const stage of daily.program) {
    const { from, to } = range(stage.days);
    const days = typeof stage.days === 'number' ? String(stage.days) : stage.days;
    if (from !== next || to < from) problems.push(`${id}: program days ${days} must start on day ${next} and not end before they start`);
    if ('tip' in stage) {
      if (!known.has(stage.tip)) problems.push(`${id}: program days ${days} name tip "${stage.tip}", which is not a tip`);
      if (to !== from) problems.push(`${id}: program days ${days} would send tip "${stage.tip}" more than once; a fixed tip fills one day`);
    }
    stages.push({ from, to, ...('tip' in stage ? { tip: stage.tip } : {}) });
    next = Math.max(next, to + 1);
  }
  const days = next - 1;
  if (days > MAX_PROGRAM_DAYS) problems.push(`${id}: the program lasts ${days} days; at most ${MAX_PROGRAM_DAYS}`);
  const fixed = new Set(stages.flatMap((s) => (s.tip ? [s.tip] : [])));
  const varied = pool.map((t) => t.id).filter((tip) => !fixed.has(tip));
  if (stages.some((s) => !s.tip) && varied.length === 0) problems.push(`${id}: the program has varied days but every pool tip is a fixed one`);
  for (const tip of tips) if (!fixed.has(tip.id)) problems.push(`${id}: program tip "${tip.id}" is on no program day`);
  return { days, stages, tips, pool: varied };
}
