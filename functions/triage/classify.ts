import { compileRules, type Compiled, type CompiledRule } from './compile.js';
import { frontedFragments } from './fronted.js';
import { spelledOut, withoutFillers } from './shorthand.js';
import { aboutSomeoneElse, mentions, ruleMatches } from './match.js';
import { prepare, prepareAgain, type Prepared } from './message.js';
import { forgetRuns, splitRunTogether } from './run-together.js';
import { secondOpinionReading, secondOpinionTable, SECOND_OPINION_RULE } from './second-opinion.js';
import { tokenize, type Tokens } from './tokens.js';
import { forgetTokens } from './vocabulary.js';
import type { TriageRules } from './schema.js';
import { type TriageResult } from './types.js';
import { isImmediate, tierRank, type Tier } from '../core/tiers.js';

/** Classify free text (SMS body, or a SpeechResult with `speech`); highest tier wins; pure and synchronous. */
export function classify(rules: TriageRules, text: string, speech = false): TriageResult {
  return classifyWith(rules, text, speech, true);
}

/**
 * Builds now what classify would build on a message's first need of it: the compiled rules, their copy without
 * modifiers, the words they know and the second opinion's table. Called at a cold start, so no message pays for it.
 */
export function compileTriage(rules: TriageRules): void {
  compileRules(rules).knownWords();
  compileRules(withoutModifiers(rules));
  if (rules.secondOpinion) secondOpinionTable(rules.secondOpinion);
}

/**
 * Empties what the compiled rules remember of the words they have read (each token's lookup, word pairs, long
 * words split): the next message is read as if no word had been seen. Bundles that never call it leave it out.
 */
export function forgetWords(rules: TriageRules): void {
  const c = compileRules(rules);
  forgetTokens(c.vocabulary);
  forgetRuns(c.knownWords());
}

/** The rules alone, without the statistical second opinion: what tools compare the second opinion against. */
export function classifyByRules(rules: TriageRules, text: string, speech = false): TriageResult {
  return classifyWith(rules, text, speech, false);
}

function classifyWith(rules: TriageRules, text: string, speech: boolean, withOpinion: boolean): TriageResult {
  const c = compileRules(rules);
  const raw = tokensOf(c, text);
  const tokens = ruleTokens(c, raw);
  const p = prepare(c, tokens, speech);
  const fronted = frontedFragments(tokens, (word) => c.answers.has(word), (word) => c.clauses.openers.has(word)).map((t) => prepare(c, t, speech));
  // One pass over every rule (a message without a red flag needs it anyway): the most severe match decides the
  // tier, and every match is kept so a page can name all the signs.
  const matched = c.rules.filter((rule) => ruleMatches(c, p, rule) || fronted.some((f) => ruleMatches(c, f, rule)));
  const best = matched.reduce<(typeof matched)[number] | undefined>((a, r) => (a && tierRank(a.tier) <= tierRank(r.tier) ? a : r), undefined);
  const byRules: TriageResult = best
    ? { tier: best.tier, rule: best.id, signs: [best.id, ...matched.filter((r) => r !== best).map((r) => r.id)] }
    : { tier: 'none', rule: null };
  // The second opinion was trained on the words as tokenized, fillers and all.
  const reading = withOpinion && rules.secondOpinion && byRules.tier !== 'emergency' ? secondOpinionReading(raw.words, rules.secondOpinion) : undefined;
  const closing = reading?.tier === 'crisis' && onlyClosings(c, tokens);
  const opinion = (reading?.tier === 'urgent' && !urgentMayRaise(c, p, byRules)) || closing ? undefined : reading?.tier;
  // The rules' own yes/no question, looked for once: the short-hint hold and the reply both read it.
  let question: { rule?: CompiledRule } | undefined;
  const rulesQuestion = () => (question ??= { rule: c.asks.find((a) => ruleMatches(c, p, a)) }).rule;
  const found = reading ? raised(byRules, opinion, (tier) => askedHint(p, rulesQuestion, tier) || setAside(rules, tokens, p, tier)) : byRules;
  const result: TriageResult = found.tier !== 'none' && aboutSomeoneElse(c, p) ? { ...found, experiencer: 'other' } : found;
  if (isImmediate(result.tier)) return result;
  const ask = rulesQuestion()?.id ?? ((closing || reading?.askSelfHarm) && rules.askQuestions[ASK_SELF_HARM] ? ASK_SELF_HARM : undefined);
  return ask ? { ...result, ask: { rule: ask } } : result;
}

/** Most words of a hint the rules ask about rather than let the second opinion raise ("siento raro entre las piernas"). */
const HINT_WORDS = 6;

/**
 * True when the message is a hint of HINT_WORDS words or fewer and the rules' yes/no question for it (`question`) asks
 * about `tier`: too few words for the second opinion to weigh, so the unclear hint is asked, not raised to `tier`.
 */
function askedHint(p: Prepared, question: () => CompiledRule | undefined, tier: Tier): boolean {
  return p.words.length <= HINT_WORDS && question()?.tier === tier;
}

/** Characters of a message triage reads: more is cut off (an SMS body is at most 1,600; a transcript rarely longer). */
const MAX_CHARS = 4000;

/** The tokens of the first MAX_CHARS characters of `text`, read with the compiled rules' words (`c`). */
function tokensOf(c: Compiled, text: string): Tokens {
  return tokenize(text.slice(0, MAX_CHARS), c);
}

/** The tokens the rules read: those of tokensOf with speech fillers dropped ("no puedo um control my bladder") and words typed without spaces split ("nosientolaspiernas"). */
function ruleTokensOf(c: Compiled, text: string): Tokens {
  return ruleTokens(c, tokensOf(c, text));
}

/** `raw` as the rules read it: speech fillers dropped and words typed without spaces split ("nosiento" too). */
function ruleTokens(c: Compiled, raw: Tokens): Tokens {
  return splitRunTogether(withoutFillers(raw), c.knownWords, c.vocabulary, c.signWords);
}

/** The yes/no question a crisis doubt of the second opinion asks (the one the safety net asks on self-harm words). */
const ASK_SELF_HARM = 'ask_self_harm';

/**
 * Whether the second opinion may raise a message to urgent. That tier is trained on urgent and soon messages alike,
 * so it raises only a message the rules found no sign in (a soon sign the rules read stays soon), and one naming a
 * term group of urgentOpinion.needs (`c.urgentNeeds`; none listed: any): an urgent sign is a condition together
 * with back or leg trouble, and a question about a treatment names its words alone.
 */
function urgentMayRaise(c: Compiled, p: Prepared, byRules: TriageResult): boolean {
  return byRules.tier === 'none' && (c.urgentNeeds.length === 0 || mentions(p, c.urgentNeeds));
}

/**
 * True when the message only signs off or opts out (crisisOpinion): every word a thanks or goodbye ("thank you
 * goodbye"), or every word one of those or of opting out and one naming the texts or the list ("please take me off
 * this list, I don't want texts anymore"). The second opinion reads a goodbye to the line as crisis, so such a message
 * is asked the self-harm question rather than raised; "ya no quiero" or "take care of them for me" names no channel.
 */
function onlyClosings(c: Compiled, tokens: Tokens): boolean {
  const { farewells, optOuts, channel } = c.closings;
  const words = tokens.words.map(spelledOut);
  if (words.length === 0) return false;
  if (words.every((w) => farewells.has(w))) return true;
  return words.some((w) => channel.has(w)) && words.every((w) => farewells.has(w) || optOuts.has(w) || channel.has(w));
}

/**
 * The rules' result raised to the second opinion's tier when that is more severe; never lowered. Nor raised to a
 * tier `held` says the rules decided: a sign they found and set aside (negated, over, only asked, a joke, an idiom)
 * or one their yes/no question asks about.
 */
function raised(byRules: TriageResult, opinion: Tier | undefined, held: (tier: Tier) => boolean): TriageResult {
  if (!opinion || tierRank(opinion) >= tierRank(byRules.tier) || held(opinion)) return byRules;
  return { tier: opinion, rule: SECOND_OPINION_RULE, signs: [SECOND_OPINION_RULE, ...(byRules.signs ?? [])] };
}

const unmodified = new WeakMap<TriageRules, TriageRules>();

/** The rules with every modifier emptied (negation and answers, over, past, asked, joke, animal, screening, on-behalf and per-rule cues, conditional frames and idioms), so a set-aside sign counts. */
function withoutModifiers(rules: TriageRules): TriageRules {
  let bare = unmodified.get(rules);
  if (!bare) {
    const none = { en: [], es: [] };
    const { negation, context } = rules;
    const clauses = { ...context.clauses, frames: [], suppositions: [], openingSuppositions: [] };
    bare = { ...rules, negation: { ...negation, cues: none, after: none, answers: [] }, context: { ...context, resolved: none, explained: none, past: none, hypothetical: none, question: none, joke: none, animal: none, screening: none, behalf: none, unless: {}, clauses }, idioms: none };
    unmodified.set(rules, bare);
  }
  return bare;
}

/** The rules (those `which` selects) that match `tokens` (prepared as `p` for the rules) once the modifiers are emptied: signs counted even where a modifier set them aside. */
function bareMatches(rules: TriageRules, tokens: Tokens, p: Prepared, which: (rule: { id: string; tier: Tier }) => boolean) {
  const c = compileRules(withoutModifiers(rules));
  const bare = prepareAgain(c, p, tokens);
  return c.rules.filter((r) => which(r) && ruleMatches(c, bare, r));
}

/**
 * True when a rule of `tier` matches once the modifiers are emptied. Called only for a tier more severe than the
 * rules found, so such a match is a sign the modifiers set aside; only that tier's rules are walked.
 */
function setAside(rules: TriageRules, tokens: Tokens, p: Prepared, tier: Tier): boolean {
  return bareMatches(rules, tokens, p, (r) => r.tier === tier).length > 0;
}

/** Tiers of the signs a modifier set aside in `text`: found by the rules without their modifiers, not by the rules. */
export function setAsideTiers(rules: TriageRules, text: string, speech = false, byRules = classifyByRules(rules, text, speech)): ReadonlySet<Tier> {
  const counted = new Set(byRules.signs ?? []);
  const c = compileRules(rules);
  const tokens = ruleTokensOf(c, text);
  return new Set(bareMatches(rules, tokens, prepare(c, tokens, speech), (r) => !counted.has(r.id)).map((r) => r.tier));
}

/** What the safety net offers a message that matched no rule: the 911 signs (`body`), the self-harm question, or nothing. */
export type SafetyNet = 'body' | 'self-harm';

/**
 * For a message that matched no rule and that the menus do not understand: 'self-harm' when it has self-harm
 * words (ask the one yes/no question), 'body' when it names a body function, the saddle area, weakness, a fall,
 * fever or chest pain (list the signs that need 911), otherwise undefined. Pure.
 */
export function safetyNet(rules: TriageRules, text: string, speech = false): SafetyNet | undefined {
  const c = compileRules(rules);
  const p = prepare(c, ruleTokensOf(c, text), speech);
  if (mentions(p, c.safetyNet.selfHarm)) return 'self-harm';
  return mentions(p, c.safetyNet.body) ? 'body' : undefined;
}

export { replyFor, askQuestion, askAnswerTier, checkQuestions } from './replies.js';
export { parseYesNo } from './yes-no.js';
