import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { step } from '../../../functions/engine/step.js';
import { smsStep } from '../../../functions/engine/sms.js';
import type { ConversationState } from '../../../functions/engine/types.js';
import { corpus } from '../../helpers/corpus.js';
import { TIERS } from '../../../functions/core/tiers.js';

const content = loadContent(join(import.meta.dirname, '../../../content'));
const replies = content.triage.replies;
const at = Date.parse('2026-05-01T10:00:00Z');
const rank = (t: string) => TIERS.indexOf(t as never);

/** States a message can arrive in: first contact, reading a topic page in English, mid-CHECK, and a Spanish menu. */
const STATES: ReadonlyArray<[string, ConversationState | undefined]> = [
  ['first contact', undefined],
  ['reading a topic', { lang: 'en', trail: ['main', 'self-care'], topic: { id: 'stretches', page: 2 } }],
  ['in the middle of CHECK', { lang: 'en', trail: ['main'], pending: { kind: 'check', index: 2 } }],
  ['on the Spanish menu', { lang: 'es', trail: ['main', 'causes'] }],
];

/** The replies a tier may lead with: the person's own advice, or (someone else's signs) what to do for them. */
const adviceFor = (tier: 'emergency' | 'crisis' | 'urgent' | 'soon'): string[] => {
  const other = { emergency: replies.otherEmergency, crisis: replies.otherCrisis, urgent: replies.otherUrgent, soon: undefined }[tier];
  return [replies[tier].en, replies[tier].es, ...(other ? [other.en, other.es] : [])];
};

describe('every corpus red flag escalates in every conversation state', () => {
  const flagged = corpus.filter((item) => item.tier !== 'none' && !item.ask);
  it.each(STATES)('%s', (_name, state) => {
    const misses: string[] = [];
    for (const item of flagged) {
      const result = step(content, state, { channel: 'sms', at, text: item.text });
      const intent = result.intents.find((i) => i.type === 'escalate');
      const first = result.replies[0]?.text ?? '';
      const advice = intent ? adviceFor(intent.tier) : [];
      const leadsWithAdvice = advice.includes(first);
      if (!intent || rank(intent.tier) > rank(item.tier) || !leadsWithAdvice) misses.push(`${item.tier}: ${item.text}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('non-flags do not escalate in any state', () => {
  const calm = corpus.filter((item) => item.tier === 'none' && !item.ask);
  it.each(STATES)('%s', (_name, state) => {
    const alarms = calm.filter((item) => step(content, state, { channel: 'sms', at, text: item.text }).intents.length > 0).map((i) => i.text);
    expect(alarms.length / calm.length).toBeLessThanOrEqual(0.05);
  });
});

describe('escalation replies', () => {
  it('answer in the language the message was written in', () => {
    const wrong = corpus
      .filter((item) => item.tier === 'emergency' && item.lang !== 'mix')
      .filter((item) => {
        const first = step(content, { lang: item.lang === 'en' ? 'es' : 'en', trail: ['main'] }, { channel: 'sms', at, text: item.text }).replies[0]?.text;
        const lang = item.lang as 'en' | 'es';
        return first !== replies.emergency[lang] && first !== replies.otherEmergency[lang];
      });
    expect(wrong.map((i) => i.text)).toEqual([]);
  });

  it('hold recurring messages after emergency, crisis and urgent, not after soon', () => {
    const text = (tier: string) => corpus.find((i) => i.tier === tier && !i.ask)!.text;
    for (const tier of ['emergency', 'crisis', 'urgent']) expect(step(content, undefined, { channel: 'sms', at, text: text(tier) }).state.hold).toBe(true);
    expect(step(content, undefined, { channel: 'sms', at, text: text('soon') }).state.hold).toBeUndefined();
  });
});

describe('topic keywords are not red flags', () => {
  it('no title or keyword of any item classifies as a red flag or a yes/no question', () => {
    const flagged: string[] = [];
    for (const node of content.nodes.values()) {
      for (const lang of ['en', 'es'] as const) {
        for (const word of [node[lang].title, ...node[lang].keywords]) {
          const intents = step(content, { lang, trail: ['main'] }, { channel: 'sms', at, text: word });
          if (intents.intents.length > 0 || intents.state.pending?.kind === 'ask') flagged.push(`${node.id}: ${word}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe('language of the most urgent advice', () => {
  it('answers a first-contact crisis in Spanish when the message is Spanish, even without common words', () => {
    for (const text of ['quiero suicidarme', 'suicidio', 'voy a matarme']) {
      expect(step(content, undefined, { channel: 'sms', at, text }).replies[0]?.text).toBe(replies.crisis.es);
    }
  });

  it('sends emergency advice in both languages to a first contact whose language cannot be told', () => {
    const result = step(content, undefined, { channel: 'sms', at, text: 'crotch numbness!!' });
    expect(result.replies.map((r) => r.text)).toEqual([replies.emergency.en, replies.emergency.es]);
    const known = step(content, { lang: 'en', trail: ['main'] }, { channel: 'sms', at, text: 'crotch numbness!!' });
    expect(known.replies.map((r) => r.text)).toEqual([replies.emergency.en]);
  });

  it('follows the 911 advice with the 988 advice when self-harm talk comes with an emergency sign, and only then', () => {
    const state: ConversationState = { lang: 'en', trail: ['main'] };
    const texts = (text: string) => step(content, state, { channel: 'sms', at, text }).replies.map((r) => r.text);
    expect(texts('gonna throw myself down the stairs and make it look like an accident')).toEqual([replies.emergency.en, replies.crisis.en]);
    expect(texts('i want to die and i cant feel my legs')).toEqual([replies.emergency.en, replies.crisis.en]);
    expect(texts('my dad wants to die and he cant feel his legs')).toEqual([replies.otherEmergency.en, replies.otherCrisis.en]);
    expect(texts('i cant feel my legs since this morning')).toEqual([replies.emergency.en]);
    expect(texts('i want to die')).toEqual([replies.crisis.en]);
    const voice = step(content, state, { channel: 'voice', at, text: 'i want to die and i cant feel my legs' });
    const { voiceReplies } = content.triage;
    expect(voice.replies.map((r) => r.text)).toEqual([voiceReplies.emergency.en, voiceReplies.crisis.en, voiceReplies.emergency.en, voiceReplies.crisis.en]);
  });
});

describe('the safety net (no rule matched, the menus do not understand)', () => {
  const menuState = smsStep(content, undefined, { channel: 'sms', at: 0, text: 'MENU' }).state;
  const reply = (text: string) => smsStep(content, menuState, { channel: 'sms', at: 1, text });

  it('answers a message naming a body function, a fall or weakness with the signs that need 911, not "I did not get that"', () => {
    for (const text of ['i fell yesterday', 'me cai ayer en la calle']) {
      const out = reply(text);
      expect(out.replies.map((r) => r.text).join(' '), text).toMatch(/911/);
      expect(out.replies.map((r) => r.text).join(' '), text).not.toMatch(/did not get that|no entendi/i);
      expect(out.intents, text).toEqual([]);
    }
  });

  it('asks the one self-harm question for self-harm words, and a YES gets the 988 advice and an escalation', () => {
    const asked = reply('death has been on my mind');
    expect(asked.replies[0]?.text).toMatch(/thoughts of hurting yourself/);
    const yes = smsStep(content, asked.state, { channel: 'sms', at: 2, text: 'yes' });
    expect(yes.replies[0]?.text).toMatch(/988/);
    expect(yes.intents).toEqual([{ type: 'escalate', tier: 'crisis', rule: 'ask_self_harm' }]);
  });

  it('leaves words that name nothing clinical to the plain "I did not get that"', () => {
    expect(reply('asdf qwerty').replies[0]?.text).toMatch(/did not get that/);
  });
});

describe("someone else's red flag", () => {
  it('keeps the tier and tells the person what to do for them, in their language', () => {
    const mine = smsStep(content, undefined, { channel: 'sms', at: 0, text: 'I cant pee since last night and my back is killing me' });
    const theirs = smsStep(content, undefined, { channel: 'sms', at: 0, text: 'my dad cant pee since last night and his back is killing him' });
    expect(theirs.intents).toEqual(mine.intents);
    expect(theirs.replies[0]?.text).toMatch(/Call 911 for them/);
    expect(mine.replies[0]?.text).not.toMatch(/for them/);
    const suya = smsStep(content, undefined, { channel: 'sms', at: 0, text: 'mi mama dice que ya no quiere vivir' });
    expect(suya.intents[0]).toMatchObject({ type: 'escalate', tier: 'crisis' });
    expect(suya.replies[0]?.text).toMatch(/Quédese con esa persona/);
  });
});
