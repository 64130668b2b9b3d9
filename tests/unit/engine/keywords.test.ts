import { describe, expect, it } from 'vitest';
import { resolveInput } from '../../../functions/engine/keywords.js';
import { fixtureContent as content } from '../../helpers/content.js';

describe('resolveInput', () => {
  it.each([
    ['1', { kind: 'number', n: 1 }],
    [' 2) ', { kind: 'number', n: 2 }],
    ['#3', { kind: 'number', n: 3 }],
    ['three', { kind: 'number', n: 3 }],
    ['option 2', { kind: 'number', n: 2 }],
  ])('reads %j as a menu number', (text, expected) => {
    expect(resolveInput(content, 'en', text)).toEqual(expected);
  });

  it.each([
    ['SCIATICA', 'sciatica', true],
    ['Sciatica?', 'sciatica', true],
    ['siatica', 'sciatica', false],
    ['sciatcia', 'sciatica', false],
    ['slipped disc', 'herniated-disc', true],
    ['i think i have a bulging disc', 'herniated-disc', false],
    ['herniated disk', 'herniated-disc', false],
  ])('finds the topic in %j', (text, id, exact) => {
    expect(resolveInput(content, 'en', text)).toEqual({ kind: 'node', id, lang: 'en', exact });
  });

  it('finds commands with typos in either language', () => {
    expect(resolveInput(content, 'en', 'moer')).toMatchObject({ kind: 'command', command: 'more' });
    expect(resolveInput(content, 'es', 'MAS')).toMatchObject({ kind: 'command', command: 'more', lang: 'es' });
    expect(resolveInput(content, 'en', 'atrás')).toMatchObject({ kind: 'command', command: 'back', lang: 'es', exact: true });
  });

  it('does not guess at short or unrelated words', () => {
    expect(resolveInput(content, 'en', 'dic')).toEqual({ kind: 'none' });
    expect(resolveInput(content, 'en', 'weather')).toEqual({ kind: 'none' });
    expect(resolveInput(content, 'en', '   ')).toEqual({ kind: 'none' });
  });
});

describe('compliance words in the language they are written in', () => {
  it('confirms an English opt-out in English, even with "me" in it and in a Spanish conversation', async () => {
    const { smsStep } = await import('../../../functions/engine/sms.js');
    const { fixtureContent } = await import('../../helpers/content.js');
    const spanish = smsStep(fixtureContent, undefined, { channel: 'sms', at: 0, text: 'hola' }).state;
    expect(spanish.lang).toBe('es');
    for (const text of ['stop texting me', 'STOP', 'unsubscribe me']) {
      const out = smsStep(fixtureContent, spanish, { channel: 'sms', at: 1, text });
      expect(out.state.optedOut, text).toBe(true);
      expect(out.state.lang, text).toBe('en');
    }
    const first = smsStep(fixtureContent, undefined, { channel: 'sms', at: 0, text: 'stop texting me' });
    expect(first.state.lang).toBe('en');
  });

  it('does not read "y" alone as Spanish, and knows MENÚ with its accent', async () => {
    const { guessLanguage } = await import('../../../functions/engine/language.js');
    const { fixtureContent } = await import('../../helpers/content.js');
    expect(guessLanguage(fixtureContent.languages, 'y')).toBeUndefined();
    const { smsStep } = await import('../../../functions/engine/sms.js');
    const spanish = smsStep(fixtureContent, undefined, { channel: 'sms', at: 0, text: 'hola' }).state;
    const menu = smsStep(fixtureContent, { ...spanish, trail: ['main', 'causes'] }, { channel: 'sms', at: 1, text: 'Menú' });
    expect(menu.state.trail).toEqual(['main']);
  });
});
