import { describe, expect, it } from 'vitest';
import { initialState } from '../../../functions/engine/sms.js';
import { step } from '../../../functions/engine/step.js';
import type { Turn } from '../../../functions/engine/types.js';
import { fixtureContent as content } from '../../helpers/content.js';

const turn = (text: string): Turn => ({ channel: 'sms', at: 1_700_000_000_000, text });

describe('step', () => {
  it('is pure: the same inputs give equal results and the previous state is not mutated', () => {
    const before = { lang: 'en' as const, trail: ['main', 'causes'], topic: { id: 'sciatica', page: 0 } };
    const frozen = structuredClone(before);
    const a = step(content, before, turn('more'));
    const b = step(content, before, turn('more'));
    expect(a).toEqual(b);
    expect(before).toEqual(frozen);
    expect(a.state.topic).toEqual({ id: 'sciatica', page: 1 });
  });

  it('greets a first contact with the disclaimer before anything else, whatever they send', () => {
    for (const text of ['hi', 'sciatica', 'zzz', '']) {
      const { replies } = step(content, undefined, turn(text));
      expect(replies[0]?.text).toBe('Backline gives health info, not a diagnosis. Texts are not read by a person. In an emergency call 911.');
      expect(replies.length).toBe(2);
    }
  });

  it('opens the main menu from anywhere with MENU and greetings', () => {
    const deep = { lang: 'en' as const, trail: ['main', 'causes'], topic: { id: 'herniated-disc', page: 0 } };
    for (const text of ['MENU', 'menu.', 'Hello!', 'back pain', 'PAIN', 'hi']) {
      const result = step(content, deep, turn(text));
      expect(result.replies.map((r) => r.contentId)).toEqual(['main']);
      expect(result.state).toEqual({ lang: 'en', trail: ['main'] });
    }
  });

  it('treats START from someone who never stopped as a greeting, and a bare YES as not understood', () => {
    expect(step(content, { lang: 'en', trail: ['main', 'causes'] }, turn('START')).replies.map((r) => r.contentId)).toEqual(['main']);
    expect(step(content, { lang: 'en', trail: ['main'] }, turn('yes')).replies[0]?.text).toMatch(/^Backline: sorry/);
  });

  it('answers numbers from the last menu shown, even while reading a topic', () => {
    const reading = { lang: 'en' as const, trail: ['main', 'causes'], topic: { id: 'sciatica', page: 1 } };
    expect(step(content, reading, turn('2')).replies[0]?.contentId).toBe('herniated-disc');
    expect(step(content, reading, turn('0')).replies[0]?.text).toMatch(/^Backline: sorry/);
  });

  it('never dead-ends: every unknown input says how to reach the menu', () => {
    for (const text of ['??', 'purple', '12345', 'lorem ipsum dolor', 'x'.repeat(1600)]) {
      const { replies } = step(content, initialState(), turn(text));
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('Reply MENU');
    }
  });

  it('keeps the language of a Spanish contact for words both languages share', () => {
    const es = { lang: 'es' as const, trail: ['main'] };
    const result = step(content, es, turn('MENU'));
    expect(result.state.lang).toBe('es');
    expect(result.replies[0]?.text).toContain('Responda un numero');
  });

  it('answers a sentence clearly in the other language in that language, and switches back the same way', () => {
    const en = { lang: 'en' as const, trail: ['main'] };
    const spanish = step(content, en, turn('me duele mucho la espalda y no se que hacer'));
    expect(spanish.state.lang).toBe('es');
    expect(spanish.replies[0]?.text).toBe(content.messages.unknown.es);
    const english = step(content, spanish.state, turn('what do I do when my back hurts at night'));
    expect(english.state.lang).toBe('en');
    expect(english.replies[0]?.text).toBe(content.messages.unknown.en);
  });

  it('keeps the conversation language for a number, a shared word or a mixed message', () => {
    const es = { lang: 'es' as const, trail: ['main'] };
    for (const text of ['2', 'ok', 'MENU', 'my espalda hurts mucho']) expect(step(content, es, turn(text)).state.lang, text).toBe('es');
  });

  it('confirms an opt-out in the language it was written in, courtesy words and all', () => {
    const es = { lang: 'es' as const, trail: ['main'] };
    const stop = step(content, es, turn('STOP texting me please'));
    expect(stop.replies[0]?.text).toBe(content.messages.stopConfirm.en);
    const alto = step(content, { lang: 'en', trail: ['main'] }, turn('alto por favor gracias'));
    expect(alto.replies[0]?.text).toBe(content.messages.stopConfirm.es);
  });
});
