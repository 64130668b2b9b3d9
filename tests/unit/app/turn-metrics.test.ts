import { describe, expect, it } from 'vitest';
import { turnEvents } from '../../../functions/app/turn-metrics.js';
import type { TurnOutcome } from '../../../functions/app/run-turn.js';
import type { ConversationState } from '../../../functions/engine/types.js';

const AT = Date.parse('2027-03-10T15:30:00Z');
const state = (extra: Partial<ConversationState> = {}): ConversationState => ({ lang: 'en', trail: ['main'], ...extra });
const program = (status: 'offered' | 'active') => ({ status, hour: 9, timeZone: 'America/New_York', sent: 0 });
const ran = (previous: ConversationState | undefined, next: ConversationState, extra: Partial<TurnOutcome> = {}): TurnOutcome => ({
  replies: [{ text: 'a'.repeat(161), contentId: 'main' }, { text: 'ok' }], duplicate: false, attempts: 1, state: next, version: 2,
  result: { state: next, replies: [], intents: [] }, ...(previous ? { previous } : {}), ...extra,
});

describe('turnEvents', () => {
  it('marks a first turn as a new conversation and counts the SMS segments of every reply', () => {
    const [turn] = turnEvents('sms', ran(undefined, state()), AT, 12);
    expect(turn).toEqual({ kind: 'turn', at: AT, channel: 'sms', lang: 'en', contentId: 'main', conversation: true, duplicate: false, optIn: false, optOut: false, segments: 3, ms: 12 });
  });

  it('counts no segments for voice, and nothing new for a duplicate', () => {
    const [voice] = turnEvents('voice', ran(undefined, state()), AT, 5);
    expect(voice).toMatchObject({ segments: 0, conversation: true });
    const [dup] = turnEvents('sms', { replies: [{ text: 'hi' }], duplicate: true, attempts: 1, state: state(), version: 3 }, AT, 5);
    expect(dup).toMatchObject({ duplicate: true, conversation: false, optIn: false, optOut: false, segments: 1 });
  });

  it('sees opt-ins (YES to the program, START after a stop) and opt-outs from the states before and after', () => {
    expect(turnEvents('sms', ran(state({ tips: program('offered') }), state({ tips: program('active') })), AT, 1)[0]).toMatchObject({ optIn: true, optOut: false });
    expect(turnEvents('sms', ran(state({ optedOut: true }), state()), AT, 1)[0]).toMatchObject({ optIn: true });
    expect(turnEvents('sms', ran(state(), state({ optedOut: true })), AT, 1)[0]).toMatchObject({ optOut: true, optIn: false });
    expect(turnEvents('sms', ran(state({ optedOut: true }), state({ optedOut: true })), AT, 1)[0]).toMatchObject({ optOut: false });
  });

  it('adds one red-flag event per escalation, with tier and rule only', () => {
    const next = state({ lang: 'es' });
    const outcome = ran(state(), next, { result: { state: next, replies: [], intents: [{ type: 'escalate', tier: 'emergency', rule: 'ces_saddle', also: ['leg_weak'] }, { type: 'text-me-this', texts: [], contentId: 'x', contentVersion: 1 }] } });
    expect(turnEvents('voice', outcome, AT, 1).slice(1)).toEqual([{ kind: 'red-flag', at: AT, channel: 'voice', lang: 'es', tier: 'emergency', rule: 'ces_saddle' }]);
  });
});
