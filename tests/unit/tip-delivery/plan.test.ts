import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../../functions/engine/types.js';
import { MAX_SEND_ATTEMPTS, planDelivery } from '../../../functions/tip-delivery/plan.js';
import { fixtureContent as content } from '../../helpers/content.js';
import { type DueItem } from '../../../functions/store/due-table.js';

const at = (iso: string) => Date.parse(iso);
// 9:00 EST on 12 March 2027 = 14:00Z.
const SLOT = at('2027-03-12T14:00:00Z');
const state: ConversationState = { lang: 'en', trail: ['main'], tips: { status: 'active', hour: 9, timeZone: 'America/New_York', sent: 2, lastDay: '2027-03-11' } };
const item = (over: Partial<DueItem> = {}): DueItem => ({
  contact: 'c1', v: 4, ttl: at('2027-04-01T00:00:00Z') / 1000, state, address: 'sealed', dueSk: '2027-03-12T14:00:00.000Z#c1', ...over,
});

describe('planDelivery', () => {
  it('sends the day tip at its slot, counts it and schedules tomorrow (9:00 EST on the 13th = 14:00Z)', () => {
    const plan = planDelivery(content, item(), SLOT + 5 * 60_000, true);
    expect(plan.kind).toBe('send');
    if (plan.kind !== 'send') return;
    expect(plan.day).toBe('2027-03-12');
    expect(plan.attempt).toBe(1);
    expect(plan.state.tips).toMatchObject({ sent: 3, lastDay: '2027-03-12' });
    expect(new Date(plan.next!).toISOString()).toBe('2027-03-13T14:00:00.000Z');
  });

  it('picks the tip from the program day and contact key: a re-planned claim (a lost race, a later run) sends the same one', () => {
    const first = planDelivery(content, item(), SLOT + 5 * 60_000, true);
    const again = planDelivery(content, item({ v: 5, state: { ...state, recentTips: ['heat'] } }), SLOT + 40 * 60_000, true);
    expect(first.kind === 'send' && again.kind === 'send' && again.tipId === first.tipId).toBe(true);
    const day1 = planDelivery(content, item({ state: { ...state, tips: { ...state.tips!, sent: 0 } } }), SLOT + 5 * 60_000, true);
    expect(day1).toMatchObject({ kind: 'send', tipId: 'signs-911-988' });
    const day14 = planDelivery(content, item({ contact: 'c2', state: { ...state, tips: { ...state.tips!, sent: 13 } } }), SLOT + 5 * 60_000, true);
    expect(day14).toMatchObject({ kind: 'send', tipId: 'check-in', final: true });
  });

  it('moves a slot missed by more than the grace to tomorrow without sending', () => {
    const plan = planDelivery(content, item(), SLOT + 61 * 60_000, true);
    expect(plan).toEqual({ kind: 'move', due: at('2027-03-13T14:00:00Z') });
  });

  it('does nothing for an item whose keys are already right and not yet due', () => {
    const sentToday = { ...state, tips: { ...state.tips!, lastDay: '2027-03-12' } };
    expect(planDelivery(content, item({ state: sentToday, dueSk: '2027-03-13T14:00:00.000Z#c1' }), SLOT + 60_000, true)).toEqual({ kind: 'none' });
  });

  it('takes held, stopped, paused, expired, unreadable and unreachable items out of the index', () => {
    const now = SLOT + 60_000;
    expect(planDelivery(content, item({ state: { ...state, hold: true } }), now, true)).toEqual({ kind: 'move' });
    expect(planDelivery(content, item({ state: { ...state, optedOut: true } }), now, true)).toEqual({ kind: 'move' });
    expect(planDelivery(content, item({ state: { ...state, tips: { ...state.tips!, status: 'paused' } } }), now, true)).toEqual({ kind: 'move' });
    expect(planDelivery(content, item({ ttl: now / 1000 - 1 }), now, true)).toEqual({ kind: 'move' });
    const { state: _s, ...unreadable } = item();
    expect(planDelivery(content, unreadable, now, true)).toEqual({ kind: 'move' });
    expect(planDelivery(content, item(), now, false)).toEqual({ kind: 'move' });
  });

  it('resends the same tip on a retry the same day, without counting it again', () => {
    const claimed = { ...state, tips: { ...state.tips!, sent: 3, lastDay: '2027-03-12' } };
    const retry = { tip: 'heat', day: '2027-03-12', attempt: 1, final: false };
    const plan = planDelivery(content, item({ state: claimed, retry }), SLOT + 10 * 60_000, true);
    expect(plan).toMatchObject({ kind: 'send', tipId: 'heat', attempt: 2, state: claimed, next: at('2027-03-13T14:00:00Z') });
  });

  it('drops a retry on the next local day, in quiet hours, or after the last attempt', () => {
    const claimed = { ...state, tips: { ...state.tips!, sent: 3, lastDay: '2027-03-12' } };
    const retry = { tip: 'heat', day: '2027-03-12', attempt: 1, final: false };
    // 21:10 EST on the 12th = 02:10Z on the 13th (quiet); 00:10 EST on the 13th = 05:10Z.
    expect(planDelivery(content, item({ state: claimed, retry }), at('2027-03-13T02:10:00Z'), true).kind).toBe('move');
    expect(planDelivery(content, item({ state: claimed, retry }), at('2027-03-13T05:10:00Z'), true).kind).toBe('move');
    const spent = { ...retry, attempt: MAX_SEND_ATTEMPTS };
    expect(planDelivery(content, item({ state: claimed, retry: spent }), SLOT + 30 * 60_000, true).kind).toBe('move');
  });

  it('never sends in quiet hours, whatever the keys say', () => {
    // A stale key at 9:00 EST, run at 22:00 EST (03:00Z next day).
    expect(planDelivery(content, item(), at('2027-03-13T03:00:00Z'), true).kind).toBe('move');
  });
});
