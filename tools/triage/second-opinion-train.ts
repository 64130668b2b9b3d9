import { tokenize } from '../../functions/triage/tokens.js';
import { forEachGram, gramBucket, LENGTH_BOUNDS, lengthCode, SECOND_OPINION_LABELS, SECOND_OPINION_TIERS, WEIGHT_LETTERS, type SecondOpinionModel, type SecondOpinionTier, type TierWeights } from '../../functions/triage/second-opinion.js';
import type { Tier } from '../../functions/core/tiers.js';
import type { LabelledMessage } from './score.js';
import { trainingSets } from './sets.js';

/** A labelled message as the trainer sees it: its distinct features (bucket codes and length code), its label and the set it came from. */
export interface TrainingDoc {
  codes: Int32Array;
  tier: Tier;
  set: string;
}

/** How a model is trained: the gram buckets per tier, and the fit. */
export interface TrainOptions {
  /** Buckets every gram is hashed into (gramBucket); the shipped model has one weight letter per bucket and tier. */
  buckets: number;
  epochs: number;
  l2: number;
  /** Weights are whole numbers from -levels to levels (at most 31: one letter of WEIGHT_LETTERS). */
  levels: number;
  /** At most this share of the non-flags may be raised to emergency or crisis by the model alone (out-of-fold), per the thresholds. */
  falseRaise: number;
  /**
   * Then crisis alone may lower its threshold until the model raises at most this share of the non-flags to emergency
   * or crisis (out-of-fold): a missed crisis costs more than a 988 reply to someone who did not need it.
   */
  crisisRaise: number;
  /** At most this further share of the non-flags may be raised to urgent by the model alone (out-of-fold). */
  urgentRaise: number;
  /** At most this share of the non-flags may reach the crisis doubt that asks the self-harm question (out-of-fold). */
  askShare: number;
}

/** The settings the shipped model is trained with (chosen by leave-one-set-out runs, see tools/triage/second-opinion-experiment.ts). */
export const TRAIN_OPTIONS: TrainOptions = {
  buckets: 32000,
  epochs: 15,
  l2: 1e-4,
  levels: 31,
  falseRaise: 0.01,
  crisisRaise: 0.02,
  urgentRaise: 0.005,
  askShare: 0.03,
};

/** One trained tier: whole-number weights per feature code (BUCKET_OFFSET + bucket, or a length code), and how their sum maps to a logit (bias + scale * sum). */
export interface TrainedTier {
  weights: Map<number, number>;
  bias: number;
  scale: number;
}
/** A trained model before thresholds: one TrainedTier per tier it may raise to. */
export type Trained = Record<SecondOpinionTier, TrainedTier>;

/** Feature codes of gram buckets start here, above the length codes 1..6. */
const BUCKET_OFFSET = 16;

/** The distinct gram buckets of a message (as feature codes) and its length bucket (lengthCode), read as triage reads it. */
export function gramsOf(text: string, o: Pick<TrainOptions, 'buckets'> = TRAIN_OPTIONS): Int32Array {
  const codes = new Set<number>();
  const words = tokenize(text.slice(0, 4000)).words;
  forEachGram(words, (code) => codes.add(BUCKET_OFFSET + gramBucket(code, o.buckets)));
  codes.add(lengthCode(words));
  return Int32Array.from([...codes].sort((a, b) => a - b));
}

/** Training documents for labelled sets (name -> messages). */
export function trainingDocs(sets: ReadonlyArray<{ name: string; items: readonly LabelledMessage[] }>, o: Pick<TrainOptions, 'buckets'> = TRAIN_OPTIONS): TrainingDoc[] {
  return sets.flatMap((s) => s.items.map((item) => ({ codes: gramsOf(item.text, o), tier: item.tier, set: s.name })));
}

/** Length buckets are codes 1..6 (below every bucket feature code). */
const LENGTH_CODES = Array.from({ length: LENGTH_BOUNDS.length + 1 }, (_, i) => i + 1);

/** A deterministic shuffle (linear congruential), so training gives the same model on every machine. */
function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let s = seed;
  for (let i = count - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/** Logistic regression on feature presence (AdaGrad, L2), for the feature codes `features` (small whole numbers); returns weights by index in `features` and the bias. */
function fitLogistic(docs: readonly TrainingDoc[], positive: (d: TrainingDoc) => boolean, features: readonly number[], o: TrainOptions): { w: Float64Array; bias: number } {
  const at = new Int32Array(features.reduce((m, f) => Math.max(m, f + 1), 0)).fill(-1);
  features.forEach((f, i) => (at[f] = i));
  const rows = docs.map((d) => {
    const row: number[] = [];
    for (const c of d.codes) if ((at[c] ?? -1) >= 0) row.push(at[c] ?? 0);
    return row;
  });
  const y = docs.map((d) => (positive(d) ? 1 : 0));
  const w = new Float64Array(features.length);
  const g2 = new Float64Array(features.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const rate = 0.3;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(docs.length, 12345 + epoch)) {
      const row = rows[i] ?? [];
      let z = bias;
      for (const k of row) z += w[k] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (y[i] ?? 0);
      const decay = (o.l2 * docs.length) / Math.max(1, row.length);
      for (const k of row) {
        const gk = g + decay * (w[k] ?? 0);
        g2[k] = (g2[k] ?? 0) + gk * gk;
        w[k] = (w[k] ?? 0) - (rate * gk) / Math.sqrt(g2[k] ?? 1);
      }
      b2 += g * g;
      bias -= (rate * g) / Math.sqrt(b2);
    }
  }
  return { w, bias };
}

/** Fits one tier on every bucket and length code seen in training (no selection), then makes the weights whole numbers. */
function trainTier(docs: readonly TrainingDoc[], tier: SecondOpinionTier, o: TrainOptions): TrainedTier {
  const positive = (d: TrainingDoc) => SECOND_OPINION_LABELS[tier].includes(d.tier);
  const seen = new Set<number>();
  for (const d of docs) for (const c of d.codes) seen.add(c);
  const all = [...seen].sort((a, b) => a - b);
  const fit = fitLogistic(docs, positive, all, o);
  const largest = Math.max(1e-9, ...Array.from(fit.w, Math.abs));
  const scale = largest / o.levels;
  const weights = new Map<number, number>();
  all.forEach((code, i) => {
    const q = Math.round((fit.w[i] ?? 0) / scale);
    if (q !== 0) weights.set(code, q);
  });
  return { weights, bias: fit.bias, scale };
}

/** Trains every tier the second opinion may raise to. */
export function train(docs: readonly TrainingDoc[], o: TrainOptions = TRAIN_OPTIONS): Trained {
  return Object.fromEntries(SECOND_OPINION_TIERS.map((t) => [t, trainTier(docs, t, o)])) as Trained;
}

/** The logit per tier (SECOND_OPINION_TIERS order) of a document under a trained model. */
export function logits(model: Trained, doc: TrainingDoc): number[] {
  return SECOND_OPINION_TIERS.map((t) => {
    const m = model[t];
    let sum = 0;
    for (const c of doc.codes) sum += m.weights.get(c) ?? 0;
    return m.bias + m.scale * sum;
  });
}

/** A document's out-of-fold logits: from a model trained without the set it belongs to. */
export interface Scored {
  doc: TrainingDoc;
  z: number[];
}

/** Leave-one-set-out logits for every document of `docs` (each set scored by a model trained on the others). */
export function outOfFold(docs: readonly TrainingDoc[], o: TrainOptions = TRAIN_OPTIONS): Scored[] {
  const sets = [...new Set(docs.map((d) => d.set))];
  return sets.flatMap((set) => {
    const model = train(docs.filter((d) => d.set !== set), o);
    return docs.filter((d) => d.set === set).map((doc) => ({ doc, z: logits(model, doc) }));
  });
}

/**
 * Logit thresholds per tier (SECOND_OPINION_TIERS order): emergency and crisis raise the most of their messages while
 * the model alone raises at most `falseRaise` of the non-flags; then crisis alone goes on down until `crisisRaise` of
 * them are raised to either; then urgent raises at most `urgentRaise` more of them (the most severe tier reached
 * counts). Uses only labels and model scores, never the rules, so rule changes need no retraining.
 */
export function pickThresholds(scored: readonly Scored[], falseRaise: number, urgentRaise = 0, crisisRaise = falseRaise): number[] {
  const [emergency = Infinity, picked = Infinity] = pickImmediate(scored, falseRaise);
  const none = scored.filter((s) => s.doc.tier === 'none');
  const leftBy = (crisis: number) => none.filter((s) => !((s.z[0] ?? 0) >= emergency || (s.z[1] ?? 0) >= crisis));
  const left = leftBy(picked);
  const crisis = Math.min(picked, shareThreshold(left.map((s) => s.z[1] ?? 0), Math.floor(crisisRaise * none.length) - (none.length - left.length)));
  const urgent = SECOND_OPINION_TIERS.indexOf('urgent');
  return [emergency, crisis, shareThreshold(leftBy(crisis).map((s) => s.z[urgent] ?? 0), Math.floor(urgentRaise * none.length))];
}

/** The logit at which at most `allowed` of `logits` reach it (Infinity when none may). */
function shareThreshold(logits: readonly number[], allowed: number): number {
  if (allowed <= 0) return Infinity;
  const sorted = [...logits].sort((a, b) => b - a);
  return allowed < sorted.length ? (sorted[allowed] ?? 0) + 1e-9 : -Infinity;
}

/** The tiers whose thresholds are picked together, from one budget (the first two of SECOND_OPINION_TIERS). */
const IMMEDIATE = ['emergency', 'crisis'] as const satisfies readonly SecondOpinionTier[];

/** The emergency and crisis thresholds of pickThresholds. */
function pickImmediate(scored: readonly Scored[], falseRaise: number): number[] {
  const none = scored.filter((s) => s.doc.tier === 'none');
  const allowed = Math.floor(falseRaise * none.length);
  const candidates = (t: number) => [...none.map((s) => s.z[t] ?? 0).sort((a, b) => b - a).slice(0, allowed + 1).map((z) => z + 1e-9), Infinity];
  const raisesNone = (th: number[]) => none.filter((s) => s.z.some((z, t) => z >= (th[t] ?? Infinity))).length;
  // A message is caught when a tier at least as severe as its label reaches its threshold.
  const caught = (th: number[]) =>
    scored.filter((s) => {
      const label = IMMEDIATE.indexOf(s.doc.tier as (typeof IMMEDIATE)[number]);
      return label >= 0 && s.z.some((z, t) => t <= label && z >= (th[t] ?? Infinity));
    }).length;
  // The first pair (emergency threshold, then crisis, in candidate order) that catches the most within the budget.
  // Candidates fall from the highest, so for one emergency threshold the crisis thresholds within the budget are a
  // run from the first (false raises only grow as a threshold falls), and what they catch only grows along it: two
  // binary searches find the end of the run and the first one that catches as much as its end.
  const crisis = candidates(1);
  const finite = crisis.length - 1;
  const firstIndex = (from: number, to: number, ok: (i: number) => boolean) => {
    let [lo, hi] = [from, to];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ok(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let best = IMMEDIATE.map(() => Infinity);
  let bestCaught = -1;
  for (const te of candidates(0)) {
    const at = (i: number) => [te, crisis[i] ?? Infinity];
    if (raisesNone([te, Infinity]) > allowed) continue;
    const run = firstIndex(0, finite, (i) => raisesNone(at(i)) > allowed);
    const most = caught(at(run > 0 ? run - 1 : finite));
    const first = run > 0 ? firstIndex(0, run - 1, (i) => caught(at(i)) >= most) : finite;
    if (most > bestCaught) [best, bestCaught] = [at(first), most];
  }
  return best;
}

/** The crisis logit at which at most `share` of the non-flags (out-of-fold) would be asked the self-harm question. */
export function askThreshold(scored: readonly Scored[], share: number): number {
  const crisis = SECOND_OPINION_TIERS.indexOf('crisis');
  const none = scored.filter((s) => s.doc.tier === 'none').map((s) => s.z[crisis] ?? 0);
  return shareThreshold(none, Math.floor(share * none.length));
}

/** The shipped form of a trained tier with a logit threshold: a weight letter per bucket and per length bucket, a whole-number threshold. */
export function shipped(m: TrainedTier, threshold: number, buckets: number, ask?: number): TierWeights {
  const whole = (logit: number) => (Number.isFinite(logit) ? Math.ceil((logit - m.bias) / m.scale) : NEVER);
  const letter = (code: number) => WEIGHT_LETTERS.charAt((m.weights.get(code) ?? 0) + 32);
  return {
    weights: Array.from({ length: buckets }, (_, b) => letter(BUCKET_OFFSET + b)).join(''),
    lengths: LENGTH_CODES.map(letter).join(''),
    threshold: whole(threshold),
    ...(ask === undefined ? {} : { ask: Math.min(whole(ask), whole(threshold)) }),
  };
}

/** A threshold no message reaches: the tier is never raised (no threshold kept the false raises within bounds). */
const NEVER = 1_000_000;

/** Where `npm run triage:train` writes the model (committed; a test checks it is what the trainer makes now). */
export const MODEL_FILE = 'content/second-opinion.json';

/**
 * Trains the shipped model on the training sets under `root`: thresholds from leave-one-set-out scores (so they
 * are set on messages each model never saw), then the weights from every set.
 */
export function buildModel(root: string, o: TrainOptions = TRAIN_OPTIONS): { model: SecondOpinionModel; messages: number } {
  const docs = trainingDocs(trainingSets(root), o);
  const scores = outOfFold(docs, o);
  const thresholds = pickThresholds(scores, o.falseRaise, o.urgentRaise, o.crisisRaise);
  const trained = train(docs, o);
  const [emergency, crisis, urgent] = SECOND_OPINION_TIERS.map((t, i) => shipped(trained[t], thresholds[i] ?? Infinity, o.buckets, t === 'crisis' ? askThreshold(scores, o.askShare) : undefined));
  if (!emergency || !crisis || !urgent) throw new Error('a tier of the second opinion was not trained');
  return { model: { emergency, crisis, urgent }, messages: docs.length };
}

/** The text of content/second-opinion.json for a built model: a note on how it was made, then the weights per tier. */
export function modelSource(built: { model: SecondOpinionModel; messages: number }, o: TrainOptions = TRAIN_OPTIONS): string {
  const about = [
    'Generated by `npm run triage:train` (tools/triage/train-second-opinion.ts): do not edit by hand. Read by functions/triage/second-opinion.ts.',
    `Trained on ${built.messages} labelled messages; every 3-5 letter gram hashed into ${o.buckets} buckets, one weight letter each per tier.`,
    `Thresholds set so the model alone raises at most ${(100 * o.falseRaise).toFixed(1)}% of the non-flags it did not see to emergency or crisis,`,
    `then crisis alone up to ${(100 * o.crisisRaise).toFixed(1)}% of them in all,`,
    `and at most ${(100 * o.urgentRaise).toFixed(1)}% more to urgent (trained on urgent and soon messages),`,
    `and its crisis doubt asks the self-harm question of at most ${(100 * o.askShare).toFixed(1)}% of them.`,
  ];
  return `${JSON.stringify({ about, ...built.model }, null, 2)}\n`;
}
