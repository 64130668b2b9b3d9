import type { Compiled, CompiledRule, PatternPlan, SeqPlan, Step } from './compile.js';
import { answeredNo, cueHits, deniedAfterQuestion, flagIn, negatedAfter, negatedAtEnd, negatedBefore, notCurrent, oneWordAnswerAt, othersAlone, setAsideByRule } from './modifiers.js';
import { groupEndsAt, hasUnit, negativeIn, occursAnywhere, positionsOf, type Prepared } from './message.js';

/** True when every unit and group the pattern names occurs somewhere in the message (`slots`: Prepared.slots), else it cannot match. */
function possible(slots: Uint16Array, pattern: PatternPlan): boolean {
  const { needs } = pattern;
  for (let i = 0; i < needs.length; i++) if (slots[needs[i] ?? 0] === 0) return false;
  return true;
}

/**
 * How many words a gap of up to `max` words may skip from `pos`: it stops before a blank (idiom) word or a
 * one-word negation cue, and a short gap at the end of a sentence (only "..5.." and up, written for signs told
 * far apart, reach across one). In a sign that holds its own negation (`negative`: "no siento"), a negation that
 * is also a list joiner ("ni", "nor") goes on with it and is skipped: "no siento ni las nalgas ni las piernas".
 */
function gapReach(c: Compiled, p: Prepared, pos: number, max: number, negative: boolean): number {
  let reach = 0;
  while (reach < max) {
    const skipped = p.words[pos + reach];
    if (skipped === undefined || skipped === '' || (c.cueWords.has(skipped) && !(negative && c.coordinators.has(skipped))) || (max < 5 && p.ends[pos + reach - 1])) break;
    reach++;
  }
  return reach;
}

/** True when the sentence ending at word `last` has at most two words ("both legs."). */
function fragmentEndsAt(p: Prepared, last: number): boolean {
  return last < 2 || p.ends[last - 1] === true || p.ends[last - 2] === true;
}

/** The index of the first of the ascending `positions` at or after `pos`. */
function firstFrom(positions: readonly number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `step` (a unit or group; never a gap) occurs at word `pos`. */
function startsAt(p: Prepared, step: Step | undefined, pos: number): boolean {
  if (!step || step.kind === 'gap') return false;
  return step.kind === 'unit' ? hasUnit(p, pos, step.id) : groupEndsAt(p, step.id, pos).length > 0;
}

/** How many words before a sign's part in a later sentence a negation may stand and say no to that part. */
const NEGATED_PART = 2;

/**
 * True when `seq`, started at word `start` for `rule`, matches from its step `i` at `pos` with an end where the sign
 * is current (current); tries every way until one is. No callback: a closure per part tried was garbage per message.
 */
function walk(c: Compiled, p: Prepared, seq: SeqPlan, i: number, pos: number, neg: boolean, rule: CompiledRule, start: number): boolean {
  const step = seq.steps[i];
  if (!step) return current(c, p, rule, start, pos, neg);
  const last = i + 1 === seq.steps.length;
  // A one-word answer to a question is no pattern's first word for the next sentence: "Numb? No. Siento todo ahi
  // abajo" is no "no siento" (fragments of a sign still join: "cuando voy al bano. No siento nada").
  if (step.kind !== 'gap' && i === 1 && answerAfterQuestion(c, p, pos - 1)) return false;
  if (step.kind === 'gap') {
    // A short gap never leaves a sentence ("can feel my legs. pain in back"), except a fragment of two words ("both legs. numb.").
    if (step.max < 5 && p.ends[pos - 1] && !fragmentEndsAt(p, pos - 1)) return false;
    const reach = gapReach(c, p, pos, step.max, neg);
    const next = seq.steps[i + 1];
    if (!next || next.kind === 'gap') {
      for (let k = 0; k <= reach; k++) if (walk(c, p, seq, i + 1, pos + k, neg, rule, start)) return true;
      return false;
    }
    // Only where the next unit or group occurs within reach; in a later sentence, not negated there ("my right buttock
    // aches. nothing numb, I pee fine": the second sentence says no to that part), but for self-harm talk ("I'm up on
    // the roof. I'm not coming down").
    const at = positionsOf(p, next.id);
    for (let j = firstFrom(at, pos); j < at.length && (at[j] ?? 0) <= pos + reach; j++) {
      const to = at[j] ?? 0;
      if (rule.tier !== 'crisis' && to > pos && flagIn(p.ends, pos - 1, to) && negatedBefore(c, p, to, NEGATED_PART)) continue;
      if (walk(c, p, seq, i + 1, to, neg, rule, start)) return true;
    }
    return false;
  }
  if (step.kind === 'unit') {
    if (!hasUnit(p, pos, step.id)) return false;
    const hitNeg = negativeIn(c, p, pos, pos + 1);
    // "my legs are fine, the pain is in my back": a part said to be fine cannot join the rest of a sign (unless
    // that word is the sign's own next word: "legs dont want to work").
    if (!last && !hitNeg && negatedAfter(c, p, pos + 1) && !startsAt(p, seq.steps[i + 1], pos + 1)) return false;
    return walk(c, p, seq, i + 1, pos + 1, neg || hitNeg, rule, start);
  }
  for (const end of groupEndsAt(p, step.id, pos)) {
    const hitNeg = negativeIn(c, p, pos, end);
    if (!last && !hitNeg && negatedAfter(c, p, end) && !startsAt(p, seq.steps[i + 1], end)) continue;
    if (walk(c, p, seq, i + 1, end, neg || hitNeg, rule, start)) return true;
  }
  return false;
}

/** True when word `k` is a one-word answer sentence ("no", "nope") right after a question ("Numb? No."). */
function answerAfterQuestion(c: Compiled, p: Prepared, k: number): boolean {
  return p.asks[k - 1] === true && oneWordAnswerAt(c, p, k);
}

/**
 * True when `rule`'s sign at [start, end) (negative by nature when `selfNegated`) counts: current, un-negated, not
 * answered no. A sign negative by nature ("can't pee") is never negated, answered no or set aside by its rule's own
 * phrases, but for one that holds its words ("can't go on like this" is no bladder); self-harm talk is never answered no.
 */
function current(c: Compiled, p: Prepared, rule: CompiledRule, start: number, end: number, selfNegated: boolean): boolean {
  if (notCurrent(c, p, start, end, rule) || (rule.withBackPain && othersAlone(c, p, start))) return false;
  if (selfNegated) return !setAsideByRule(c, p, start, end, rule.id, true) && (rule.tier === 'crisis' || !deniedAfterQuestion(c, p, start, end, true));
  if (negatedBefore(c, p, start, rule.negationWindow) || negatedAfter(c, p, end) || negatedAtEnd(c, p, start, end) || setAsideByRule(c, p, start, end, rule.id, false, rule.tier === 'crisis')) return false;
  return rule.tier === 'crisis' || !(answeredNo(c, p, end) || deniedAfterQuestion(c, p, start, end, false));
}

/** True when one of the part's sequences matches somewhere, un-negated and current. */
function partMatches(c: Compiled, p: Prepared, part: readonly SeqPlan[], rule: CompiledRule): boolean {
  for (const seq of part) {
    const starts = positionsOf(p, seq.first);
    for (let k = 0; k < starts.length; k++) if (walk(c, p, seq, 0, starts[k] ?? 0, false, rule, starts[k] ?? 0)) return true;
  }
  return false;
}

/** True when any pattern of the rule has every part matching somewhere, un-negated. */
export function ruleMatches(c: Compiled, p: Prepared, rule: CompiledRule): boolean {
  const { slots } = p;
  for (const { anchor, patterns } of rule.patterns) {
    if (slots[anchor] === 0) continue;
    for (const pattern of patterns) if (possible(slots, pattern) && everyPartMatches(c, p, pattern.parts, rule)) return true;
  }
  return false;
}

/** True when every part of a pattern matches (a loop: a closure per pattern tried would be garbage for every message). */
function everyPartMatches(c: Compiled, p: Prepared, parts: readonly (readonly SeqPlan[])[], rule: CompiledRule): boolean {
  for (const part of parts) if (!partMatches(c, p, part, rule)) return false;
  return true;
}

/** True when any of the term groups `groups` (by id) is mentioned anywhere in the message (negated or not). */
export function mentions(p: Prepared, groups: readonly number[]): boolean {
  return groups.some((group) => occursAnywhere(p, group));
}

/** True when the message is about someone else (a parent, partner, child): an experiencer cue anywhere in it. */
export function aboutSomeoneElse(c: Compiled, p: Prepared): boolean {
  return cueHits(c, p, 'experiencer').length > 0;
}
