import { describe, expect, it } from 'vitest';
import { step } from '../../../functions/engine/step.js';
import { clock, parseHour, pickTip } from '../../../functions/engine/daily-program.js';
import type { ConversationState } from '../../../functions/engine/types.js';
import { fixtureContent as content } from '../../helpers/content.js';

const base: ConversationState = { lang: 'en', trail: ['main'] };

describe('tips on demand', () => {
  it('never repeats one of the last few tips: three in a row are the three different fixture tips', () => {
    let state = base;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = step(content, state, { channel: 'sms', at: 1_000_000 + i * 7_000, text: 'TIPS' });
      seen.push(r.replies[0]!.text);
      state = r.state;
    }
    expect(new Set(seen).size).toBe(3);
    expect(seen.every((t) => t.startsWith('Backline tip: '))).toBe(true);
  });

  it('answers in the contact language', () => {
    const { tip } = pickTip(content, { ...base, lang: 'es' }, 0);
    expect(tip.text).toMatch(/^Consejo de Backline: /);
  });
});

describe('daily program', () => {
  it('starts only after YES, with the time zone from the edge and the default hour', () => {
    const offered = step(content, base, { channel: 'sms', at: 0, text: 'daily', timeZone: 'America/Denver' }).state;
    expect(offered.tips).toEqual({ status: 'offered', hour: 9, timeZone: 'America/Denver', sent: 0 });
    const joined = step(content, offered, { channel: 'sms', at: 0, text: 'SI' }).state;
    expect(joined.tips?.status).toBe('active');
  });

  it('lets a stop word stop everything and YES or START opt back in; RESUME also lifts a red-flag hold', () => {
    const active: ConversationState = { ...base, hold: true, tips: { status: 'active', hour: 9, timeZone: 'America/New_York', sent: 3 } };
    const stopped = step(content, active, { channel: 'sms', at: 0, text: 'UNSUBSCRIBE' }).state;
    expect(stopped.optedOut).toBe(true);
    expect(step(content, stopped, { channel: 'sms', at: 0, text: 'unstop' }).state.optedOut).toBeUndefined();
    const resumed = step(content, active, { channel: 'sms', at: 0, text: 'resume' }).state;
    expect(resumed.hold).toBeUndefined();
    expect(resumed.tips?.status).toBe('active');
  });
});

describe('parseHour and clock', () => {
  it.each([
    ['9', 9], ['9am', 9], ['9 AM', 9], ['6pm', 18], ['6 p.m.', 18], ['18', 18], ['18:00', 18], ['12pm', 12], ['8', 8], ['20', 20],
  ])('reads %j as %i', (text, hour) => expect(parseHour(text)).toBe(hour));
  it.each(['7', '21', '11pm', '12am', 'noon', '9:30', ''])('refuses %j (outside 8 AM-8 PM or not an hour)', (text) => expect(parseHour(text)).toBeUndefined());
  it('formats hours per language', () => {
    expect([clock(9, 'en'), clock(12, 'en'), clock(18, 'en'), clock(18, 'es')]).toEqual(['9 AM', '12 PM', '6 PM', '18:00']);
  });
});

describe('opting out, whatever the state', () => {
  const active: ConversationState = { ...base, tips: { status: 'active', hour: 9, timeZone: 'America/New_York', sent: 2, lastDay: '2026-01-05' } };

  it.each(['STOP', 'stop sending me tips', 'unsubscribe me', 'no more texts', 'please stop', 'Stop please.', 'opt me out', 'darme de baja'])('honours %j', (text) => {
    expect(step(content, active, { channel: 'sms', at: 0, text }).state.optedOut).toBe(true);
  });

  it.each(['make the pain stop', 'the tingling wont stop', 'ya no me duele'])('does not read %j as an opt-out', (text) => {
    expect(step(content, active, { channel: 'sms', at: 0, text }).state.optedOut).toBeUndefined();
  });

  it('honours STOP and ALTO in the middle of the symptom check, which they end', () => {
    const checking = step(content, { lang: 'es', trail: ['main'] }, { channel: 'sms', at: 0, text: 'CHECK' }).state;
    expect(checking.pending?.kind).toBe('check');
    const stopped = step(content, checking, { channel: 'sms', at: 0, text: 'ALTO' });
    expect(stopped.state.optedOut).toBe(true);
    expect(stopped.state.pending).toBeUndefined();
  });

  it('keeps the day of the last tip when the program is offered and joined again, so no second tip goes out that day', () => {
    const offered = step(content, active, { channel: 'sms', at: 0, text: 'DAILY' }).state;
    const joined = step(content, offered, { channel: 'sms', at: 0, text: 'YES' }).state;
    expect(joined.tips).toMatchObject({ status: 'active', lastDay: '2026-01-05' });
  });
});
