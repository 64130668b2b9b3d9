import { SECOND_OPINION_MODEL } from './second-opinion-model.js';

/** The n-gram lengths read, over the words joined by single spaces with a space at each end. */
export const GRAM_LENGTHS = [3, 4, 5] as const;
const MIN = 3;
const MAX = 5;
/** Letters of a gram as digits: space 1, a-z 2..27, 0-9 28..37 (0 is never a digit, so lengths cannot collide). */
const BASE = 38;

/** The digit of a space (and of any character but a-z and 0-9). */
const SPACE = 1;

function digit(code: number): number {
  if (code >= 97 && code <= 122) return code - 95;
  if (code >= 48 && code <= 57) return code - 20;
  return SPACE;
}

/** The number of a gram of a-z, 0-9 and spaces (base 38: below 2^31 for five letters, and above 1,400 for three). */
export function gramCode(gram: string): number {
  let code = 0;
  for (let i = 0; i < gram.length; i++) code = code * BASE + digit(gram.charCodeAt(i));
  return code;
}

/**
 * Calls `visit` with the code of every character n-gram (GRAM_LENGTHS) of the words joined by spaces, padded
 * with a space at each end; repeats included. The trainer reads text through this; secondOpinionSums reads the same grams in its own loop.
 */
export function forEachGram(words: readonly string[], visit: (code: number) => void): void {
  const text = ` ${words.join(' ')} `;
  for (let i = 0; i + MIN <= text.length; i++) {
    let code = 0;
    for (let n = 1; n <= MAX && i + n <= text.length; n++) {
      code = code * BASE + digit(text.charCodeAt(i + n - 1));
      if (n >= MIN) visit(code);
    }
  }
}

/** Upper bounds of the message length buckets (characters of the words joined by spaces, plus the two pads). */
export const LENGTH_BOUNDS = [40, 80, 160, 320, 640] as const;

/** The length bucket of a message, 1..6: long messages gather more grams, so the model may ask them for more evidence. */
export function lengthCode(words: readonly string[]): number {
  return bucketOf(paddedLength(words));
}

/** The characters of the words joined by spaces, with a space padded at each end. */
function paddedLength(words: readonly string[]): number {
  return words.reduce((n, w) => n + w.length + 1, 1);
}

function bucketOf(length: number): number {
  const bucket = LENGTH_BOUNDS.findIndex((b) => length <= b);
  return (bucket < 0 ? LENGTH_BOUNDS.length : bucket) + 1;
}

/** The letters a weight is written with: a letter's index minus 32 is the weight (-32..31). */
export const WEIGHT_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The shipped weights of one tier (written by the trainer into second-opinion-model.ts). */
export interface TierWeights {
  /** One string per gram length in GRAM_LENGTHS order, the grams of that length back to back. */
  grams: readonly string[];
  /** One weight letter per gram, in the order of `grams`. */
  weights: string;
  /** One weight letter per length bucket (lengthCode 1..6). */
  lengths: string;
  /** The message is raised when its length weight plus the weights of its distinct grams reach this. */
  threshold: number;
  /** Crisis only: below `threshold`, a sum that reaches this asks the one self-harm yes/no question instead. */
  ask?: number;
}

/** The tiers the second opinion may raise a message to, most severe first. */
export const SECOND_OPINION_TIERS = ['emergency', 'crisis'] as const;
/** A tier the second opinion may raise a message to. */
export type SecondOpinionTier = (typeof SECOND_OPINION_TIERS)[number];
/** A trained model: weights per tier it may raise to. */
export type SecondOpinionModel = Readonly<Record<SecondOpinionTier, TierWeights>>;
/** The rule id a result carries when the second opinion, not a rule, set its tier (pages name it apart). */
export const SECOND_OPINION_RULE = 'second-opinion';
/** How a page names a tier the second opinion set (plain ASCII, like the rules' labels). */
export const SECOND_OPINION_LABEL = 'No rule matched; the statistical second opinion read it as this tier';

const weightOf = (letter: string) => WEIGHT_LETTERS.indexOf(letter) - 32;

/** Gram codes in an open-addressing table (id 0 = empty slot), their weights per tier by id, and a stamp per id. */
interface Table {
  keys: Int32Array;
  ids: Int16Array;
  shift: number;
  /** By the code of three letters: 1 when some gram of the table starts with them (most places in a text start none, and their longer grams go unread). */
  starts: Uint8Array;
  weights: Int8Array[];
  seen: Int32Array;
  stamp: number;
}

/** Multiplicative hashing: the top bits of code * 2^32 / golden ratio. */
function slotOf(t: Pick<Table, 'keys' | 'shift'>, code: number): number {
  let s = Math.imul(code, 0x9e3779b1) >>> t.shift;
  while (t.keys[s] !== 0 && t.keys[s] !== code) s = (s + 1) & (t.keys.length - 1);
  return s;
}

function build(model: SecondOpinionModel): Table {
  const entries = SECOND_OPINION_TIERS.flatMap((tier, t) => {
    const m = model[tier];
    let at = 0;
    return m.grams.flatMap((run, g) => {
      const n: number = GRAM_LENGTHS[g] ?? MAX;
      return Array.from({ length: run.length / n }, (_, i) => ({ t, code: gramCode(run.slice(i * n, i * n + n)), start: gramCode(run.slice(i * n, i * n + MIN)), w: weightOf(m.weights.charAt(at++)) }));
    });
  });
  // A sparse table (about 1 slot in 12 taken): most grams are not in it, and an empty first slot says so at once.
  let bits = 6;
  while (1 << bits < entries.length * 12) bits++;
  const t: Table = { keys: new Int32Array(1 << bits), ids: new Int16Array(1 << bits), shift: 32 - bits, starts: new Uint8Array(BASE ** MIN), weights: [], seen: new Int32Array(entries.length + 1), stamp: 0 };
  t.weights = SECOND_OPINION_TIERS.map(() => new Int8Array(entries.length + 1));
  let count = 0;
  for (const e of entries) {
    t.starts[e.start] = 1;
    const s = slotOf(t, e.code);
    if (t.keys[s] === 0) [t.keys[s], t.ids[s]] = [e.code, ++count];
    const row = t.weights[e.t];
    if (row) row[t.ids[s] ?? 0] = e.w;
  }
  return t;
}

const tables = new WeakMap<SecondOpinionModel, Table>();

/**
 * The weight sum per tier (SECOND_OPINION_TIERS order) of a message: its length bucket's weight plus each distinct
 * gram's. The same grams as forEachGram, read in one loop without a callback (a 1,600-character message has ~4,800).
 */
export function secondOpinionSums(words: readonly string[], model: SecondOpinionModel = SECOND_OPINION_MODEL): number[] {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = build(model)));
  // A stamp per call marks the grams already counted, so a repeated gram counts once with no array to clear.
  t.stamp = t.stamp === 0x7fffffff ? 1 : t.stamp + 1;
  if (t.stamp === 1) t.seen.fill(0);
  const padded = paddedLength(words);
  const sums = SECOND_OPINION_TIERS.map((tier) => weightOf(model[tier].lengths.charAt(bucketOf(padded) - 1)));
  // The digits of ` ${words.join(' ')} `, written word by word; zeros past the end (the code a run computes after its last gram is never looked up).
  const digits = new Uint8Array(padded + 1 + MAX);
  let length = 0;
  digits[length++] = SPACE;
  words.forEach((word, k) => {
    if (k > 0) digits[length++] = SPACE;
    for (let i = 0; i < word.length; i++) digits[length++] = digit(word.charCodeAt(i));
  });
  digits[length++] = SPACE;
  for (let i = 0; i + MIN <= length; i++) {
    // The grams starting at i, three to five letters long and within the text.
    let code = ((digits[i] ?? 0) * BASE + (digits[i + 1] ?? 0)) * BASE + (digits[i + 2] ?? 0);
    if (t.starts[code] === 0) continue;
    for (let n = MIN; n <= MAX && i + n <= length; code = code * BASE + (digits[i + n] ?? 0), n++) {
      const id = t.ids[slotOf(t, code)] ?? 0;
      if (id === 0 || t.seen[id] === t.stamp) continue;
      t.seen[id] = t.stamp;
      for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) + (t.weights[k]?.[id] ?? 0);
    }
  }
  return sums;
}

/**
 * The statistical second opinion on a message (its words as triage tokenizes them): the most severe tier whose
 * weight sum reaches its threshold, or undefined. Trained at build time on the labelled sets
 * (tools/triage/second-opinion-train.ts); classify lets it raise the rules' tier, never lower it.
 */
export function secondOpinion(words: readonly string[], model: SecondOpinionModel = SECOND_OPINION_MODEL): SecondOpinionTier | undefined {
  return secondOpinionReading(words, model).tier;
}

/** The second opinion's tier (as secondOpinion; none under three words), and whether a crisis doubt short of it should ask the self-harm question. */
export function secondOpinionReading(words: readonly string[], model: SecondOpinionModel = SECOND_OPINION_MODEL): { tier?: SecondOpinionTier; askSelfHarm: boolean } {
  const sums = secondOpinionSums(words, model);
  const tier = words.length < RAISE_MIN_WORDS ? undefined : SECOND_OPINION_TIERS.find((t, i) => (sums[i] ?? 0) >= model[t].threshold);
  const crisis = sums[SECOND_OPINION_TIERS.indexOf('crisis')] ?? 0;
  return { ...(tier ? { tier } : {}), askSelfHarm: model.crisis.ask !== undefined && words.length >= ASK_MIN_WORDS && crisis >= model.crisis.ask };
}

/** A doubt needs a sentence: a keyword or two ("chronic", "lista") never asks the self-harm question. */
const ASK_MIN_WORDS = 4;

/** Nor does a word or two raise a tier ("tramadol" is a menu keyword): a red flag that short is the rules' to find. */
const RAISE_MIN_WORDS = 3;
