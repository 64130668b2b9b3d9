import type { TriageRules } from './schema.js';
import { bothLanguages, CLAUSE_LISTS, type ClauseList } from './types.js';
import { compilePattern, parsePhrase, type Group, type Pattern, type Seq } from './pattern.js';
import { buildVocabulary, elementId, isLetters, type Vocabulary } from './vocabulary.js';
import { spelledOut } from './shorthand.js';
import { type Tier } from '../core/tiers.js';

/** One step of a sequence: a unit or term group (by vocabulary id), or a gap of up to `max` words. */
export type Step = { readonly kind: 'unit' | 'group'; readonly id: number } | { readonly kind: 'gap'; readonly max: number };

/** A sequence (one `&` part, or one order of a `~` part) ready to walk. */
export interface SeqPlan {
  readonly steps: readonly Step[];
  /** The id of the first step: where a match can start. */
  readonly first: number;
}

/** A pattern ready to match: its parts, each a list of sequences one of which must match. */
export interface PatternPlan {
  /** Every unit and group id it names: a message without one of them cannot match (a `~` part's two orders name the same). */
  readonly needs: readonly number[];
  readonly parts: ReadonlyArray<readonly SeqPlan[]>;
}

/** Patterns that all need one unit or group id, their anchor (a message without it matches none of them). */
export interface Anchored {
  readonly anchor: number;
  readonly patterns: readonly PatternPlan[];
}

/** The context cue kinds of triage.yaml (negation cues are the other kind). */
const CONTEXT_KINDS = ['resolved', 'explained', 'past', 'hypothetical', 'question', 'joke', 'animal', 'person', 'experiencer', 'reactivate', 'present', 'recent', 'denial', 'still', 'partly', 'hedge', 'earnest', 'screening', 'behalf', 'others', 'shared', 'ownBack'] as const;

/** Every kind of cue: the context kinds, a rule's own set-aside phrases (`unless`) and harmless causes (`cause`), and negation. */
export const CUE_KINDS = [...CONTEXT_KINDS, 'unless', 'cause', 'negation'] as const;

/** The kinds of negation and context cue. */
export type CueKind = (typeof CUE_KINDS)[number];

/** A negation or context cue phrase (a number slot written `#min-max`). */
export interface Cue {
  readonly kind: CueKind;
  readonly words: readonly string[];
  /** Kinds `unless` and `cause`: the rule whose sign it is about. */
  readonly rule?: string;
}

/** The cues that start with one word: those of that word alone, and the longer ones by their second word ('#' for a number slot; none: undefined). */
export interface CuesFrom {
  readonly single: readonly Cue[];
  readonly bySecond: ReadonlyMap<string, readonly Cue[]> | undefined;
}

/** A rule or ask-question with its patterns compiled. */
export interface CompiledRule {
  readonly id: string;
  readonly tier: Tier;
  readonly negationWindow: number;
  /** Past and resolution cues do not cancel it (cancer, recent infection). */
  readonly history: boolean;
  /** A hypothetical cue does not cancel it (asking about doses). */
  readonly asked: boolean;
  /** Over within the day still counts: with a recent time in its sentence, only an explanation cancels it (chest pain). */
  readonly recent: boolean;
  /** A red flag only with back pain in the same person: someone else's alone, it is not one (othersAlone). */
  readonly withBackPain: boolean;
  /** Its patterns by anchor: one id each needs (anchorOf). */
  readonly patterns: readonly Anchored[];
}

/** Everything classify needs, derived once per rules object. */
export interface Compiled {
  readonly rules: readonly CompiledRule[];
  readonly asks: readonly CompiledRule[];
  readonly cueWords: ReadonlySet<string>;
  readonly signWords: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly linking: ReadonlySet<string>;
  /** After-words that intensify when another word follows ("fiebre bien alta"), and negate only at a clause end ("orino bien"). */
  readonly intensifiers: ReadonlySet<string>;
  /** After an intensifier ending a resolution cue, words that make it "very" ("ya esta bien hinchado"). */
  readonly intensified: ReadonlySet<string>;
  /** The word lists that tell whose time a past-time cue is (context.clauses, read by clause-time.ts). */
  readonly clauses: Readonly<Record<ClauseList, ReadonlySet<string>>>;
  /** One-word sentences that answer a sign ending its sentence with no ("chest pain? nope."). */
  readonly answers: ReadonlySet<string>;
  /** "or", "ni": a negation reaches 3 words further for each one in a list ("no chest pain or shortness of breath"). */
  readonly coordinators: ReadonlySet<string>;
  /** The idioms by their first word. */
  readonly idiomsByFirst: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /** The term groups (by vocabulary id) whose mention triggers the safety net. */
  readonly safetyNet: { readonly body: readonly number[]; readonly selfHarm: readonly number[] };
  /** The term groups (by vocabulary id) one of which a message must name for the second opinion to raise it to urgent (empty: no need). */
  readonly urgentNeeds: readonly number[];
  /** The words of a message that only signs off or opts out (crisisOpinion, both languages): thanks and goodbyes, other words of opting out, words naming the texts or the list. */
  readonly closings: { readonly farewells: ReadonlySet<string>; readonly optOuts: ReadonlySet<string>; readonly channel: ReadonlySet<string> };
  /** Families of term groups (by vocabulary id) naming a body part or function, which a later resolution cue may speak for instead of the sign. */
  readonly subjects: ReadonlyArray<readonly number[]>;
  /** Term groups (by vocabulary id) naming other complaints, which a resolution cue in their clause speaks for. */
  readonly complaints: readonly number[];
  /** Term groups (by vocabulary id) saying the sign went with the complaint: the cue then speaks for it too. */
  readonly complaintsToo: readonly number[];
  /** Term groups (by vocabulary id) naming the back: outside the texter's own ("my back"), one may be someone else's. */
  readonly backWords: readonly number[];
  /** Negation and context cues of every kind by their first word ('#' for a number slot). */
  readonly cuesByFirst: ReadonlyMap<string, CuesFrom>;
  /** ConText-style modifiers: how far from a sign their cues reach (the cues are in cuesByFirst). */
  readonly context: { readonly window: number };
  /** The units and groups of the patterns, the lexicon, and what tokens seen so far count as. */
  readonly vocabulary: Vocabulary;
  /** Every word the rules write anywhere (word groups, patterns, cues, idioms), found on first call: what a run of words typed without spaces is read into. */
  readonly knownWords: () => ReadonlySet<string>;
}

const words = (phrase: string) => phrase.trim().split(/\s+/).filter(Boolean);
/** Words of a plain list as a message's words are read: shorthand spelled out (a "bn" in a list is "bien"). */
const spelledOutSet = (list: readonly string[]) => new Set(list.map(spelledOut));
/**
 * `list` mapped by `fn` into a packed array of its exact length. Array.prototype.map, once optimized, may return a
 * holey one, so rules compiled later would hand the matcher arrays of another shape, and its optimized code would be
 * thrown away; an array pushed to keeps room for 16 more (tens of thousands of plans: megabytes a scavenge copies).
 */
function packedMap<T, U>(list: readonly T[], fn: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of list) out.push(fn(item));
  return out.slice();
}

/** A cue phrase in the canonical form the message is in (a number slot written `#min-max`). */
const phraseWords = (phrase: string) => packedMap(parsePhrase(phrase), (u) => (u.kind === 'word' ? u.text : `#${u.min}-${u.max}`));

// Derived data only; keyed by the rules object so classify stays a pure function of its inputs.
const cache = new WeakMap<TriageRules, Compiled>();

/** The compiled term group `name` (the same object patterns use). */
function groupOf(name: string, rules: TriageRules): Group {
  const el = compilePattern(`{${name}}`, rules.terms, rules.matching.gapWords).parts[0]?.[0]?.[0];
  if (el?.kind !== 'group') throw new Error(`unknown term group {${name}}`);
  return el;
}

/** Items by the first word of their phrase; those starting with a number range (`#2-60`) all under '#'. */
function byFirstWord<T>(items: readonly T[], phraseOf: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const first = phraseOf(item)[0] ?? '';
    const key = first.startsWith('#') ? '#' : first;
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  }
  // Each list at its exact length (a list pushed to keeps room for more): a list copied per item made this quadratic.
  for (const [key, list] of index) index.set(key, list.slice());
  return index;
}

/** Every negation and context cue, indexed by its first word and then its second ('#' for a number slot). */
function cueIndex(rules: TriageRules): Map<string, CuesFrom> {
  const { context, negation } = rules;
  const cues: Cue[] = [
    ...CONTEXT_KINDS.flatMap((kind) => bothLanguages(context[kind]).map((phrase) => ({ kind, words: phraseWords(phrase) }))),
    ...bothLanguages(negation.cues).map((phrase) => ({ kind: 'negation' as const, words: phraseWords(phrase) })),
    ...Object.entries(context.unless).flatMap(([rule, l]) => bothLanguages(l).map((phrase) => ({ kind: 'unless' as const, words: phraseWords(phrase), rule }))),
    ...Object.entries(context.causes).flatMap(([rule, l]) => bothLanguages(l).map((phrase) => ({ kind: 'cause' as const, words: phraseWords(phrase), rule }))),
  ];
  const from = (list: readonly Cue[]): CuesFrom => {
    const longer = list.filter((cue) => cue.words.length > 1);
    return { single: list.filter((cue) => cue.words.length === 1), bySecond: longer.length > 0 ? byFirstWord(longer, (cue) => cue.words.slice(1)) : undefined };
  };
  return new Map([...byFirstWord(cues, (cue) => cue.words)].map(([first, list]) => [first, from(list)]));
}

/** The step for a unit, group or gap: one object for equal steps, kept in `made` (a vocabulary's plans share it). */
function stepOf(el: Seq[number], v: Vocabulary, made: Map<string, Step>): Step {
  const step: Step = el.kind === 'gap' ? { kind: 'gap', max: el.max } : { kind: el.kind === 'group' ? 'group' : 'unit', id: elementId(v, el) };
  const key = step.kind === 'gap' ? `..${step.max}` : `${step.kind}${step.id}`;
  const known = made.get(key);
  if (known) return known;
  made.set(key, step);
  return step;
}

/** A sequence as steps by vocabulary id. */
function planSeq(seq: Seq, v: Vocabulary, made: Map<string, Step>): SeqPlan {
  const steps = packedMap(seq, (el) => stepOf(el, v, made));
  const first = steps[0];
  return { steps, first: first?.kind === 'gap' ? -1 : (first?.id ?? -1) };
}

/** A pattern as sequences of steps by vocabulary id. */
function planPattern(pattern: Pattern, v: Vocabulary, made: Map<string, Step>): PatternPlan {
  const parts = packedMap(pattern.parts, (part) => packedMap(part, (seq) => planSeq(seq, v, made)));
  const ids = parts.flatMap((part) => part.flatMap((seq) => seq.steps.flatMap((step) => (step.kind === 'gap' ? [] : [step.id]))));
  return { needs: [...new Set(ids)], parts };
}

/**
 * The id a pattern is filed under, of those it needs: a word before a group (a group of many phrases turns up
 * more often), a longer word before a shorter one, a group of fewer phrases before one of more.
 */
function anchorOf(plan: PatternPlan, v: Vocabulary): number {
  const rank = (id: number) => (id < v.groupBase ? -(v.unitLengths[id] ?? 0) : (v.groupSizes[id - v.groupBase] ?? 0));
  return [...plan.needs].sort((a, b) => rank(a) - rank(b) || a - b)[0] ?? -1;
}

/** Patterns as sequences of steps by vocabulary id, grouped by anchor. */
function planPatterns(patterns: readonly Pattern[], v: Vocabulary, made: Map<string, Step>): Anchored[] {
  const byAnchor = new Map<number, PatternPlan[]>();
  for (const pattern of patterns) {
    const plan = planPattern(pattern, v, made);
    const anchor = anchorOf(plan, v);
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), plan]);
  }
  return packedMap([...byAnchor], ([anchor, plans]) => ({ anchor, patterns: plans }));
}

/** The rules' patterns compiled: the rules and ask questions, the safety net's groups and the vocabulary of them all. */
type CompiledPatterns = Pick<Compiled, 'rules' | 'asks' | 'safetyNet' | 'urgentNeeds' | 'subjects' | 'complaints' | 'complaintsToo' | 'backWords' | 'vocabulary'>;

/** What compiled patterns are made from (the same objects, and the same default negation window), to tell whether other rules may share them. */
type PatternSources = Pick<TriageRules, 'rules' | 'askQuestions' | 'terms' | 'matching' | 'safetyNet' | 'urgentOpinion'> & { readonly window: number; readonly subjects: ReadonlyArray<readonly string[]> };
const patternCache = new WeakMap<TriageRules['rules'], { readonly sources: PatternSources; readonly compiled: CompiledPatterns }>();

const sourcesOf = (rules: TriageRules): PatternSources => ({ rules: rules.rules, askQuestions: rules.askQuestions, terms: rules.terms, matching: rules.matching, safetyNet: rules.safetyNet, urgentOpinion: rules.urgentOpinion, window: rules.negation.window, subjects: rules.context.subjects });
const sameSources = (a: PatternSources, b: PatternSources) => (Object.keys(a) as Array<keyof PatternSources>).every((key) => a[key] === b[key]);

/**
 * The rules' and ask questions' patterns compiled, with their vocabulary (and so its token caches): shared with
 * rules made from the same sources, as the second opinion's copy without modifiers is. Throws on a bad pattern.
 */
function compilePatterns(rules: TriageRules): CompiledPatterns {
  const sources = sourcesOf(rules);
  const hit = patternCache.get(rules.rules);
  if (hit && sameSources(hit.sources, sources)) return hit.compiled;
  const gap = rules.matching.gapWords;
  const compileAll = (id: string, en: readonly string[], es: readonly string[]): Pattern[] =>
    [...en, ...es].map((p) => {
      try {
        return compilePattern(p, rules.terms, gap);
      } catch (e) {
        throw new Error(`rule "${id}": ${(e as Error).message}`, { cause: e });
      }
    });
  const ruleSources = rules.rules.map((r) => ({ r, patterns: compileAll(r.id, r.en, r.es) }));
  const askSources = Object.entries(rules.askQuestions).map(([id, a]) => ({ id, a, patterns: compileAll(id, a.en, a.es) }));
  const safetyNet = { body: rules.safetyNet.body.map((name) => groupOf(name, rules)), selfHarm: rules.safetyNet.selfHarm.map((name) => groupOf(name, rules)) };
  const subjects = rules.context.subjects.map((family) => family.map((name) => groupOf(name, rules)));
  const complaints = rules.context.complaints.map((name) => groupOf(name, rules));
  const complaintsToo = rules.context.complaintsToo.map((name) => groupOf(name, rules));
  const backWords = rules.context.backWords.map((name) => groupOf(name, rules));
  const urgentNeeds = rules.urgentOpinion.needs.map((name) => groupOf(name, rules));
  const patterns = [...ruleSources, ...askSources].flatMap((s) => s.patterns);
  const vocabulary = buildVocabulary(rules.matching, patterns, [...safetyNet.body, ...safetyNet.selfHarm, ...subjects.flat(), ...complaints, ...complaintsToo, ...backWords, ...urgentNeeds]);
  const steps = new Map<string, Step>();
  const plan = (ps: readonly Pattern[]) => planPatterns(ps, vocabulary, steps);
  const window = rules.negation.window;
  const compiled: CompiledPatterns = {
    rules: ruleSources.map(({ r, patterns }) => ({ id: r.id, tier: r.tier, negationWindow: r.negationWindow ?? window, history: r.history ?? false, asked: r.asked ?? false, recent: r.recent ?? false, withBackPain: r.withBackPain ?? false, patterns: plan(patterns) })),
    asks: askSources.map(({ id, a, patterns }) => ({ id, tier: a.yesTier, negationWindow: window, history: false, asked: false, recent: false, withBackPain: false, patterns: plan(patterns) })),
    safetyNet: { body: safetyNet.body.map((g) => elementId(vocabulary, g)), selfHarm: safetyNet.selfHarm.map((g) => elementId(vocabulary, g)) },
    subjects: subjects.map((family) => family.map((g) => elementId(vocabulary, g))),
    complaints: complaints.map((g) => elementId(vocabulary, g)),
    complaintsToo: complaintsToo.map((g) => elementId(vocabulary, g)),
    backWords: backWords.map((g) => elementId(vocabulary, g)),
    urgentNeeds: urgentNeeds.map((g) => elementId(vocabulary, g)),
    vocabulary,
  };
  patternCache.set(rules.rules, { sources, compiled });
  return compiled;
}

/** Adds to `words` those of `list` that are a-z words. */
function addLetterWords(words: Set<string>, list: Iterable<string>): void {
  for (const w of list) if (isLetters(w)) words.add(w);
}

/**
 * Every a-z word the compiled rules write: the patterns' and word groups' words (`exactOnly`), and every cue's and
 * idiom's. A cue's first two words are its keys in cuesByFirst (a number slot's '#' is no word), so only the words
 * after them are read cue by cue: found for each new rules object on a message's first long word, so kept short.
 */
function wordsOfRules(c: Omit<Compiled, 'knownWords'>): ReadonlySet<string> {
  const words = new Set(c.vocabulary.exactOnly);
  addLetterWords(words, c.cuesByFirst.keys());
  for (const from of c.cuesByFirst.values()) {
    if (!from.bySecond) continue;
    addLetterWords(words, from.bySecond.keys());
    for (const cues of from.bySecond.values()) for (const cue of cues) if (cue.words.length > 2) addLetterWords(words, cue.words.slice(2));
  }
  for (const idioms of c.idiomsByFirst.values()) for (const idiom of idioms) addLetterWords(words, idiom);
  for (const list of [c.cueWords, c.signWords, c.stops, c.after, c.linking, c.answers]) addLetterWords(words, list);
  return words;
}

/** The context.clauses word lists as sets of words in the canonical form (a two-word phrase joined by a space). */
function clauseSets(rules: TriageRules): Record<ClauseList, ReadonlySet<string>> {
  const sets = {} as Record<ClauseList, ReadonlySet<string>>;
  for (const k of CLAUSE_LISTS) sets[k] = new Set(rules.context.clauses[k].map((phrase) => phraseWords(phrase).join(' ')));
  return sets;
}

/** The crisis opinion's word lists, both languages each, as a message's words are read. */
function closingSets(rules: TriageRules): Compiled['closings'] {
  const { farewells, optOuts, channel } = rules.crisisOpinion;
  return { farewells: spelledOutSet(bothLanguages(farewells)), optOuts: spelledOutSet(bothLanguages(optOuts)), channel: spelledOutSet(bothLanguages(channel)) };
}

/** Compile (and memoize) the rules; throws an Error naming a bad pattern. */
export function compileRules(rules: TriageRules): Compiled {
  const hit = cache.get(rules);
  if (hit) return hit;
  const neg = rules.negation;
  const { rules: compiledRules, asks, safetyNet, urgentNeeds, subjects, complaints, complaintsToo, backWords, vocabulary } = compilePatterns(rules);
  // One literal (not a spread of the shared patterns) gives every compiled rules object one shape.
  const compiled: Compiled = {
    rules: compiledRules,
    asks,
    safetyNet,
    urgentNeeds,
    closings: closingSets(rules),
    subjects,
    complaints,
    complaintsToo,
    backWords,
    vocabulary,
    cueWords: new Set(bothLanguages(neg.cues).map(phraseWords).flatMap((w) => (w.length === 1 ? w : []))),
    signWords: spelledOutSet(neg.signWords),
    stops: spelledOutSet(bothLanguages(neg.stops)),
    after: spelledOutSet(bothLanguages(neg.after)),
    linking: spelledOutSet(neg.linking),
    intensifiers: spelledOutSet(neg.intensifiers),
    intensified: spelledOutSet(neg.intensified),
    answers: spelledOutSet(neg.answers),
    clauses: clauseSets(rules),
    coordinators: spelledOutSet(neg.coordinators),
    idiomsByFirst: byFirstWord(bothLanguages(rules.idioms).map(phraseWords), (idiom) => idiom),
    cuesByFirst: cueIndex(rules),
    context: { window: rules.context.window },
    knownWords: () => (known ??= wordsOfRules(compiled)),
  };
  let known: ReadonlySet<string> | undefined;
  cache.set(rules, compiled);
  return compiled;
}
