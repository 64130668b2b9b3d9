import type { Compiled } from './compile.js';
import type { CueHit, Prepared } from './message.js';
import { isNumber } from './vocabulary.js';

/** True when the sign at [start, end) is told in the past: a past-tense word in it, or before it in its clause with only linking words between ("I had numbness", "used to think about suicide"; not "used to be happy want to die"). */
export function toldInPast(c: Compiled, p: Prepared, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (c.clauses.pastWords.has(p.words[k] ?? '')) return true;
  for (let k = start - 1; k >= Math.max(0, start - 4) && p.breaks[k] !== true; k--) {
    const w = p.words[k] ?? '';
    if (c.clauses.pastWords.has(w)) return true;
    if (!c.clauses.links.has(w)) return false;
  }
  return false;
}

/**
 * True when past-time cue `h` is not the time of the sign at [start, end): a comparison ("like last year"); the time
 * of a clause of its own after the sign ("I can't pee and I had back surgery years ago", "both legs are numb, my fusion
 * was in 2012"; not one pointing back at a sign told in the past, "I couldn't pee and had surgery for it years ago");
 * or before it ("years ago I had surgery and now I can't pee", "I had surgery in 2010 I cant pee", unless the sign is
 * told in the past too: "5 years ago I slipped a disc and both legs went numb"); or when the sign began ("numb since my
 * fall in 2016"). `past`: whether the sign is told in the past (toldInPast).
 */
export function timeOfAnother(c: Compiled, p: Prepared, h: CueHit, start: number, end: number, past: boolean): boolean {
  if (compares(c, p, h.start) || earlierEpisode(c, p, h)) return true;
  if (began(c, p, h, start, end)) return true;
  return h.start >= end ? clauseAfter(c, p, end, h, past) : clauseBefore(c, p, h, start, past);
}

/** An episode word within three words of the cue, in its clause ("both legs numb had it in 2015 too", "first time was years ago"). */
function earlierEpisode(c: Compiled, p: Prepared, h: CueHit): boolean {
  for (let k = h.end; k < Math.min(p.words.length, h.end + 3) && p.breaks[k - 1] !== true; k++) if (c.clauses.episodes.has(p.words[k] ?? '')) return true;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3) && p.breaks[k] !== true; k--) if (c.clauses.episodes.has(p.words[k] ?? '')) return true;
  return false;
}

/** A comparison up to three words before the cue in its clause ("like I did years ago", "worse than last year", "peor que el ano pasado"). */
function compares(c: Compiled, p: Prepared, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3) && p.breaks[k] !== true; k--) {
    const w = p.words[k] ?? '';
    if (c.clauses.comparers.has(w) || (w === 'que' && c.clauses.comparerLeads.has(p.words[k - 1] ?? '')) || c.clauses.comparerPairs.has(`${p.words[k - 1] ?? ''} ${w}`)) return true;
  }
  return false;
}

/** A word told in the past: one of PAST_WORDS, or an English "-ed" verb ("slipped", "stopped"). */
function pastVerb(c: Compiled, w: string): boolean {
  return c.clauses.pastWords.has(w) || (w.length > 4 && w.endsWith('ed'));
}

function clauseAfter(c: Compiled, p: Prepared, from: number, h: CueHit, past: boolean): boolean {
  const to = h.start;
  // "numb down there a few years ago i had surgery": a time followed by a subject opens the next clause.
  if (p.breaks[h.end - 1] !== true && (c.clauses.subjects.has(p.words[h.end] ?? '') || p.words[h.end] === 'had')) return true;
  if (past) for (let k = from + 1; k < to; k++) if (c.clauses.pointers.has(p.words[k] ?? '') && c.clauses.pointerLeads.has(p.words[k - 1] ?? '')) return false;
  for (let k = from; k < to; k++) {
    const w = p.words[k] ?? '';
    // "both legs numb had surgery years ago", "I lost control of my bladder I had surgery years ago", "mi cirugia
    // fue hace anos": a subject, an event or "had" with no joiner starts a clause too, unless it hangs on "after",
    // "from", "despues" ("I had trouble peeing after my hernia operation last year").
    if ((c.clauses.subjects.has(w) || c.clauses.events.has(w) || w === 'had' || w === 'tuve') && !subordinate(c, p, k)) return true;
    if (!c.clauses.joiners.has(p.words[k - 1] ?? '')) continue;
    for (let j = k; j < Math.min(k + 3, to); j++) if (isStarter(c, p.words[j] ?? '')) return true;
  }
  return false;
}

/** True when a subordinating word ("after", "from", "despues") stands in the three words before `k`, in its clause. */
function subordinate(c: Compiled, p: Prepared, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3) && p.breaks[i] !== true; i--) if (c.clauses.subordinators.has(p.words[i] ?? '')) return true;
  return false;
}

function clauseBefore(c: Compiled, p: Prepared, h: CueHit, start: number, past: boolean): boolean {
  // "surgery was in 2018 couldnt pee", "fusion last year lost bladder control", "la cirugia fue hace anos perdi el
  // control": a time of an event named beside it, or an event between it and the sign, is the event's whatever the tense.
  for (let k = Math.max(0, h.start - 2); k < start; k++) if (c.clauses.events.has(p.words[k] ?? '') && (k < h.start || k >= h.end)) return true;
  if (past) return false;
  // A cue opens its clause with nothing before it but a count ("Two years ago I had...", "about 3 years ago I...").
  let first = h.start;
  while (first > 0 && p.breaks[first - 1] !== true && c.clauses.counts.has(p.words[first - 1] ?? '')) first--;
  const opensClause = first === 0 || p.breaks[first - 1] === true;
  if (!opensClause && start - h.end <= 1) return true;
  for (let k = h.end; k < start; k++) {
    const w = p.words[k] ?? '';
    if (c.clauses.joiners.has(w) || pastVerb(c, w)) return true;
    if (c.clauses.subjects.has(w) && !(opensClause && k === h.end)) return true;
  }
  return false;
}

/** True when `w` starts a clause after a joiner: a subject, an event or a past verb ("and I", "and my surgery", "y tuve"). */
function isStarter(c: Compiled, w: string): boolean {
  return c.clauses.subjects.has(w) || c.clauses.events.has(w) || c.clauses.starters.has(w);
}

/** "since"/"desde" up to four words before the cue, meaning "from then on": not "since that was", nor with a negation of its own right after the cue ("desde hace anos ya no"), nor with the sign between them ("paraplegic since a car crash in 1995"). */
function began(c: Compiled, p: Prepared, h: CueHit, start: number, end: number): boolean {
  for (let k = h.start - 1; k >= Math.max(0, h.start - 4); k--) {
    const w = p.words[k];
    if (w !== 'since' && w !== 'desde') continue;
    if (c.clauses.pointers.has(p.words[k + 1] ?? '') && (p.words[k + 2] === 'was' || p.words[k + 2] === 'is')) return false;
    const negatedAt = (i: number) => (i < start || i >= end) && c.cueWords.has(p.words[i] ?? '');
    if (p.breaks[h.end - 1] !== true && (negatedAt(h.end) || (p.breaks[h.end] !== true && negatedAt(h.end + 1)))) return false;
    return !(start >= k && end <= h.start);
  }
  return false;
}
