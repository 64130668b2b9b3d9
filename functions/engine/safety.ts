import type { Content } from '../content/model.js';
import type { Lang } from '../core/langs.js';
import { classify, safetyNet } from '../triage/classify.js';
import { askAnswerTier, askQuestion, checkQuestions } from '../triage/replies.js';
import { parseYesNo } from '../triage/yes-no.js';
import { resolveInput } from './keywords.js';
import { guessLanguage } from './language.js';
import { clear } from './state-fields.js';
import type { ConversationState, Intent } from './types.js';
import { HOLDING_TIERS, isImmediate, tierRank, type EscalationTier, type Tier } from '../core/tiers.js';
import { type Channel } from '../core/channels.js';
import { type Reply } from '../core/reply.js';

/** What a safety step produced: the next state, replies and intents. */
export interface SafetyOutcome {
  state: ConversationState;
  replies: Reply[];
  intents: Intent[];
}

/**
 * Red-flag screening, run before anything else on every input: a sign in the text escalates;
 * a YES to a pending red-flag question escalates; an unclear cauda equina hint asks one yes/no
 * question. Undefined when the input is safe to hand to the menus.
 */
export function screen(content: Content, state: ConversationState, text: string, channel: Channel = 'sms', languageKnown = true): SafetyOutcome | undefined {
  const triage = classify(content.triage, text, channel === 'voice');
  const guessed = guessLanguage(content.languages, text);
  const lang = guessed ?? state.lang;
  // With no conversation language yet and no clue in the message, the most urgent advice goes out in every language.
  const everyLanguage = !languageKnown && guessed === undefined;
  const pending = state.pending;
  const forOther = triage.experiencer === 'other';
  if (isImmediate(triage.tier)) return escalate(content, state, lang, triage.tier, triage.signs ?? [triage.tier], channel, everyLanguage, forOther);
  if (pending?.kind === 'ask' && parseYesNo(text, content.languages.yesNo) === 'yes') {
    const tier = askAnswerTier(content.triage, pending.rule);
    if (tier !== 'none') return escalate(content, state, lang, tier, [pending.rule], channel);
  }
  if (triage.tier !== 'none') return escalate(content, state, lang, triage.tier, triage.signs ?? [triage.tier], channel, false, forOther);
  if (triage.ask && !menuChoice(content, lang, text)) {
    const next: ConversationState = { ...state, lang, pending: { kind: 'ask', rule: triage.ask.rule } };
    return { state: next, replies: [{ text: spokenOrTexted(content, askQuestion(content.triage, triage.ask.rule, lang), lang, channel) }], intents: [] };
  }
  if (pending?.kind === 'ask' && parseYesNo(text, content.languages.yesNo) === 'no') return allClear(content, state, channel);
  return undefined;
}

/** True when `text` is a command or a menu title or keyword as it is ("how to get better"): a choice, never a doubt to ask about. */
function menuChoice(content: Content, lang: Lang, text: string): boolean {
  const match = resolveInput(content, lang, text);
  return (match.kind === 'node' || match.kind === 'command') && match.exact;
}

/**
 * The safety net for an input the menus do not understand and no rule matched: self-harm words get the one
 * yes/no question, a named body function, the saddle area, weakness, a fall, fever or chest pain get the signs
 * that need 911; undefined leaves the plain "I did not get that".
 */
export function notUnderstood(content: Content, state: ConversationState, text: string, channel: Channel = 'sms'): SafetyOutcome | undefined {
  const net = safetyNet(content.triage, text, channel === 'voice');
  if (net === 'self-harm') {
    const question = askQuestion(content.triage, 'ask_self_harm', state.lang);
    return { state: { ...state, pending: { kind: 'ask', rule: 'ask_self_harm' } }, replies: [{ text: spokenOrTexted(content, question, state.lang, channel) }], intents: [] };
  }
  if (net === 'body') {
    const text = channel === 'voice' ? content.triage.voiceReplies.safetyNet[state.lang] : content.triage.replies.safetyNet[state.lang];
    return { state, replies: [{ text }], intents: [] };
  }
  return undefined;
}

/** Starts the structured symptom check at its first (most dangerous) question. */
export function startCheck(content: Content, state: ConversationState, channel: Channel = 'sms'): SafetyOutcome {
  return askCheck(content, { ...clear(state, 'topic'), pending: { kind: 'check', index: 0 } }, channel);
}

/**
 * One answer in the structured check: an emergency or crisis YES ends it at once; other YES
 * answers are remembered and the worst one decides the advice after the last question.
 * Undefined when the input is not a yes or no (the caller decides what it means).
 */
export function answerCheck(content: Content, state: ConversationState, text: string, channel: Channel = 'sms'): SafetyOutcome | undefined {
  const pending = state.pending;
  if (pending?.kind !== 'check') return undefined;
  const answer = parseYesNo(text, content.languages.yesNo);
  if (answer === null) return undefined;
  const questions = checkQuestions(content.triage);
  const question = questions[pending.index];
  let worst = pending.worst;
  if (answer === 'yes' && question && question.tier !== 'none') {
    if (isImmediate(question.tier)) return escalate(content, state, state.lang, question.tier, [question.rule], channel);
    if (!worst || tierRank(question.tier) < tierRank(worst.tier)) worst = { tier: question.tier, rule: question.rule };
  }
  const index = pending.index + 1;
  if (index < questions.length) return askCheck(content, { ...state, pending: { kind: 'check', index, ...(worst ? { worst } : {}) } }, channel);
  if (worst) return escalate(content, state, state.lang, worst.tier, [worst.rule], channel);
  return allClear(content, state, channel);
}

/** Repeats the current check question (after an answer that was neither yes nor no). */
export function askCheck(content: Content, state: ConversationState, channel: Channel = 'sms'): SafetyOutcome {
  const pending = state.pending;
  const question = pending?.kind === 'check' ? checkQuestions(content.triage)[pending.index] : undefined;
  if (!question) return allClear(content, state, channel);
  return { state, replies: [{ text: spokenOrTexted(content, question[state.lang], state.lang, channel) }], intents: [] };
}

/** A yes/no question as texted, or as spoken: without the "Backline:" label and the texting instruction, with the keypad hint. */
function spokenOrTexted(content: Content, question: string, lang: Lang, channel: Channel): string {
  if (channel === 'sms') return question;
  const spoken = question.replace(/^Backline:\s*/, '').replace(/\s*(Reply YES or NO|Responda SI o NO)\.?\s*$/, '');
  return `${spoken} ${content.messages.voiceCheckHint[lang]}`;
}

/** `signs`: the rule ids found, the one that decided the tier first. */
function escalate(content: Content, state: ConversationState, lang: Lang, tier: EscalationTier, signs: readonly string[], channel: Channel, everyLanguage = false, forOther = false): SafetyOutcome {
  const [rule = tier, ...also] = signs;
  const next: ConversationState = { ...clear(state, 'pending'), lang, ...(HOLDING_TIERS.has(tier) ? { hold: true } : {}) };
  // Self-harm told as a crash or a fall ("drive into a wall and make it look like an accident") finds an emergency
  // and a crisis rule: the 911 advice leads, and the 988 advice follows it.
  const tiers: Tier[] = tier === 'emergency' && signs.some((id) => crisisRule(content, id)) ? [tier, 'crisis'] : [tier];
  const advice = (code: Lang): Reply[] => tiers.map((t) => ({ text: tierText(content, t, code, channel, forOther), lang: code }));
  const replies = advice(lang);
  if (everyLanguage) for (const { code } of content.languages.list) if (code !== lang) replies.push(...advice(code));
  return { state: next, replies, intents: [{ type: 'escalate', tier, rule, ...(also.length > 0 ? { also } : {}) }] };
}

/** True when rule `id` is a crisis rule (self-harm talk). */
function crisisRule(content: Content, id: string): boolean {
  return content.triage.rules.some((r) => r.id === id && r.tier === 'crisis');
}

/** Advice written for the person with someone else's signs, by tier. */
const FOR_OTHER = { emergency: 'otherEmergency', crisis: 'otherCrisis', urgent: 'otherUrgent' } as const;

/** The advice for a tier, texted or spoken; `forOther` when the signs are someone else's (what to do for them). */
function tierText(content: Content, tier: Tier, lang: Lang, channel: Channel, forOther = false): string {
  const key = forOther && tier in FOR_OTHER ? FOR_OTHER[tier as keyof typeof FOR_OTHER] : tier;
  return channel === 'voice' ? content.triage.voiceReplies[key][lang] : content.triage.replies[key][lang];
}

/** No warning sign found: self-care and exactly when to get help. */
function allClear(content: Content, state: ConversationState, channel: Channel): SafetyOutcome {
  return { state: clear(state, 'pending'), replies: [{ text: tierText(content, 'none', state.lang, channel) }], intents: [] };
}
