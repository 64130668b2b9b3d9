import type { ConversationState } from '../../functions/engine/types.js';
import type { RecentTurn } from '../../functions/store/state-store.js';
import { signLabel } from '../../functions/triage/replies.js';
import type { TriageRules } from '../../functions/triage/schema.js';
import type { Tier } from '../../functions/core/tiers.js';
import type { TriageExplanation } from './explain-triage.js';

/** Why the last reply was chosen, in plain words for the simulator's contact panel. */
export interface ReplyReason {
  input: string;
  channel: 'sms' | 'voice';
  /** The tier Backline acted on ('none' when it did not escalate). */
  tier: Tier;
  /** The signs behind it, as the rules' labels (never rule ids). */
  signs: string[];
  /** Modifiers that changed the outcome: someone else's symptom, a sign negated or said to be over, Twilio's STOP. */
  modifiers: string[];
  summary: string;
}

/** What one turn left behind, as the simulator saw it. */
export interface TurnFacts {
  input: string;
  channel: 'sms' | 'voice';
  explanation?: TriageExplanation;
  /** The question Backline was waiting on before the turn. */
  pendingBefore?: ConversationState['pending'];
  /** The red flags the engine acted on in this turn (from the stored turn). */
  escalations: NonNullable<RecentTurn['escalations']>;
  replies: readonly string[];
  lang: 'en' | 'es';
  onCall?: boolean;
  twilio?: 'opt-out' | 'opt-in';
}

const ADVICE: Record<Exclude<Tier, 'none'>, string> = {
  emergency: 'call 911 now',
  crisis: 'call or text 988',
  urgent: 'see a doctor or urgent care today',
  soon: 'see a doctor within a few days',
};

/** Puts a turn's triage, escalations and Twilio keyword into words: the tier, the signs by label, the modifiers. */
export function whyReply(rules: TriageRules, facts: TurnFacts): ReplyReason {
  const base = { input: facts.input, channel: facts.channel };
  const twilio = facts.twilio === 'opt-out'
    ? ['STOP is also Twilio\'s opt-out word: Twilio blocks every text to this phone, replies included, until it texts START.']
    : facts.twilio === 'opt-in' ? ['Twilio unblocked this phone (an opt-in word): texts reach it again.'] : [];
  if (facts.onCall) return { ...base, tier: 'none', signs: [], modifiers: twilio, summary: 'An on-call phone: its texts are acknowledgements (ACK and the page code), never the patient menu.' };
  const x = facts.explanation;
  const modifiers = [
    ...(x?.someoneElse ? ['Someone else\'s symptom: the tier stays, and the advice says what to do for them.'] : []),
    ...(x?.setAside ?? []).map((s) => `Set aside: "${s.sign}", ${s.why}.`),
    ...twilio,
  ];
  const [first] = facts.escalations;
  if (first) {
    const signs = [...new Set(facts.escalations.flatMap((e) => [e.rule, ...(e.also ?? [])]).map((id) => signLabel(rules, id)))];
    const how = x?.tier === first.tier ? 'A sign found in the message'
      : facts.pendingBefore?.kind === 'ask' ? 'YES to the yes/no question Backline had asked'
      : facts.pendingBefore?.kind === 'check' ? 'A YES in the symptom check (CHECK)' : 'A sign found in the message';
    return { ...base, tier: first.tier, signs, modifiers, summary: `${first.tier.toUpperCase()}: ${how}; told to ${ADVICE[first.tier]}.` };
  }
  const reply = facts.replies.join('\n');
  const summary = x?.asks && reply.includes('?')
    ? `No red flag yet: an unclear hint, so Backline asked one yes/no question (a YES means: ${x.asks}).`
    : reply === rules.replies.safetyNet[facts.lang] ? 'No red flag: the menus did not understand it, and it names a body function, weakness, a fall, fever or chest pain, so the safety net listed the signs that need 911.'
    : reply === rules.askQuestions.ask_self_harm?.question[facts.lang] ? 'No red flag yet: self-harm words, so the safety net asked its one yes/no question.'
    : facts.pendingBefore?.kind === 'check' ? 'No red flag: an answer in the symptom check (CHECK).'
    : 'No red flag: the menus and keywords answered.';
  return { ...base, tier: 'none', signs: [], modifiers, summary };
}
