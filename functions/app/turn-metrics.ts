import type { Channel } from '../core/channels.js';
import type { MetricEvent } from '../core/metrics.js';
import type { ConversationState } from '../engine/types.js';
import { smsSegments } from '../twilio/segments.js';
import type { TurnOutcome } from './run-turn.js';

/** The contact joined the daily program (YES to the offer) or lifted a stop (START). */
function optedIn(before: ConversationState | undefined, after: ConversationState): boolean {
  return (before?.tips?.status === 'offered' && after.tips?.status === 'active') || (before?.optedOut === true && !after.optedOut);
}

/**
 * The metric events of one answered webhook (pure): the turn (channel, language, the last content shown, whether it
 * started a conversation, opt-in or out, SMS segments of the answer, latency) and one event per red flag it raised.
 * Nothing about who sent it or what they said.
 */
export function turnEvents(channel: Channel, outcome: TurnOutcome, at: number, ms: number): MetricEvent[] {
  const after = outcome.state;
  const lang = after?.lang ?? 'en';
  const before = outcome.previous;
  const fresh = !outcome.duplicate && after !== undefined;
  const contentId = [...outcome.replies].reverse().find((r) => r.contentId)?.contentId;
  const segments = channel === 'sms' ? outcome.replies.reduce((sum, r) => sum + smsSegments(r.text), 0) : 0;
  const turn: MetricEvent = {
    kind: 'turn', at, channel, lang, ...(contentId ? { contentId } : {}),
    conversation: fresh && before === undefined,
    duplicate: outcome.duplicate,
    optIn: fresh && optedIn(before, after),
    optOut: fresh && after.optedOut === true && before?.optedOut !== true,
    segments,
    ms,
  };
  const flags: MetricEvent[] = (outcome.result?.intents ?? []).flatMap((intent) =>
    intent.type === 'escalate' ? [{ kind: 'red-flag', at, channel, lang, tier: intent.tier, rule: intent.rule }] : []);
  return [turn, ...flags];
}
