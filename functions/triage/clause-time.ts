import type { Compiled } from './compile.js';
import type { CueHit, Prepared } from './message.js';
import { isNumber } from './vocabulary.js';

/** Words that join a new clause ("and I had surgery years ago", "y me operaron hace anos"). */
const JOINERS = new Set(['and', 'but', 'y', 'pero', 'plus', 'also', 'tambien']);
/** Subject pronouns: one starts a clause of its own. */
const SUBJECTS = new Set(['i', 'im', 'ive', 'id', 'he', 'she', 'hes', 'shes', 'we', 'they', 'yo', 'nos', 'ella']);
/** Events a past time may belong to instead of the sign ("and the surgery was years ago", "my fusion was in 2012"). */
const EVENTS = new Set(['surgery', 'operation', 'op', 'fusion', 'fall', 'accident', 'crash', 'wreck', 'hernia', 'stent', 'cirugia', 'operacion', 'caida', 'accidente', 'operaron', 'cai']);
/** Words after a joiner that start a clause of its own: subjects, events and past verbs ("and had", "y tuve", "y me operaron"). */
const STARTERS = new Set([...SUBJECTS, ...EVENTS, 'me', 'had', 'tuve', 'hicieron', 'operaron']);
/** Words a clause hangs on ("after my hernia operation"): what follows them is not a clause of its own. */
const SUBORDINATORS = new Set(['after', 'from', 'during', 'following', 'before', 'despues', 'tras', 'durante', 'por']);
/** Words that point a clause back at the sign ("and I had surgery for it", "and had that 6 years ago", "y por eso me operaron"). */
const POINTERS = new Set(['it', 'that', 'eso']);
const POINTER_LEADS = new Set(['for', 'had', 'fix', 'por', 'de']);
/** Words that tell a sign in the past ("I couldn't pee", "my legs gave out", "no podia orinar", "pense en matarme"). */
const PAST_WORDS = new Set([
  'had', 'couldnt', 'could', 'was', 'were', 'went', 'gave', 'lost', 'tried', 'attempted', 'wanted', 'thought', 'did', 'didnt', 'felt', 'used', 'wasnt', 'broke',
  'podia', 'tenia', 'sentia', 'perdi', 'estaba', 'estuve', 'durmieron', 'quise', 'intente', 'pude', 'tuve', 'tuvo', 'pense', 'corte', 'cortaba',
]);
/** Words that may stand before a past time and still leave it opening its clause ("two years ago", "unos anos atras"). */
const COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'few', 'couple', 'several', 'many', 'some', 'about', 'around', 'like', 'over', 'dos', 'tres', 'unos', 'unas', 'muchos', 'varios']);
/** Words that may stand between a past-tense word and the sign it tells ("tried to kill myself", "used to think about suicide"). */
const LINKS = new Set(['to', 'about', 'of', 'so', 'really', 'just', 'even', 'think', 'en', 'de', 'a', 'que', 'me', 'se', 'la', 'el', 'my', 'mi']);
/** Words that make a past time an earlier episode, not the sign's time ("had it in 2015 too", "la primera vez fue hace anos"). */
const EPISODES = new Set(['too', 'also', 'again', 'before', 'first', 'this', 'same', 'happened', 'tambien', 'antes', 'primera', 'otra', 'paso', 'mismo']);
/** A past time right after these compares ("like last year", "igual que hace anos"): it is not the sign's time. */
const COMPARERS = new Set(['like', 'como', 'as', 'than', 'way']);
const MORE = new Set(['peor', 'mas', 'menos', 'mejor']);
const COMPARER_PAIRS = new Set(['igual que', 'mismo que']);

/** True when the sign at [start, end) is told in the past: a past-tense word in it, or before it in its clause with only linking words between ("I had numbness", "used to think about suicide"; not "used to be happy want to die"). */
export function toldInPast(p: Prepared, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (PAST_WORDS.has(p.words[k] ?? '')) return true;
  for (let k = start - 1; k >= Math.max(0, start - 4) && p.breaks[k] !== true; k--) {
    const w = p.words[k] ?? '';
    if (PAST_WORDS.has(w)) return true;
    if (!LINKS.has(w)) return false;
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
  if (compares(p, h.start) || earlierEpisode(p, h)) return true;
  if (began(c, p, h, start, end)) return true;
  return h.start >= end ? clauseAfter(p, end, h, start) : clauseBefore(p, h, start, end);
}

/** An episode word within three words of the cue, in its clause ("both legs numb had it in 2015 too", "first time was years ago"). */
function earlierEpisode(p: Prepared, h: CueHit): boolean {
  for (let k = h.end; k < Math.min(p.words.length, h.end + 3) && p.breaks[k - 1] !== true; k++) if (EPISODES.has(p.words[k] ?? '')) return true;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3) && p.breaks[k] !== true; k--) if (EPISODES.has(p.words[k] ?? '')) return true;
  return false;
}

/** A comparison up to three words before the cue in its clause ("like I did years ago", "worse than last year", "peor que el ano pasado"). */
function compares(p: Prepared, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3) && p.breaks[k] !== true; k--) {
    const w = p.words[k] ?? '';
    if (COMPARERS.has(w) || (w === 'que' && MORE.has(p.words[k - 1] ?? '')) || COMPARER_PAIRS.has(`${p.words[k - 1] ?? ''} ${w}`)) return true;
  }
  return false;
}

/** A word told in the past: one of PAST_WORDS, or an English "-ed" verb ("slipped", "stopped"). */
function pastVerb(w: string): boolean {
  return PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed'));
}

function clauseAfter(p: Prepared, from: number, h: CueHit, start: number): boolean {
  const to = h.start;
  // "numb down there a few years ago i had surgery": a time followed by a subject opens the next clause.
  if (p.breaks[h.end - 1] !== true && (SUBJECTS.has(p.words[h.end] ?? '') || p.words[h.end] === 'had')) return true;
  const past = toldInPast(p, start, from);
  if (past) for (let k = from + 1; k < to; k++) if (POINTERS.has(p.words[k] ?? '') && POINTER_LEADS.has(p.words[k - 1] ?? '')) return false;
  for (let k = from; k < to; k++) {
    const w = p.words[k] ?? '';
    // "both legs numb had surgery years ago", "I lost control of my bladder I had surgery years ago", "mi cirugia
    // fue hace anos": a subject, an event or "had" with no joiner starts a clause too, unless it hangs on "after",
    // "from", "despues" ("I had trouble peeing after my hernia operation last year").
    if ((SUBJECTS.has(w) || EVENTS.has(w) || w === 'had' || w === 'tuve') && !subordinate(p, k)) return true;
    if (!JOINERS.has(p.words[k - 1] ?? '')) continue;
    for (let j = k; j < Math.min(k + 3, to); j++) if (STARTERS.has(p.words[j] ?? '')) return true;
  }
  return false;
}

/** True when a subordinating word ("after", "from", "despues") stands in the three words before `k`, in its clause. */
function subordinate(p: Prepared, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3) && p.breaks[i] !== true; i--) if (SUBORDINATORS.has(p.words[i] ?? '')) return true;
  return false;
}

function clauseBefore(p: Prepared, h: CueHit, start: number, end: number): boolean {
  // "surgery was in 2018 couldnt pee", "fusion last year lost bladder control", "la cirugia fue hace anos perdi el
  // control": a time of an event named beside it, or an event between it and the sign, is the event's whatever the tense.
  for (let k = Math.max(0, h.start - 2); k < start; k++) if (EVENTS.has(p.words[k] ?? '') && (k < h.start || k >= h.end)) return true;
  if (toldInPast(p, start, end)) return false;
  // A cue opens its clause with nothing before it but a count ("Two years ago I had...", "about 3 years ago I...").
  let first = h.start;
  while (first > 0 && p.breaks[first - 1] !== true && COUNTS.has(p.words[first - 1] ?? '')) first--;
  const opensClause = first === 0 || p.breaks[first - 1] === true;
  if (!opensClause && start - h.end <= 1) return true;
  for (let k = h.end; k < start; k++) {
    const w = p.words[k] ?? '';
    if (JOINERS.has(w) || pastVerb(w)) return true;
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
