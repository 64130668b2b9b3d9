import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { inspectSms } from '../../../tools/lint/sms-encoding.js';
import { dailyTip, tipMessages, type WithProgram } from '../../../functions/engine/daily-tip.js';
import { fixtureContent as content } from '../../helpers/content.js';

const PROGRAM_END = 'Backline: that was your last daily tip. We hope they helped. Text DAILY to start again or MENU for topics. Emergency? Call 911.';
const start: WithProgram = { lang: 'en', trail: ['main'], tips: { status: 'active', hour: 9, timeZone: 'America/New_York', sent: 0 } };

describe('dailyTip', () => {
  it('sends one tip, counts it and remembers the local day', () => {
    const day = dailyTip(content, start, 1_000_000, '2027-03-14');
    expect(day.messages).toHaveLength(1);
    expect(day.messages[0]!.text).toMatch(/^Backline tip: /);
    expect(day.messages[0]!.contentId).toBe(`tips/${day.tipId}`);
    expect(day.state.tips).toEqual({ status: 'active', hour: 9, timeZone: 'America/New_York', sent: 1, lastDay: '2027-03-14' });
    expect(day.state.recentTips).toEqual([day.tipId]);
    expect(day.final).toBe(false);
  });

  it('ends the program on day 14 with the goodbye in the same SMS, and never before', () => {
    let state = start;
    const finals: boolean[] = [];
    let last = '';
    for (let i = 0; i < 14; i++) {
      const day = dailyTip(content, state, 1_000_000 + i * 86_400_000, `2027-03-${String(10 + i).padStart(2, '0')}`);
      finals.push(day.final);
      last = day.messages[0]!.text;
      state = day.state;
    }
    expect(finals.indexOf(true)).toBe(13);
    expect(state.tips.status).toBe('done');
    expect(state.tips.sent).toBe(14);
    expect(last).toMatch(/^Backline tip: .+\n\nBackline: that was your last daily tip\./s);
    expect(last.endsWith(PROGRAM_END)).toBe(true);
  });

  it('answers in Spanish for a Spanish conversation', () => {
    const day = dailyTip(content, { ...start, lang: 'es', tips: { ...start.tips, sent: 13 } }, 0, '2027-03-14');
    expect(day.messages[0]!.text).toMatch(/^Consejo de Backline: .+\n\nBackline: ese fue su ultimo consejo diario\./s);
  });
});

describe('tipMessages', () => {
  it('rebuilds the same SMS for a retry, and nothing for a tip no longer in the content', () => {
    const day = dailyTip(content, { ...start, tips: { ...start.tips, sent: 13 } }, 5_000, '2027-03-14');
    expect(tipMessages(content, 'en', day.tipId, true)).toEqual(day.messages);
    expect(tipMessages(content, 'en', 'no-such-tip', false)).toBeUndefined();
  });

  it('keeps every real tip, with the goodbye appended, within two GSM-7 segments in both languages', () => {
    const real = loadContent('content');
    for (const tip of real.tips) {
      for (const lang of ['en', 'es'] as const) {
        const sms = inspectSms(tipMessages(real, lang, tip.id, true)![0]!.text);
        expect(sms.encoding, `${tip.id} ${lang}`).toBe('GSM-7');
        expect(sms.segments, `${tip.id} ${lang}`).toBeLessThanOrEqual(2);
      }
    }
  });
});
