import type { Compiled } from './compile.js';
import type { CueHit, Prepared } from './message.js';
import { isNumber } from './vocabulary.js';

/** Words that join a new clause ("and I had surgery years ago", "y me operaron hace anos"). */
const JOINERS = new Set(['and', 'but', 'y', 'pero', 'plus', 'also', 'tambien']);
/** Subject pronouns: one starts a clause of its own. */
const SUBJECTS = new Set(['i', 'im', 'ive', 'id', 'he', 'she', 'hes', 'shes', 'we', 'they', 'yo', 'nos', 'ella']);
/** Events a past time may belong to instead of the sign ("and the surgery was years ago", "my fusion was in 2012"). */
const EVENTS = new Set(['surgery', 'operation', 'op', 'fusion', 'fall', 'accident', 'crash', 'wreck', 'hernia', 'stent', 'cirugia', 'operacion', 'caida', 'accidente']);
/** Words after a joiner that start a clause of its own: subjects, events and past verbs ("and had", "y tuve", "y me operaron"). */
const STARTERS = new Set([...SUBJECTS, ...EVENTS, 'me', 'had', 'tuve', 'hicieron', 'operaron']);
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'mi', 'su']);
/** Words that point a clause back at the sign ("and I had surgery for it", "and had that 6 years ago", "y por eso me operaron"). */
const POINTERS = new Set(['it', 'that', 'eso']);
const POINTER_LEADS = new Set(['for', 'had', 'fix', 'por', 'de']);
/** Words that tell a sign in the past ("I couldn't pee", "my legs gave out", "no podia orinar", "pense en matarme"). */
const PAST_WORDS = new Set([
  'had', 'couldnt', 'could', 'was', 'were', 'went', 'gave', 'lost', 'tried', 'attempted', 'wanted', 'thought', 'did', 'didnt', 'felt', 'used', 'wasnt', 'broke', 'cut',
  'podia', 'tenia', 'sentia', 'perdi', 'estaba', 'estuve', 'durmieron', 'quise', 'intente', 'pude', 'tuve', 'tuvo', 'pense', 'corte', 'cortaba',
]);
/** Words that may stand before a past time and still leave it opening its clause ("two years ago", "unos anos atras"). */
const COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'few', 'couple', 'several', 'many', 'some', 'about', 'around', 'like', 'over', 'dos', 'tres', 'unos', 'unas', 'muchos', 'varios']);
/** A past time right after these compares ("like last year", "igual que hace anos"): it is not the sign's time. */
const COMPARERS = new Set(['like', 'como']);
const COMPARER_PAIRS = new Set(['same as', 'igual que', 'mismo que']);

/** True when the sign at [start, end) is told in the past: a past-tense word in it, or in the four words before it after any subject or time ("used to think about suicide"; not "had surgery I cant feel my legs", "intente matarme en 2019 quiero morir"). */
export function toldInPast(p: Prepared, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (PAST_WORDS.has(p.words[k] ?? '')) return true;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const w = p.words[k] ?? '';
    if (PAST_WORDS.has(w)) return true;
    if (SUBJECTS.has(w) || isNumber(w) || w === 'ago') return false;
  }
  return false;
}

/**
 * True when past-time cue `h` is not the time of the sign at [start, end): a comparison ("like last year"); the time
 * of a clause of its own after the sign ("I can't pee and I had back surgery years ago", "both legs are numb, my fusion
 * was in 2012"; not one pointing back at a sign told in the past, "I couldn't pee and had surgery for it years ago");
 * or before it ("years ago I had surgery and now I can't pee", "I had surgery in 2010 I cant pee", unless the sign is
 * told in the past too: "5 years ago I slipped a disc and both legs went numb"); or when the sign began ("numb since my
 * fall in 2016").
 */
export function timeOfAnother(c: Compiled, p: Prepared, h: CueHit, start: number, end: number): boolean {
  if (compares(p, h.start)) return true;
  if (began(c, p, h, start, end)) return true;
  return h.start >= end ? clauseAfter(p, end, h.start, start) : clauseBefore(p, h, start, end);
}

function compares(p: Prepared, at: number): boolean {
  return COMPARERS.has(p.words[at - 1] ?? '') || COMPARER_PAIRS.has(`${p.words[at - 2] ?? ''} ${p.words[at - 1] ?? ''}`);
}

function clauseAfter(p: Prepared, from: number, to: number, start: number): boolean {
  const past = toldInPast(p, start, from);
  if (past) for (let k = from + 1; k < to; k++) if (POINTERS.has(p.words[k] ?? '') && POINTER_LEADS.has(p.words[k - 1] ?? '')) return false;
  for (let k = from; k < to; k++) {
    const w = p.words[k] ?? '';
    // "both my legs are numb my fusion was in 2012"; not "I had trouble peeing after my hernia operation last year".
    if (!past && POSSESSIVES.has(w) && EVENTS.has(p.words[k + 1] ?? '') && k + 1 < to) return true;
    if (!JOINERS.has(p.words[k - 1] ?? '')) continue;
    for (let j = k; j < Math.min(k + 3, to); j++) if (STARTERS.has(p.words[j] ?? '')) return true;
  }
  return false;
}

function clauseBefore(p: Prepared, h: CueHit, start: number, end: number): boolean {
  if (toldInPast(p, start, end)) return false;
  // A cue opens its clause with nothing before it but a count ("Two years ago I had...", "about 3 years ago I...").
  let first = h.start;
  while (first > 0 && p.breaks[first - 1] !== true && COUNTS.has(p.words[first - 1] ?? '')) first--;
  const opensClause = first === 0 || p.breaks[first - 1] === true;
  if (!opensClause && start - h.end <= 1) return true;
  for (let k = h.end; k < start; k++) {
    const w = p.words[k] ?? '';
    if (JOINERS.has(w)) return true;
    if (SUBJECTS.has(w) && !(opensClause && k === h.end)) return true;
  }
  return false;
}

/** "since"/"desde" up to four words before the cue, meaning "from then on": not "since that was", nor with a negation of its own right after the cue ("desde hace anos ya no"), nor with the sign between them ("paraplegic since a car crash in 1995"). */
function began(c: Compiled, p: Prepared, h: CueHit, start: number, end: number): boolean {
  for (let k = h.start - 1; k >= Math.max(0, h.start - 4); k--) {
    const w = p.words[k];
    if (w !== 'since' && w !== 'desde') continue;
    if (POINTERS.has(p.words[k + 1] ?? '') && (p.words[k + 2] === 'was' || p.words[k + 2] === 'is')) return false;
    const negatedAt = (i: number) => (i < start || i >= end) && c.cueWords.has(p.words[i] ?? '');
    if (p.breaks[h.end - 1] !== true && (negatedAt(h.end) || (p.breaks[h.end] !== true && negatedAt(h.end + 1)))) return false;
    return !(start >= k && end <= h.start);
  }
  return false;
}
