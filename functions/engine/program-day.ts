import type { DailyProgram } from '../content/program.js';

/** FNV-1a, 32 bits: a small, stable hash to order the pool per contact (not a secret, not for security). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The pool in the order round `round` of contact `seed` gets it: each tip ranked by its own hash, so adding a tip moves no other. */
function roundOrder(pool: readonly string[], seed: string, round: number): string[] {
  const rank = new Map(pool.map((id) => [id, hash(`${seed}:${round}:${id}`)]));
  return [...pool].sort((a, b) => rank.get(a)! - rank.get(b)! || a.localeCompare(b));
}

/**
 * The tip id for program day `day` (1-based: the day-th tip the contact gets; past the last day, the last day's).
 * A fixed stage names its tip; varied days walk the pool in an order of the contact's own (from `seed`, the contact
 * key) with no repeat until every pool tip has been sent once, then a new order. Pure and deterministic: the same
 * day and seed always give the same tip, so a retried or re-planned delivery sends what the first try chose.
 */
export function programTipId(program: DailyProgram, day: number, seed: string): string {
  const n = Math.min(Math.max(1, day), program.days);
  let variedBefore = 0;
  for (const stage of program.stages) {
    if (n < stage.from || n > stage.to) {
      if (!stage.tip && stage.to < n) variedBefore += stage.to - stage.from + 1;
      continue;
    }
    if (stage.tip) return stage.tip;
    const k = variedBefore + (n - stage.from);
    const size = program.pool.length;
    return roundOrder(program.pool, seed, Math.floor(k / size))[k % size]!;
  }
  throw new RangeError(`program day ${n} is in no stage`);
}
