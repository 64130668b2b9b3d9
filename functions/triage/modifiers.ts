import { CUE_KINDS, type Compiled, type CompiledRule, type Cue, type CueKind, type CuesFrom } from './compile.js';
import { negativeIn, positionsOf, type CueHit, type Prepared } from './message.js';
import { timeOfAnother, toldInPast } from './clause-time.js';
import { isNumber } from './vocabulary.js';
import { isImmediate } from '../core/tiers.js';

/** A cue word: a literal word, or `#min-max` for a number in that range ("3 years ago"). */
function cueWordEq(cue: string, word: string | undefined): boolean {
  if (cue[0] !== '#') return word === cue;
  if (!word || !isNumber(word)) return false;
  const [min = 0, max = 0] = cue.slice(1).split('-').map(Number);
  return Number(word) >= min && Number(word) <= max;
}

/**
 * True when `cue` occurs at word `i` within one clause ("fine, now it hurts" is not "fine now"), never reading past
 * the end; its first `known` words are known to match (the cue index found it by them).
 */
function cueAt(cue: Cue, p: Pick<Prepared, 'words' | 'breaks'>, i: number, known: number): boolean {
  const { words } = cue;
  if (i + words.length > p.words.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (k >= known && !cueWordEq(words[k] ?? '', p.words[i + k])) return false;
    if (k + 1 < words.length && p.breaks[i + k]) return false;
  }
  return true;
}

/** Every occurrence of a kind of cue in the message; all kinds are found in one pass on first use, with the cues' first-word index. */
export function cueHits(c: Compiled, p: Prepared, kind: CueKind): readonly CueHit[] {
  // Found again if other rules (the bare rules of the set-aside check have no cues) ask about the same message.
  if (!p.cues || p.cuesOf !== c) {
    p.cues = findCues(c, p);
    p.cuesOf = c;
  }
  return p.cues[kind];
}

/** Every cue of every kind in the message, position by position (a loop: no closure per message). */
function findCues(c: Compiled, p: Prepared): Record<CueKind, CueHit[]> {
  const found = {} as Record<CueKind, CueHit[]>;
  for (const kind of CUE_KINDS) found[kind] = [];
  const numbers = c.cuesByFirst.get('#');
  for (let i = 0; i < p.words.length; i++) {
    const word = p.words[i] ?? '';
    const from = c.cuesByFirst.get(word);
    if (from) cuesFrom(p, i, from, 1, found);
    if (numbers && isNumber(word)) cuesFrom(p, i, numbers, 0, found);
  }
  return found;
}

/** Adds to `found` the cues of `from` that occur at word `i`; `known` is 1 when `from` was found by that word itself, 0 for a number slot. */
function cuesFrom(p: Prepared, i: number, from: CuesFrom, known: number, found: Record<CueKind, CueHit[]>): void {
  cuesAt(p, i, from.single, known, found);
  const second = p.words[i + 1];
  const { bySecond } = from;
  if (second === undefined || !bySecond) return;
  // Found by the second word too, unless after a number slot.
  cuesAt(p, i, bySecond.get(second), known === 1 ? 2 : 0, found);
  if (isNumber(second)) cuesAt(p, i, bySecond.get('#'), known, found);
}

/** Adds to `found` those of `cues` (their first `known` words matching) that occur at word `i`. */
function cuesAt(p: Prepared, i: number, cues: readonly Cue[] | undefined, known: number, found: Record<CueKind, CueHit[]>): void {
  if (!cues) return;
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k];
    if (cue && cueAt(cue, p, i, known)) found[cue.kind].push(cue.rule === undefined ? { start: i, end: i + cue.words.length } : { start: i, end: i + cue.words.length, rule: cue.rule });
  }
}

/** True when a negation cue ends within the rule's window before `start` (reaching 3 words further past each "or"), with no clause break or stop word between, or runs into the sign's first word. */
export function negatedBefore(c: Compiled, p: Prepared, start: number, window: number): boolean {
  const negations = cueHits(c, p, 'negation');
  // A cue that runs into the sign's first word ("nada dormido entre las piernas") negates it too.
  for (const h of negations) if (h.start < start && h.end > start) return true;
  let reach = window;
  for (let d = 0; d <= reach; d++) {
    if (c.coordinators.has(p.words[start - 1 - d] ?? '')) reach += 3;
    const cueEnd = start - 1 - d;
    const w = p.words[cueEnd];
    if (w === undefined || w === '' || p.breaks[cueEnd]) return false;
    if (cueEndsAt(negations, cueEnd)) return true;
    if (c.stops.has(w)) return false;
  }
  return false;
}

/**
 * True when a negation cue that ends with the sign's last word starts inside it after a clause break: the sign's
 * place told and then said to be fine ("siento el fundillo normalito, nada dormido", "todo normal down there, nada numb").
 */
export function negatedAtEnd(c: Compiled, p: Prepared, start: number, end: number): boolean {
  for (const h of cueHits(c, p, 'negation')) if (h.end === end && h.start > start && flagIn(p.breaks, start, h.start)) return true;
  return false;
}

/** True when one of `hits` ends with word `last` (a loop: no closure per word read). */
function cueEndsAt(hits: readonly CueHit[], last: number): boolean {
  for (const h of hits) if (h.end - 1 === last) return true;
  return false;
}

/**
 * True when the sign ending at `end` ends its sentence and the next sentence is one answer word ("chest pain? nope.",
 * "fiebre? no"), or ends its clause and the next clause is a whole denial ("is my bum numb, it isn't", "cancer? I haven't.").
 */
export function answeredNo(c: Compiled, p: Prepared, end: number): boolean {
  if (p.breaks[end - 1] !== true) return false;
  if (oneWordAnswerAt(c, p, end)) return true;
  return cueHits(c, p, 'denial').some((h) => h.start === end && p.breaks[h.end - 1] === true);
}

/** True when word `k` is a sentence of its own that is one answer word ("no", "nope"), after a sentence end. */
export function oneWordAnswerAt(c: Compiled, p: Prepared, k: number): boolean {
  return p.ends[k - 1] === true && p.ends[k] === true && c.answers.has(p.words[k] ?? '');
}

/** True when the sentence holding word `i` is a question: a question mark ends it or an opener ("is", "es") opens it. */
function asked(c: Compiled, p: Prepared, i: number): boolean {
  return p.asks[sentenceLast(p, i)] === true || c.clauses.openers.has(p.words[sentenceStart(p, i)] ?? '');
}

/** True when an after-word ("fine", "normal") follows the sign ending at `end`, past up to two linking words and within its clause (or, a label's answer, right after a clause break and ending its sentence: "Las legs: strong."; not after a sentence end: "both legs are numb. fine"), in a sentence that is not a question ("is leg weakness normal?" asks); an intensifier ("bien") is "fine" only before a break or a joiner ("siente las piernas bien y orina normal"; not "bien dormidas"). */
export function negatedAfter(c: Compiled, p: Prepared, end: number): boolean {
  let j = end;
  for (let linked = 0; linked <= 2; linked++) {
    if (p.breaks[j - 1] && !(linked === 0 && labelAnswer(c, p, j))) return false;
    const w = p.words[j];
    if (w === undefined) return false;
    if (c.after.has(w)) return !(c.intensifiers.has(w) && !p.breaks[j] && (p.words[j + 1] ?? '') !== '' && !c.clauses.joiners.has(p.words[j + 1] ?? '')) && !asked(c, p, j);
    if (!c.linking.has(w)) return false;
    j++;
  }
  return false;
}

/** True when word `j` is an after-word right after a clause break (not a sentence end) that ends its sentence: a label's answer, "Las legs: strong.". */
function labelAnswer(c: Compiled, p: Prepared, j: number): boolean {
  return p.ends[j - 1] !== true && c.after.has(p.words[j] ?? '') && (p.ends[j] === true || j === p.words.length - 1);
}

/**
 * True when self-harm talk at [start, end) is a screening question the texter reports (a screening cue before it in
 * its sentence: "my GP asked if I've had thoughts of harming myself") and the next sentence opens by saying no to it as
 * a whole (an answer word, "No, nunca", or a denial cue: "I haven't", "not at all"), with no later word saying it is so
 * (a reactivation or earnest cue, or a turn word: "...No. But honestly, I have").
 */
function screenedNo(c: Compiled, p: Prepared, start: number, end: number): boolean {
  const from = sentenceStart(p, start);
  if (!someWithin(cueHits(c, p, 'screening'), from, start)) return false;
  const next = sentenceLast(p, Math.max(start, end - 1)) + 1;
  if (next >= p.words.length) return false;
  const opensNo = (c.answers.has(p.words[next] ?? '') && p.breaks[next] === true) || cueHits(c, p, 'denial').some((h) => h.start === next && p.breaks[h.end - 1] === true);
  if (!opensNo || saidAgainFrom(c, p, next) || someWithin(cueHits(c, p, 'earnest'), next, p.words.length)) return false;
  return !anyIn(p, c.clauses.turns, next, p.words.length);
}

/**
 * True when self-harm talk at [start, end) is asked on others' behalf: a role cue anywhere in the message ("support
 * worker", "newsletter", "directorio"), the talk's sentence ends with a question mark and names others in general
 * before it (context.clauses.others: "someone", "a client", "alguien"), and no word of the texter's own
 * (context.clauses.self: "I", "my", "matarme") stands in the talk or the two words before it.
 */
function askedOnBehalf(c: Compiled, p: Prepared, start: number, end: number): boolean {
  if (cueHits(c, p, 'behalf').length === 0 || p.asks[sentenceLast(p, Math.max(start, end - 1))] !== true) return false;
  const from = sentenceStart(p, start);
  return anyIn(p, c.clauses.others, from, start) && !anyIn(p, c.clauses.self, Math.max(from, start - 2), end);
}

/** True when `flags` (a message's clause breaks or sentence ends) is set after any word in [from, to). */
export function flagIn(flags: readonly boolean[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (flags[i]) return true;
  return false;
}

const always = () => true;

/** True when a hit starts in [from, to) and passes `keep`. */
function someWithin(hits: readonly CueHit[], from: number, to: number, keep: (h: CueHit) => boolean = always): boolean {
  for (const h of hits) if (h.start >= from && h.start < to && keep(h)) return true;
  return false;
}

/**
 * True when a question cue `h` does not speak for a sign starting at `start`: a factive word follows a question
 * (`factive`: "es peligroso que no pueda orinar"; not what one read, "vi en la tele que...", nor "que si..."), a
 * turn word stands between ("but", "pero", "now": context.clauses.turns), or a joiner followed by an owner word
 * ("...es grave y yo no puedo orinar"), or the sign is owned (ownedSign) with no conditional in the cue or between
 * ("is it dangerous i cant pee", not "should i worry if i cant pee").
 */
function turnBetween(c: Compiled, p: Prepared, h: CueHit, start: number, factive: boolean): boolean {
  const { turns, joiners, owners, factives, conditionals } = c.clauses;
  if (factive && h.end < start && factives.has(p.words[h.end] ?? '') && !conditionals.has(p.words[h.end + 1] ?? '')) return true;
  let conditional = false;
  for (let k = h.end; k < start; k++) {
    const w = p.words[k] ?? '';
    if (turns.has(w) || (joiners.has(w) && owners.has(p.words[k + 1] ?? ''))) return true;
    conditional ||= conditionals.has(w);
  }
  // Someone else named between a disclaimer and the sign, with no "if" between: their sign is told, not asked ("just
  // curious my grandpa is leaking pee and cant feel it").
  if (!conditional && someWithin(cueHits(c, p, 'experiencer'), h.end, start)) return true;
  return ownedSign(c, p, start, start, h.start);
}

/**
 * True when an owner word ("i", "my", "yo", "siento") stands in the sign's first three words (from `start`, up to
 * `end`) or right before them (two words, in its clause) and no conditional ("if", "si") stands in its words or in
 * the clause from `from` on: the sign is told as the texter's own.
 */
function ownedSign(c: Compiled, p: Prepared, start: number, end: number, from: number): boolean {
  const { owners, conditionals } = c.clauses;
  let owned = false;
  for (let k = start; k < end; k++) {
    const w = p.words[k] ?? '';
    if (conditionals.has(w)) return false;
    owned ||= k < start + 3 && owners.has(w);
  }
  for (let k = start - 1; k >= Math.max(0, from) && p.breaks[k] !== true; k--) {
    const w = p.words[k] ?? '';
    if (conditionals.has(w)) return false;
    owned ||= k >= start - 2 && owners.has(w);
  }
  return owned;
}

/** Where an opener ("is", "what", "que") stands as the first or second word of a sentence starting at `from`, before word `start`; else -1. */
function openerAt(c: Compiled, p: Prepared, from: number, start: number): number {
  const opensAt = (k: number) => k < start && c.clauses.openers.has(p.words[k] ?? '');
  return opensAt(from) ? from : opensAt(from + 1) ? from + 1 : -1;
}

/**
 * True when the sign at [start, end) is asked about in general: its sentence ends with a question mark and opens
 * (first or second word, before the sign) with an opener (context.clauses.openers: "is", "what", "would", "que"),
 * no factive word follows the opener before the sign ("is it dangerous that..."), the sentence names no owner
 * ("i", "my", "yo") and no one else (an experiencer cue), and neither it nor the rest of the message holds a personal
 * word ("normal", "still", "me", "i", "tengo"): "is foot drop permanent?", "would a swollen calf be a clot?".
 */
function generalQuestion(c: Compiled, p: Prepared, start: number, end: number): boolean {
  const to = sentenceLast(p, Math.max(start, end - 1));
  if (p.asks[to] !== true) return false;
  const from = sentenceStart(p, start);
  const { owners, factives, personal } = c.clauses;
  const opener = openerAt(c, p, from, start);
  if (opener < 0) return false;
  for (let k = opener + 1; k < start; k++) if (factives.has(p.words[k] ?? '')) return false;
  for (let k = from; k < p.words.length; k++) {
    const w = p.words[k] ?? '';
    if (personal.has(w) || (k <= to && owners.has(w))) return false;
  }
  return !someWithin(cueHits(c, p, 'experiencer'), from, to + 1);
}

/**
 * True when the sign at [start, end) is the condition of a question: the nearest word before it in its clause that
 * opens a condition is a frame ("if", "si": then told as unreal, a word of context.clauses.unreal in its first six
 * words, "if my dad fell") or a supposition ("suppose", "caso"; "say" only opening its sentence); no activity
 * (context.clauses.triggers) nor second subject stands between it and the sign ("if I sneeze I leak"); the sentence
 * ends with a question mark after the condition's clause has ended ("..., what should I look for?", or with no comma
 * at a question opener after the sign: "if both my legs went numb would that be bad?"); and no claim
 * word nor present or recent time stands in the sentence ("if i cant pee since this morning, should i go in?"; a
 * present cue ending in a word of context.clauses.manner, "suddenly", "de repente", says how, not when: "if my leg
 * ever went cold and pale suddenly, is that 911?").
 */
function conditionalFrame(c: Compiled, p: Prepared, start: number, end: number): boolean {
  const last = sentenceLast(p, Math.max(start, end - 1));
  if (p.asks[last] !== true) return false;
  const { frames, suppositions, openingSuppositions, unreal, claims, subjects, triggers, openers, manner } = c.clauses;
  const opens = (k: number) => {
    const w = p.words[k] ?? '';
    return frames.has(w) || suppositions.has(w) || (openingSuppositions.has(w) && (k === 0 || p.ends[k - 1] === true));
  };
  let frame = start - 1;
  while (frame >= 0 && p.breaks[frame] !== true && !opens(frame)) frame--;
  if (frame < 0 || !opens(frame)) return false;
  if (frames.has(p.words[frame] ?? '') && !anyIn(p, unreal, frame + 1, Math.min(frame + 7, runLast(p.breaks, frame, p.words.length) + 1))) return false;
  if (anyIn(p, triggers, frame + 1, start) || anyIn(p, subjects, frame + 2, start)) return false;
  const from = sentenceStart(p, start);
  // Without a comma, a question opener after the sign starts the question ("if both my legs went numb would that be bad?").
  if (runLast(p.breaks, end - 1, p.words.length) >= last && !anyIn(p, openers, end, last + 1)) return false;
  // A claim word that is also an unreal verb ("if my foot started dragging") belongs to the condition.
  for (let k = from; k <= last; k++) if (claims.has(p.words[k] ?? '') && !unreal.has(p.words[k] ?? '')) return false;
  const when = (h: CueHit) => !manner.has(p.words[h.end - 1] ?? '');
  return !someWithin(cueHits(c, p, 'present'), from, last + 1, when) && !someWithin(cueHits(c, p, 'recent'), from, last + 1);
}

/**
 * True when the sign's sentence (holding word `end - 1`) is a question (a question mark ends it, or an opener opens
 * it: "what if my legs keep buckling.") and a later clause answers it as happening: a claim word
 * (context.clauses.claims: "mine", "started", "same", "desde"), a no echoing a sign negative by nature ("cant feel the
 * toilet paper? i dont feel it") or, when `present` is set, a present-time or still cue ("...? y no se va"); and no other
 * negation word (but one before a sign word, "no he podido", or opening a still cue, "no se va"), no limit word without a claim word or an echoing no ("...? right now it's just one"), no "fine"
 * word nor a cue saying it is over, past, explained, a joke or only asked ("...? mine stopped this morning", "...? llevo
 * desde la manana sin poder"; not "...? mine is fine"). With `framed` (a hypothetical or question cue frames a sentence
 * that is no question: "I read that if you can't feel the toilet paper you should go to the ER.") only the next
 * sentence answers, and only by a negative word of the sign ending it ("Well, I can't.").
 */
function answeredAsOwn(c: Compiled, p: Prepared, start: number, end: number, present = true, framed = false): boolean {
  const at = Math.max(0, end - 1);
  const question = asked(c, p, at);
  if (!question && !framed) return false;
  const to = sentenceLast(p, at);
  // A framed statement ("I read that if you can't feel the toilet paper you should go to the ER. Well, I can't.") is
  // answered only by the next sentence, and only by a no that echoes its sign.
  const stop = question ? p.words.length : sentenceLast(p, to + 1) + 1;
  const { claims, limiters } = c.clauses;
  const says = (kind: CueKind, from: number, next: number) => someWithin(cueHits(c, p, kind), from, next);
  const signWordAfter = (k: number) => c.signWords.has(p.words[k + 1] ?? '') || c.signWords.has(p.words[k + 2] ?? '');
  // A sign negative by nature ("cant feel the toilet paper") is answered as one's own by a no that echoes it ("i dont feel it at all").
  const echoesNegative = negativeIn(c, p, start, end) ? (k: number) => echoes(p, p.words[k + 1] ?? '', start, end - 1) || echoes(p, p.words[k + 2] ?? '', start, end - 1) : () => false;
  for (let from = to + 1; from < stop; ) {
    const next = runLast(p.breaks, from, p.words.length) + 1;
    // A sign said to go on ("...? started an hour ago and it won't go away") is here: a present-time or still cue.
    let claimed = question && present && (says('present', from, next) || says('still', from, next));
    let echoed = false;
    let denied = false;
    let limited = false;
    let claimWord = false;
    for (let k = from; k < next && !denied; k++) {
      const w = p.words[k] ?? '';
      const negation = c.cueWords.has(w);
      // "...? I can't.": a negative word ending its sentence that is itself a word of the sign echoes it.
      const echo = (negation && echoesNegative(k)) || (p.ends[k] === true && negativeIn(c, p, k, k + 1) && echoes(p, w, start, end - 1));
      echoed ||= echo;
      claimWord ||= question && claims.has(w);
      claimed ||= echo || claimWord;
      limited ||= limiters.has(w) && !signWordAfter(k);
      // The no of a still cue ("no se va", "won't go away") says the sign goes on, not that it is absent.
      denied = (negation && !echo && !signWordAfter(k) && !says('still', k, k + 1)) || saysFine(c, p, k);
    }
    // "...is that ER? Right now it's just one": a limit with no sign word right after it ("i just cant feel them"), no claim
    // word ("mine just did today") and no echoing no says how far the sign goes, not that it is here.
    if (limited && !echoed && !claimWord) denied = true;
    // An echoing no holds a denial cue's words ("i dont"): that cue is the echo, not a no.
    if (claimed && !denied && !ANSWER_DENIALS.some((kind) => (kind !== 'denial' || !echoed) && says(kind, from, next))) return true;
    from = next;
  }
  return false;
}

/** True when word `k` is an after-word not negated right before it ("mine are fine", "ahorita estoy bien"; not "not normal", nor "bien dormidas": an intensifier before a state). */
function saysFine(c: Compiled, p: Prepared, k: number): boolean {
  const w = p.words[k] ?? '';
  return c.after.has(w) && !c.cueWords.has(p.words[k - 1] ?? '') && !(c.intensifiers.has(w) && c.intensified.has(p.words[k + 1] ?? ''));
}

/** The cue kinds that keep a later clause from answering a question as happening. */
const ANSWER_DENIALS = ['resolved', 'past', 'explained', 'joke', 'hypothetical', 'denial'] as const;

/**
 * True when the sign at [start, end) is asked in a question (its sentence ends with a question mark and opens with an
 * opener, or a question or hypothetical cue stands before the sign in it, or it opens with "if"/"si") or reported as asked
 * or warned of (a word of context.clauses.reporters before it in its sentence: "the nurse asked if..."), is not told there
 * as one's own, and a
 * later clause says no to it while none answers it as happening: "is a swollen calf dangerous? mine isnt swollen",
 * "are chills with back pain bad? no chills, no fever", "is foot drop malo? mis pies estan fine". For a sign negative by
 * nature (`negative`: "cant pee") only a yes or a cue says no ("i pee fine"; not "i dont feel it"); never for self-harm talk (the caller's).
 */
export function deniedAfterQuestion(c: Compiled, p: Prepared, start: number, end: number, negative: boolean): boolean {
  const last = sentenceLast(p, Math.max(start, end - 1));
  const question = p.asks[last] === true;
  if (last + 1 >= p.words.length) return false;
  const from = sentenceStart(p, start);
  // "chest pain since this morning, could it be my back? no idea": a question that dates the sign tells it.
  if (someWithin(cueHits(c, p, 'present'), from, last + 1)) return false;
  const opener = openerAt(c, p, from, start);
  const cued = (kind: CueKind) => someWithin(cueHits(c, p, kind), from, start);
  // A question that opens with a condition holding the sign ("If I get chest pain while lifting, should I stop? I
  // haven't had any"; not "¿Cuenta si tuve leucemia?", a "whether") is asked as well; a sign someone is reported to
  // have asked or warned of ("the urgent care doctor asked if I'm losing control of my bladder.") is answered as a
  // question is ("I'm not").
  const framed = question ? opener >= 0 || cued('question') || cued('hypothetical') || c.clauses.frames.has(p.words[from] ?? '') : anyIn(p, c.clauses.reporters, from, start);
  if (!framed || ownedSign(c, p, start, end, from)) return false;
  // "does it matter that the pain is worse at night?", "que significa que tenga...": a factive word tells the sign as a fact.
  for (let k = opener === from ? from + 1 : from; k < start; k++) if (c.clauses.factives.has(p.words[k] ?? '')) return false;
  // A claim word answers it as one's own; a present time alone does not outweigh a no ("i dont have a fever, checked twice today").
  if (answeredAsOwn(c, p, start, end, false) || saidAgainFrom(c, p, end, start)) return false;
  // Clause by clause, not in a later question, nor in a clause naming another body part or function ("anoche tuve
  // 38.5. las piernas las siento bien" says nothing of the fever).
  for (let at = last + 1; at < p.words.length; ) {
    const next = runLast(p.breaks, at, p.words.length) + 1;
    if (!asked(c, p, at) && !namesOtherSubject(c, p, at, next, start, end) && deniesQuestion(c, p, at, next, from, last, negative)) return true;
    at = next;
  }
  return false;
}

/**
 * True when the clause [from, next) says no to a question in [qFrom, qLast]: a cue saying it is over, past,
 * explained, only asked or denied; an after-word not negated ("mine are fine", "im walking normal"); or a negation
 * word after "mine" ("mine isnt"), ending its clause ("la mia no,"), or followed within three words by a pointer or
 * a word the question used ("i dont have a fever", "no chills", "i havent fallen").
 */
function deniesQuestion(c: Compiled, p: Prepared, from: number, next: number, qFrom: number, qLast: number, negative: boolean): boolean {
  // A denial cue says no as a whole clause ("it isnt", "not me"; not "its not tearing or sudden, just aches").
  const says = (kind: CueKind) => someWithin(cueHits(c, p, kind), from, next, (h) => kind !== 'denial' || p.breaks[h.end - 1] === true);
  if (ANSWER_DENIALS.some((kind) => kind !== 'joke' && (kind !== 'denial' || !negative) && says(kind))) return true;
  const { possessives, denied } = c.clauses;
  for (let k = from; k < next; k++) {
    const w = p.words[k] ?? '';
    if (saysFine(c, p, k)) return true;
    // A sign negative by nature is said no to by a yes ("can you feel when you wipe? i feel it normal"), never by a no.
    if (negative || !c.cueWords.has(w)) continue;
    if (possessives.has(p.words[k - 1] ?? '') || k === next - 1) return true;
    for (let j = k + 1; j <= k + 3 && j < next; j++) if (denied.has(p.words[j] ?? '') || echoes(p, p.words[j] ?? '', qFrom, qLast)) return true;
  }
  return false;
}

/** True when `word` and a word in [from, to] share their first five letters, or all of the shorter's four ("lumps", "lump"). */
function echoes(p: Prepared, word: string, from: number, to: number): boolean {
  if (word.length < 4) return false;
  for (let k = from; k <= to; k++) {
    const q = p.words[k] ?? '';
    const shorter = Math.min(5, q.length, word.length);
    if (shorter >= 4 && q.slice(0, shorter) === word.slice(0, shorter)) return true;
  }
  return false;
}

/**
 * True when a cue that the sign is here again or happening ("it's back", "that's happening right now") starts at word
 * `from` or later, or, for a sign starting at `signStart`, starts inside it and reaches `from` (its end: "can you feel
 * the toilet paper? not really, kinda muffled"); not one right after a negation word ("no me pasa a mi"), nor one
 * whose last words begin a resolution cue ("it's back to normal").
 */
function saidAgainFrom(c: Compiled, p: Prepared, from: number, signStart = from): boolean {
  return cueHits(c, p, 'reactivate').some((h) => (h.start >= from || (h.start > signStart && h.end >= from)) && !negatedCue(c, p, h, 1) && !beginsResolution(c, p, h));
}

/** True when the last words of cue hit `h` begin a resolution cue reaching past it: `h` is that cue's ("it's back to normal" is not "it's back"; "no se me quita" holds a negated one and stays). */
function beginsResolution(c: Compiled, p: Prepared, h: CueHit): boolean {
  return cueHits(c, p, 'resolved').some((r) => r.start > h.start && r.start < h.end && r.end > h.end);
}

/** True when a negation word stands one word (`reach` 1) or two words before cue hit `h` ("no es broma", "not gone"). */
function negatedCue(c: Compiled, p: Prepared, h: CueHit, reach: 1 | 2 = 2): boolean {
  return c.cueWords.has(p.words[h.start - 1] ?? '') || (reach === 2 && c.cueWords.has(p.words[h.start - 2] ?? ''));
}

/** True when cue hit `h` and the sign at [start, end) are not parted by any of `flags` (clause breaks or sentence ends). */
function together(flags: readonly boolean[], h: CueHit, start: number, end: number): boolean {
  return h.end <= start ? !flagIn(flags, h.end - 1, start) : !flagIn(flags, end - 1, h.start);
}

/**
 * True when one of the rule's own set-aside phrases stands within the context window of the sign at [start, end),
 * in its sentence ("lost 12 lbs on purpose"), and no negation word comes earlier in the phrase's clause or right
 * after it ("I didn't do it on purpose", "my diet hasn't changed"). `holding` (and for a phrase opening with a negation
 * word): only a phrase that holds the sign's words; `clause` (self-harm talk): only one in the sign's clause ("I want to
 * kill myself, unsubscribe me" keeps the talk).
 */
export function setAsideByRule(c: Compiled, p: Prepared, start: number, end: number, rule: string, holding = false, clause = false): boolean {
  const { window } = c.context;
  for (const h of cueHits(c, p, 'unless')) {
    if (h.rule !== rule || h.start < start - window || h.start >= end + window || !together(clause ? p.breaks : p.ends, h, start, end)) continue;
    // "can't go on like this" is no bladder sign: a phrase that opens with a negation says so only of the words it holds.
    const opensNegated = c.cueWords.has(p.words[h.start] ?? '') || c.signWords.has(p.words[h.start] ?? '');
    if ((holding || opensNegated) && (h.start > start || h.end < end)) continue;
    if (c.cueWords.has(p.words[h.end] ?? '') || negationInClauseBefore(c, p, h.start)) continue;
    // "numb from the long meeting, and still is", "still numb since the board meeting": said to be still there, in
    // the sign's sentence or after the sign and the phrase, the sign counts.
    const after = Math.max(end, h.end);
    return !cueHits(c, p, 'still').some((s) => s.start >= after || together(p.ends, s, start, end));
  }
  return false;
}

/**
 * True when the sign starting at word `start` (of a rule marked `withBackPain`) is told only of someone else: an
 * `others` cue before it in its sentence with no word of the texter's own between ("my daughter has a fever"), in a
 * message with no `shared` cue ("too", "his", "she", "me", "dice") and no back word (`backWords`) outside an `ownBack`
 * cue ("my back"). Their illness is not with back pain ("Mi nieto tiene calentura por la gripa, por eso no fui a caminar").
 */
export function othersAlone(c: Compiled, p: Prepared, start: number): boolean {
  const others = cueHits(c, p, 'others');
  if (others.length === 0 || cueHits(c, p, 'shared').length > 0) return false;
  const own = cueHits(c, p, 'ownBack');
  if (c.backWords.some((id) => positionsOf(p, id).some((q) => !own.some((h) => q >= h.start && q < h.end)))) return false;
  const first = sentenceStart(p, start);
  return others.some((h) => h.end <= start && h.start >= first && !p.words.slice(h.end, start).some((w) => c.clauses.owners.has(w)));
}

/** True when a one-word negation cue stands in the clause of word `i`, before it. */
function negationInClauseBefore(c: Compiled, p: Prepared, i: number): boolean {
  return inClauseBefore(p, c.cueWords, i);
}

/** True when a word of `words` stands before word `i` in its clause, at most `reach` words back. */
function inClauseBefore(p: Prepared, words: ReadonlySet<string>, i: number, reach = i): boolean {
  for (let k = i - 1; k >= i - reach && k >= 0 && !p.breaks[k]; k--) if (words.has(p.words[k] ?? '')) return true;
  return false;
}

/** Words right before a pet that make it an object: verbs done to it, in a few forms that do not end in -ing or -ed ("fed the cats", "paseando al perro"), and prepositions ("tripd on the dog", "over the cat"). */
const PET_OBJECT_WORDS = new Set(['fed', 'feed', 'walk', 'chase', 'pet', 'carry', 'lift', 'bathe', 'took', 'take', 'paseando', 'pasear', 'cargando', 'cargar', 'banando', 'persiguiendo', 'alimentando', 'on', 'over', 'sobre', 'con']);

/** True when the word right before a pet cue, in its clause, makes it an object (a verb done to it, a preposition): "chasing the puppy both legs gave out". */
function petIsObject(p: Prepared, h: CueHit): boolean {
  const before = h.start > 0 && !p.breaks[h.start - 1] ? (p.words[h.start - 1] ?? '') : '';
  return before.length > 3 && (before.endsWith('ing') || before.endsWith('ed')) || PET_OBJECT_WORDS.has(before);
}

/** How far (in words) a past time may stand after or before an emergency or crisis sign and still date it. */
const NEAR_AFTER = 3;
const NEAR_BEFORE = 3;

/** Where the run of words holding word `i` starts: after the last word before it that `flags` marks (a sentence end, a clause break). */
function runStart(flags: readonly boolean[], i: number): number {
  while (i > 0 && flags[i - 1] !== true) i--;
  return i;
}

/** The last word of the run holding word `i`: the first word from `i` on that `flags` marks, or the message's last. */
function runLast(flags: readonly boolean[], i: number, length: number): number {
  while (i < length - 1 && flags[i] !== true) i++;
  return i;
}

/** Where the sentence holding word `i` starts. */
function sentenceStart(p: Prepared, i: number): number {
  return runStart(p.ends, i);
}

/** The last word of the sentence holding word `i`. */
function sentenceLast(p: Prepared, i: number): number {
  return runLast(p.ends, i, p.words.length);
}

/** The clause holding word `i`, between clause breaks (a comma, a dash, a sentence end), as [start, end). */
function clauseAround(p: Prepared, i: number): [number, number] {
  return [runStart(p.breaks, i), runLast(p.breaks, i, p.words.length) + 1];
}

/** Where the word after the last turn word ("but", "pero") in [from, to) and its owner words ("my", "mi") stands, or -1. */
function subjectAfterTurn(c: Compiled, p: Prepared, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (!c.clauses.turns.has(p.words[k] ?? '')) continue;
    let j = k + 1;
    while (j < to && c.clauses.owners.has(p.words[j] ?? '')) j++;
    return j < to ? j : -1;
  }
  return -1;
}

/** True when a word of `list` stands in [from, to). */
function anyIn(p: Prepared, list: ReadonlySet<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (list.has(p.words[k] ?? '')) return true;
  return false;
}

/** True when one of the term groups `ids` (vocabulary ids) occurs in [a, b). */
function namesAny(p: Prepared, ids: readonly number[], a: number, b: number): boolean {
  return ids.some((id) => positionsOf(p, id).some((q) => q >= a && q < b));
}

/** True when [from, to) names a subject family (a body part or function) the sign at [start, end) does not, and none it does ("Legs and bum back to normal" still speaks for a numb bum). */
function namesOtherSubject(c: Compiled, p: Prepared, from: number, to: number, start: number, end: number): boolean {
  const names = (family: readonly number[], a: number, b: number) => namesAny(p, family, a, b);
  const signs = c.subjects.filter((family) => names(family, start, end));
  return !signs.some((family) => names(family, from, to)) && c.subjects.some((family) => !signs.includes(family) && names(family, from, to));
}

/** The cue kinds that can make a sign not current (notCurrent reads no others but present, recent and reactivate, which only keep it). */
const SETTING_ASIDE = ['hypothetical', 'question', 'animal', 'joke', 'resolved', 'explained', 'past'] as const;

/**
 * ConText-style modifiers around a matched sign at [start, end): clearly over (a resolution cue near it, not one a
 * later sentence says of another body part; a past-time cue in its clause, for an emergency or crisis within three
 * words, unless the sign is said to be back, a present-time cue sits beside it in its sentence, or the time is
 * another clause's, a comparison's or the sign's beginning: clause-time.ts), only asked (a question, "what if"
 * or disclaimer before the sign in its sentence, up to a turn, unless the sign is said after it to be happening;
 * after the sign a disclaimer only, never for someone else's sign; unless a cue after the sign says it is
 * happening), a joke said so, or a pet's (an animal named as its subject: right before it, or opening its
 * sentence with no person named between; never for a crisis rule). Such a sign is not a red flag now; the reply
 * still names the signs that need care. Rules marked `history` ignore past and resolution cues, rules marked
 * `asked` ignore hypothetical ones, and rules marked `recent` with a recent time in their sentence only explanations.
 * Also only asked: the condition of a question (conditionalFrame); and for self-harm talk, a screening answered no
 * (screenedNo) or a question for others (askedOnBehalf).
 */
export function notCurrent(c: Compiled, p: Prepared, start: number, end: number, rule: CompiledRule): boolean {
  // Self-harm talk that is a screening answered no or a question for others is not the texter's.
  if (rule.tier === 'crisis' && (screenedNo(c, p, start, end) || askedOnBehalf(c, p, start, end))) return true;
  // The condition of a question ("if my dad fell off a ladder, what should I look for?"), not answered as happening
  // after it, is only asked; never self-harm talk ("if I took all my pills would it hurt?").
  if (!rule.asked && rule.tier !== 'crisis' && conditionalFrame(c, p, start, end) && !answeredAsOwn(c, p, start, end) && !saidAgainFrom(c, p, end, start)) return true;
  const general = !rule.asked && generalQuestion(c, p, start, end);
  // Every cue read below starts within the window either side of the sign: with none there (and no general question), it
  // is current. Checked apart, with no closure: most signs have none, and a function that makes closures makes their context on every call.
  if (!general && !settingAsideNear(c, p, start - c.context.window, end + c.context.window)) return false;
  return notCurrentNear(c, p, start, end, rule, general);
}

/** True when a cue of a SETTING_ASIDE kind starts in [from, to). */
function settingAsideNear(c: Compiled, p: Prepared, from: number, to: number): boolean {
  for (let k = 0; k < SETTING_ASIDE.length; k++) if (someWithin(cueHits(c, p, SETTING_ASIDE[k] ?? 'past'), from, to)) return true;
  return false;
}

/** notCurrent for a sign with a setting-aside cue within the window or asked as a general question (`general`). */
function notCurrentNear(c: Compiled, p: Prepared, start: number, end: number, rule: CompiledRule, general: boolean): boolean {
  const { window } = c.context;
  const hypothetical = cueHits(c, p, 'hypothetical');
  const sameSentence = (h: CueHit) => together(p.ends, h, start, end);
  // "What if I can't feel myself wipe? Because that's happening right now": said to be happening after it, a sign is not only asked.
  // "ciatica both sides ahora y the doctor said if both legs go...": a question after a sign said to be happening now is another matter.
  const presents = cueHits(c, p, 'present');
  // A question or disclaimer before a sign speaks for it in its own sentence ("doc said if I ever couldn't pee, go in.
  // Well. I can't pee."), up to a turn ("...but now I can't pee"), and not when the sign is said after it to be
  // happening ("is it dangerous that I can't pee since yesterday").
  const nowRightAfter = presents.find((h) => h.start >= end && h.start < end + 3 && !flagIn(p.breaks, end - 1, h.start));
  const askedOfIt = (factive: boolean) => (h: CueHit) => sameSentence(h) && !turnBetween(c, p, h, start, factive);
  // Read last: the later clauses' answer is read only for a sign a cue asks about.
  const askedBefore = () =>
    !nowRightAfter &&
    (someWithin(hypothetical, start - window, start, askedOfIt(false)) || someWithin(cueHits(c, p, 'question'), start - window, start, askedOfIt(true))) &&
    !answeredAsOwn(c, p, start, end, true, true);
  // After a sign only a disclaimer counts ("can sciatica go down both legs? just curious"; a question after it is
  // asked about one's own, "I can't pee, is that dangerous?"), and never for a sign whose subject is named right
  // before it: one's own ("i cant feel when i wipe, just curious") or someone else's ("my husband can't feel when he
  // wipes. I don't have that"; not "my husband wants to know if both legs going numb is serious").
  const askedAfter = () =>
    someWithin(hypothetical, end, nowRightAfter ? nowRightAfter.start : end + window) &&
    !someWithin(cueHits(c, p, 'experiencer'), start - 3, start + 1, (h) => !flagIn(p.breaks, h.end - 1, start)) &&
    !ownedSign(c, p, start, end, start - window);
  // "you asked if I can feel the toilet paper - not really, kinda muffled": words saying it is happening may end the sign's own words.
  // A general question followed by words saying the sign is here ("...? I have it right now") is one's own.
  const generalOnly = () => general && !nowRightAfter && !someWithin(presents, end, p.words.length);
  if (!rule.asked && (askedBefore() || askedAfter() || generalOnly()) && !saidAgainFrom(c, p, end, start)) return true;
  // A pet named as the sign's subject, right before it in its clause ("my dog can't hold his bladder", "our cat's
  // back legs are weak"), makes it not a person's sign. A pet anywhere else ("tripped over the dog") does not, and
  // self-harm talk is always the person's ("the cat will be fine without me").
  // A pet that opens its sentence stays the subject further on while no person is named between ("mi perro arrastra
  // las patas de atras y se hizo pipi"; not "my dog knocked grandma over and now she can't feel her legs", nor
  // "walking the dog and suddenly both legs went weak").
  const opensSentence = (h: CueHit) => h.start === 0 || p.ends[h.start - 1] === true;
  // A person named between the pet and the sign, or in the sign's own words ("fed the cats, now cant feel my legs").
  const personBetween = (h: CueHit) => someWithin(cueHits(c, p, 'person'), h.end, end) || someWithin(cueHits(c, p, 'experiencer'), h.end, start);
  const petSubject = (h: CueHit) =>
    h.end <= start && !personBetween(h) && (start - h.end <= 2 ? !petIsObject(p, h) && together(p.breaks, h, start, end) : opensSentence(h) && together(p.ends, h, start, end));
  if (rule.tier !== 'crisis' && someWithin(cueHits(c, p, 'animal'), start - window, start, petSubject)) return true;
  // "no es broma", "not kidding": a joke cue that is itself negated says the opposite; "jk... no really. I'm tired of this" takes it back.
  const earnest = cueHits(c, p, 'earnest');
  if (someWithin(cueHits(c, p, 'joke'), start - 3, end + window, (h) => !negatedCue(c, p, h) && !earnest.some((e) => e.start >= h.end))) return true;
  if (rule.history) return false;
  // "no se me pasa", "not gone": a resolution cue that is itself negated says the sign is still there.
  // A sign said to be happening now ("both legs hurt now, it used to be one") is not made past by a nearby past cue.
  const now = someWithin(presents, start - 3, end + 3, (h) => together(p.ends, h, start, end));
  // A past-time cue speaks for its own clause ("se va a tirar del puente, tiene dolor hace años": the years are the pain's).
  // Where the first cue saying the sign is over ends (a resolution cue, or a past one), if there is one.
  let firstEnd = Infinity;
  // "ya esta bien hinchado": a resolution cue ending in an intensifier followed by a sign's state says "very", not "fine".
  const intensifies = (h: CueHit) => c.intensifiers.has(p.words[h.end - 1] ?? '') && !p.breaks[h.end - 1] && c.intensified.has(p.words[h.end] ?? '');
  // A cue that is the sign's own last or first words ("me entero cuando ya paso": I find out once it has happened; "se me paso a las dos piernas": it spread) does not modify it.
  const ownWords = (h: CueHit) => (h.start >= start && h.end === end) || (h.start === start && h.end < end);
  // A resolution cue in a later sentence that names its own past time speaks for that ("Back surgery was 10 years ago, fine since").
  const pasts = cueHits(c, p, 'past');
  const ownPast = (h: CueHit) => h.start >= end && !together(p.ends, h, start, end) && pasts.some((q) => q.start >= end && q.end <= h.start && together(p.ends, q, h.start, h.end));
  // Whether the sign is told in the past (clause-time.ts), read once if asked.
  let told: boolean | undefined;
  const past = () => (told ??= toldInPast(c, p, start, end));
  // A resolution cue in a later sentence that names another body part or function first speaks for that ("My calf is red. Breathing totally normal").
  // So does one in a later clause whose own clause names another complaint, before or after it ("I cant pee, the back
  // pain is all better", "me quiero matar, ya se me quito el dolor de espalda"), unless the sign's words name it too.
  // Not when the complaint is named with the sign, before the cue's clause (its cause: "I leaked pee with the cough, the
  // cough is gone"), nor when the cue's clause says the sign went too ("the back pain and the numbness went away"),
  // nor for an explanation (it explains the sign: "the ER said it was heartburn"), nor for self-harm talk told in the
  // past ("I thought about ending it. That went away once my back pain got treated").
  const otherSubject = (h: CueHit, complaint: boolean) => {
    if (h.start < end) return false;
    if (!together(p.ends, h, start, end) && namesOtherSubject(c, p, sentenceStart(p, h.start), h.start, start, end)) return true;
    // So does one in the sign's sentence whose subject, right after a turn, is a body part not named in that sentence
    // up to the sign's end ("fever and chills but my legs feel totally normal"; not "pero al caminar se me quito", nor
    // "my leg was numb after the epidural, but my leg is back to normal").
    const subject = subjectAfterTurn(c, p, end, h.start);
    if (subject >= 0 && h.start - subject <= 3 && together(p.ends, h, start, end) && namesOtherSubject(c, p, subject, subject + 1, sentenceStart(p, start), end)) return true;
    if (!complaint || together(p.breaks, h, start, end) || (rule.tier === 'crisis' && past())) return false;
    const [from, to] = clauseAround(p, h.start);
    return namesAny(p, c.complaints, from, to) && !namesAny(p, c.complaints, sentenceStart(p, start), from) && !namesAny(p, c.complaintsToo, from, to);
  };
  // A `recent` sign (chest pain) with a recent time in its sentence ("chest pain this morning, gone now") is over only
  // when explained; self-harm talk never is ("quiero matarme, el psiquiatra dijo que era ansiedad").
  // A harmless cause near it, not negated ("my butt went numb on my bike this morning, gone now", "Sat at my desk all
  // day. My butt went numb today, fine now"; not "no bike, nothing"), lets it be over as any sign.
  const recents = rule.recent ? cueHits(c, p, 'recent') : [];
  const fresh = rule.recent && !someWithin(cueHits(c, p, 'cause'), start - window, end + window, (h) => h.rule === rule.id && !negatedCue(c, p, h));
  const recent = fresh && someWithin(recents, start - window, end + window, sameSentence);
  // So is one whose resolution says it lasted minutes ("Felt a ripping pain. Went away after 10 min"): a fresh episode.
  const lastedMinutes = (h: CueHit) => fresh && recents.some((q) => q.start >= h.end && q.start <= h.end + 1 && !flagIn(p.ends, h.end - 1, q.start));
  const explained = rule.tier === 'crisis' ? [] : cueHits(c, p, 'explained');
  // "ya se me paso un poco, creo": a resolution cue followed by words saying it went only partly, ending the clause or
  // before a turn ("went away a little but its still there"), does not say it is over; a cue ending in "after" is
  // followed by its time ("fine after a bit").
  const partlies = cueHits(c, p, 'partly');
  const partly = (h: CueHit) =>
    !c.clauses.subordinators.has(p.words[h.end - 1] ?? '') && partlies.some((q) => q.start === h.end && (q.end === p.words.length || p.breaks[q.end - 1] === true || c.clauses.turns.has(p.words[q.end] ?? '')));
  // Nor does a resolution said of now (a present-time cue in its clause, or "ya" at its start) and doubted right before
  // it ("I think they're fine now", "it seems better now?", "creo que ya se me quito"), unless a past time near the sign
  // dates it ("years ago, I think it resolved"). The cheap checks first: most messages have no doubt word.
  const hedges = cueHits(c, p, 'hedge');
  const dated = () => pasts.some((q) => q.start >= start - window && q.start < end + window && !negatedCue(c, p, q));
  const ofNow = (h: CueHit) => {
    if (p.words[h.start] === 'ya' || p.words[h.start - 1] === 'ya') return true;
    const [from, to] = clauseAround(p, h.start);
    return presents.some((q) => q.start >= from && q.end <= to);
  };
  const hedged = (h: CueHit) => hedges.some((q) => q.end <= h.start && q.end >= h.start - 1 && !flagIn(p.breaks, q.end - 1, h.start)) && ofNow(h) && !dated();
  // A resolution hoped for or supposed, "if" or "si" before it in its clause with at most two words between ("me voy a tirar del
  // balcon a ver si asi se me quita", "to see if it goes away"), does not say the sign is over.
  const over = (h: CueHit, complaint: boolean) =>
    h.start >= start - 3 && h.start < end + window && !ownWords(h) && !negatedCue(c, p, h) && !intensifies(h) && !partly(h) && !inClauseBefore(p, c.clauses.conditionals, h.start, 3) && !ownPast(h) && !otherSubject(h, complaint);
  if (!recent) for (const h of cueHits(c, p, 'resolved')) if (over(h, true) && !lastedMinutes(h) && !hedged(h)) firstEnd = Math.min(firstEnd, h.end);
  for (const h of explained) if (over(h, false)) firstEnd = Math.min(firstEnd, h.end);
  // A past time inside the sign's own words is the time of what was lost ("I lost the feeling I used to have on my butt").
  const inside = (h: CueHit) => h.start > start && h.end < end;
  // A past time may be another clause's, a comparison's or the sign's beginning (clause-time.ts). A crisis told in
  // the present is never dated ("I want to kill myself I tried last year").
  const datesSign = (h: CueHit) => !timeOfAnother(c, p, h, start, end, past()) && (rule.tier !== 'crisis' || past());
  // An emergency or crisis is dated only by a time right beside it ("couldn't pee years ago", "years ago I couldn't
  // pee"): in a run-on message a time further off is as likely another clause's ("both legs numb had surgery years ago").
  const near = isImmediate(rule.tier) ? (h: CueHit) => (h.start >= end ? h.start - end <= NEAR_AFTER : start - h.end <= NEAR_BEFORE) : () => true;
  if (!now) for (const h of pasts) if (h.start >= start - window && h.start < end + window && near(h) && !inside(h) && together(p.breaks, h, start, end) && !negatedCue(c, p, h) && datesSign(h)) firstEnd = Math.min(firstEnd, h.end);
  return firstEnd !== Infinity && !saidAgainFrom(c, p, firstEnd);
}
