import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { inspectSms } from '../../../tools/lint/sms-encoding.js';
import { dailyTip, tipMessages, type WithProgram } from '../../../functions/engine/daily-tip.js';
import { fixtureContent as content, LANGS } from '../../helpers/content.js';

const PROGRAM_END = 'Backline: that was your last daily tip. We hope they helped. Text DAILY to start again or MENU for topics. Emergency? Call 911.';
const start: WithProgram = { lang: 'en', trail: ['main'], tips: { status: 'active', hour: 9, timeZone: 'America/New_York', sent: 0 } };
const real = loadContent('content');

/** Every daily SMS a subscriber gets, day 1 to the end, as delivery would send them. */
function wholeProgram(source: typeof content, lang: 'en' | 'es', seed: string): { tipId: string; text: string; final: boolean }[] {
  let state: WithProgram = { ...start, lang };
  const out: { tipId: string; text: string; final: boolean }[] = [];
  for (let day = 1; state.tips.status !== 'done'; day++) {
    const sent = dailyTip(source, state, seed, `2027-03-${String(day).padStart(2, '0')}`);
    out.push({ tipId: sent.tipId, text: sent.messages[0]!.text, final: sent.final });
    state = sent.state;
  }
  return out;
}

describe('dailyTip', () => {
  it('sends one tip, counts it and remembers the local day', () => {
    const day = dailyTip(content, start, 'contact-a', '2027-03-14');
    expect(day.messages).toHaveLength(1);
    expect(day.messages[0]!.text).toMatch(/^Backline tip: /);
    expect(day.messages[0]!.contentId).toBe(`daily/${day.tipId}`);
    expect(day.state.tips).toEqual({ status: 'active', hour: 9, timeZone: 'America/New_York', sent: 1, lastDay: '2027-03-14' });
    expect(day.state.recentTips).toEqual([day.tipId]);
    expect(day.final).toBe(false);
  });

  it('ends the program on day 14 with the goodbye in the same SMS, and never before', () => {
    const days = wholeProgram(content, 'en', 'contact-a');
    expect(days).toHaveLength(14);
    expect(days.findIndex((d) => d.final)).toBe(13);
    expect(days[13]!.text).toMatch(/^Backline tip: .+\n\nBackline: that was your last daily tip\./s);
    expect(days[13]!.text.endsWith(PROGRAM_END)).toBe(true);
  });

  it('answers in Spanish for a Spanish conversation', () => {
    const day = dailyTip(content, { ...start, lang: 'es', tips: { ...start.tips, sent: 13 } }, 'contact-a', '2027-03-14');
    expect(day.messages[0]!.text).toMatch(/^Consejo de Backline: .+\n\nBackline: ese fue su ultimo consejo diario\./s);
  });

  it('chooses from the day number and contact key alone: the same day and key give the same tip, whatever else the state holds', () => {
    const day5 = { ...start, tips: { ...start.tips, sent: 4 } };
    const first = dailyTip(content, day5, 'contact-a', '2027-03-14').tipId;
    expect(dailyTip(content, { ...day5, recentTips: ['keep-moving', 'heat', 'desk'] }, 'contact-a', '2027-03-20').tipId).toBe(first);
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => wholeProgram(content, 'en', seed).map((d) => d.tipId).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('walks the pool with no repeat until it is used up, then starts a new round (3 fixture pool tips, 12 varied days)', () => {
    const varied = wholeProgram(content, 'en', 'contact-a').slice(1, 13).map((d) => d.tipId);
    for (let round = 0; round < 4; round++) expect(new Set(varied.slice(round * 3, round * 3 + 3)).size).toBe(3);
  });
});

describe('the real daily program', () => {
  it.each(LANGS)('sends the 911 and 988 signs on day 1, short and GSM-7 (%s)', (lang) => {
    for (const seed of ['contact-a', 'contact-b']) {
      const [day1] = wholeProgram(real, lang, seed);
      expect(day1!.tipId).toBe('signs-911-988');
      expect(day1!.text).toMatch(/\b911\b/);
      expect(day1!.text).toMatch(/\b988\b/);
      expect(day1!.text).toMatch(lang === 'en' ? /between your legs/ : /entre las piernas/);
      const sms = inspectSms(day1!.text);
      expect([sms.encoding, sms.segments <= 2]).toEqual(['GSM-7', true]);
    }
  });

  it.each(LANGS)('sends the check-in on day 14: CHECK (SINTOMAS) and when to see a doctor (%s)', (lang) => {
    const day14 = wholeProgram(real, lang, 'contact-a')[13]!;
    expect(day14.tipId).toBe('check-in');
    expect(day14.text).toMatch(lang === 'en' ? /Text CHECK\b.+doctor.+4 to 6 weeks/s : /Escriba SINTOMAS\b.+médico.+4 a 6 semanas/s);
  });

  it.each(LANGS)('gives a 30-day subscriber 30 different tips, the last with the goodbye (%s)', (lang) => {
    for (const seed of ['contact-a', 'contact-b', 'contact-c']) {
      const days = wholeProgram(real, lang, seed);
      expect(days).toHaveLength(30);
      expect(new Set(days.map((d) => d.tipId)).size).toBe(30);
      expect(days.map((d) => d.final).indexOf(true)).toBe(29);
      expect(days[29]!.text).toContain(lang === 'en' ? 'that was your last daily tip' : 'ese fue su ultimo consejo diario');
    }
  });
});

describe('tipMessages', () => {
  it('rebuilds the same SMS for a retry, and nothing for a tip no longer in the content', () => {
    const day = dailyTip(content, { ...start, tips: { ...start.tips, sent: 13 } }, 'contact-a', '2027-03-14');
    expect(tipMessages(content, 'en', day.tipId, true)).toEqual(day.messages);
    const pool = dailyTip(content, { ...start, tips: { ...start.tips, sent: 5 } }, 'contact-a', '2027-03-14');
    expect(tipMessages(content, 'en', pool.tipId, false)).toEqual(pool.messages);
    expect(pool.messages[0]!.contentId).toBe(`tips/${pool.tipId}`);
    expect(tipMessages(content, 'en', 'no-such-tip', false)).toBeUndefined();
  });

  it('keeps every real tip within two GSM-7 segments, and the last day with its goodbye, in both languages', () => {
    const last = real.program.stages.at(-1)!.tip!;
    for (const tip of [...real.tips, ...real.program.tips]) {
      for (const lang of LANGS) {
        for (const final of tip.id === last ? [false, true] : [false]) {
          const sms = inspectSms(tipMessages(real, lang, tip.id, final)![0]!.text);
          expect(sms.encoding, `${tip.id} ${lang}`).toBe('GSM-7');
          expect(sms.segments, `${tip.id} ${lang}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });
});
