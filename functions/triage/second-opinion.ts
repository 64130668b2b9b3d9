import type { Tier } from '../core/tiers.js';

/** The gram lengths read (3 to 5 letters), over the words joined by single spaces with a space at each end. */
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

/** The bucket (0..buckets-1) a gram code is hashed into (multiplicative hashing, its top bits scaled): every gram has one, and grams share them. */
export function gramBucket(code: number, buckets: number): number {
  return ((Math.imul(code, 0x9e3779b1) >>> 0) * buckets * TWO_TO_MINUS_32) | 0;
}
const TWO_TO_MINUS_32 = 2 ** -32;

/**
 * Calls `visit` with the code of every character n-gram (3 to 5 letters) of the words joined by spaces, padded
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

/** The tiers the second opinion may raise a message to, most severe first (urgent is trained on urgent and soon messages: soon counts with urgent). */
export const SECOND_OPINION_TIERS = ['emergency', 'crisis', 'urgent'] as const;
/** A tier the second opinion may raise a message to. */
export type SecondOpinionTier = (typeof SECOND_OPINION_TIERS)[number];
/** The labels each tier is trained to find, and so the signs it stands for: urgent stands for soon too (soon is counted with urgent). */
export const SECOND_OPINION_LABELS: Readonly<Record<SecondOpinionTier, readonly Tier[]>> = { emergency: ['emergency'], crisis: ['crisis'], urgent: ['urgent', 'soon'] };

/** The shipped weights of one tier (content/second-opinion.json, written by `npm run triage:train`; its zod schema is in schema.ts). */
export interface TierWeights {
  /** One weight letter per gram bucket (gramBucket); every tier has as many. */
  readonly weights: string;
  /** One weight letter per length bucket (lengthCode 1..6). */
  readonly lengths: string;
  /** The message is raised when its length weight plus the weights of the distinct buckets of its grams reach this. */
  readonly threshold: number;
  /** Crisis only: below `threshold`, a sum that reaches this asks the one self-harm yes/no question instead. */
  readonly ask?: number | undefined;
}

/** A trained model: weights per tier it may raise to. */
export type SecondOpinionModel = Readonly<Record<SecondOpinionTier, TierWeights>>;
/** The rule id a result carries when the second opinion, not a rule, set its tier (pages name it apart). */
export const SECOND_OPINION_RULE = 'second-opinion';
/** How a page names a tier the second opinion set (plain ASCII, like the rules' labels). */
export const SECOND_OPINION_LABEL = 'No rule matched; the statistical second opinion read it as this tier';

const weightOf = (letter: string) => WEIGHT_LETTERS.indexOf(letter) - 32;

/** The weight of each weight letter by its character code (the first call of a process decodes every bucket's letter). */
const WEIGHT_BY_CODE = Int8Array.from({ length: 128 }, (_, code) => weightOf(String.fromCharCode(code)));

/** The weights a string of weight letters stands for, one per letter. */
function decode(letters: string): Int8Array {
  const out = new Int8Array(letters.length);
  for (let i = 0; i < letters.length; i++) out[i] = WEIGHT_BY_CODE[letters.charCodeAt(i) & 127] ?? 0;
  return out;
}

/** Bucket weights per tier, decoded once per model, a stamp per bucket, and the digits of the last message read (grown as needed). */
export interface OpinionTable {
  buckets: number;
  weights: Int8Array[];
  seen: Int32Array;
  stamp: number;
  digits: Uint8Array;
}

function build(model: SecondOpinionModel): OpinionTable {
  const buckets = model.emergency.weights.length;
  if (SECOND_OPINION_TIERS.some((t) => model[t].weights.length !== buckets)) throw new Error('second opinion: every tier needs a weight per bucket');
  const weights = SECOND_OPINION_TIERS.map((t) => decode(model[t].weights));
  return { buckets, weights, seen: new Int32Array(buckets), stamp: 0, digits: new Uint8Array(0) };
}

const tables = new WeakMap<SecondOpinionModel, OpinionTable>();

/** The model's decoded table, built on first use and kept per model (compileTriage builds it at a cold start). */
export function secondOpinionTable(model: SecondOpinionModel): OpinionTable {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = build(model)));
  return t;
}

/**
 * The weight sum per tier (SECOND_OPINION_TIERS order) of a message: its length bucket's weight plus the weight of
 * each distinct bucket its grams fall in. The same grams as forEachGram, read in one loop without a callback (a
 * 1,600-character message has ~4,800).
 */
export function secondOpinionSums(words: readonly string[], model: SecondOpinionModel): number[] {
  const t = secondOpinionTable(model);
  // A stamp per call marks the buckets already counted, so a repeated gram counts once with no array to clear.
  t.stamp = t.stamp === 0x7fffffff ? 1 : t.stamp + 1;
  if (t.stamp === 1) t.seen.fill(0);
  const padded = paddedLength(words);
  const sums = SECOND_OPINION_TIERS.map((tier) => weightOf(model[tier].lengths.charAt(bucketOf(padded) - 1)));
  // The digits of ` ${words.join(' ')} `, written word by word in the table's buffer (what lies past them is never read).
  if (t.digits.length < padded + 1 + MAX) t.digits = new Uint8Array(Math.max(padded + 1 + MAX, 2 * t.digits.length));
  const digits = t.digits;
  let length = 0;
  digits[length++] = SPACE;
  words.forEach((word, k) => {
    if (k > 0) digits[length++] = SPACE;
    for (let i = 0; i < word.length; i++) digits[length++] = digit(word.charCodeAt(i));
  });
  digits[length++] = SPACE;
  const [emergency = new Int8Array(), crisis = new Int8Array(), urgent = new Int8Array()] = t.weights;
  const { seen, stamp } = t;
  const scale = t.buckets * TWO_TO_MINUS_32;
  let e = sums[0] ?? 0;
  let c = sums[1] ?? 0;
  let u = sums[2] ?? 0;
  for (let i = 0; i + MIN <= length; i++) {
    // The grams starting at i, three to five letters long and within the text (gramBucket, inlined).
    let code = (digits[i] ?? 0) * BASE + (digits[i + 1] ?? 0);
    const last = Math.min(MAX, length - i);
    for (let n = MIN; n <= last; n++) {
      code = code * BASE + (digits[i + n - 1] ?? 0);
      const b = ((Math.imul(code, 0x9e3779b1) >>> 0) * scale) | 0;
      if (seen[b] === stamp) continue;
      seen[b] = stamp;
      e += emergency[b] ?? 0;
      c += crisis[b] ?? 0;
      u += urgent[b] ?? 0;
    }
  }
  return [e, c, u];
}

/**
 * The statistical second opinion on a message (its words as triage tokenizes them): the most severe tier whose
 * weight sum reaches its threshold, or undefined. Trained at build time on the labelled sets
 * (tools/triage/second-opinion-train.ts); classify lets it raise the rules' tier, never lower it.
 */
export function secondOpinion(words: readonly string[], model: SecondOpinionModel): SecondOpinionTier | undefined {
  return secondOpinionReading(words, model).tier;
}

/** The second opinion's tier (as secondOpinion; none under three words), and whether a crisis doubt short of it should ask the self-harm question. */
export function secondOpinionReading(words: readonly string[], model: SecondOpinionModel): { tier?: SecondOpinionTier; askSelfHarm: boolean } {
  const sums = secondOpinionSums(words, model);
  const tier = SECOND_OPINION_TIERS.find((t, i) => words.length >= RAISE_MIN_WORDS[t] && (sums[i] ?? 0) >= model[t].threshold);
  const crisis = sums[SECOND_OPINION_TIERS.indexOf('crisis')] ?? 0;
  return { ...(tier ? { tier } : {}), askSelfHarm: model.crisis.ask !== undefined && words.length >= ASK_MIN_WORDS && crisis >= model.crisis.ask };
}

/** A doubt needs a sentence: a keyword or two ("chronic", "lista") never asks the self-harm question. */
const ASK_MIN_WORDS = 4;

/**
 * Nor does a word or two raise a tier ("tramadol" is a menu keyword): a red flag that short is the rules' to find.
 * Urgent needs four (a condition and the back): a topic's three-word title ("inyeccion de esteroides") never raises.
 */
const RAISE_MIN_WORDS: Readonly<Record<SecondOpinionTier, number>> = { emergency: 3, crisis: 3, urgent: 4 };
