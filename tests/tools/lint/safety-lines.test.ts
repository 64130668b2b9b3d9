import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../tools/lint/lint-content.js';
import { buildFixture, goodItems, NO_SOURCE, TODAY, topicLang } from '../../helpers/lint-fixture.js';

type Items = ReturnType<typeof goodItems>;

function rules(change: (items: Items) => void): string[] {
  return lintContent(buildFixture(change), { today: TODAY, source: NO_SOURCE }).errors.map((f) => `${f.item}${f.lang ? ` [${f.lang}]` : ''} ${f.rule}`);
}

function menuOf(items: Items, id: string, options: string[]): void {
  items[id] = { ...items.main, id, options, en: { title: `Menu ${id}`, keywords: [], intro: 'Reply a number:' }, es: { title: `Menu ${id}`, keywords: [], intro: 'Responda un numero:' } };
}

const E1_EN = 'Numb between the legs, new pee or poop trouble, or both legs weak? Call 911 now.';
const E1_ES = '¿Piel dormida entre las piernas? ¿Problemas nuevos al orinar o evacuar? Llame al 911.';

describe('emergency-transport', () => {
  it('fails "go to the ER" without "do not drive", and passes it with', () => {
    expect(rules((items) => { topicLang(items, 'en').sms[1] = 'Call 911 or go to the ER.'; })).toEqual(['sciatica [en] emergency-transport']);
    expect(rules((items) => { topicLang(items, 'en').sms[1] = 'Call 911 or go to the ER. Do not drive yourself.'; })).toEqual([]);
    expect(rules((items) => { topicLang(items, 'es').sms[1] = 'Llame al 911 o vaya a la sala de emergencias.'; })).toEqual(['sciatica [es] emergency-transport']);
    expect(rules((items) => { topicLang(items, 'es').sms[1] = 'Llame al 911 o vaya a la sala de emergencias. No maneje usted.'; })).toEqual([]);
  });

  it('fails a sign that needs an ambulance (chest pain, a crash, fainting) sent to 911 without "do not drive"', () => {
    expect(rules((items) => { topicLang(items, 'en').voice = 'Call 9-1-1 for any chest pain.'; })).toEqual(['sciatica [en] emergency-transport']);
    expect(rules((items) => { topicLang(items, 'es').sms[0] = 'Llame al 911 tras un choque con dolor de espalda.'; })).toEqual(['sciatica [es] emergency-transport']);
    expect(rules((items) => { topicLang(items, 'en').voice = 'Call 9-1-1 for any chest pain. Do not drive yourself.'; })).toEqual([]);
  });
});

describe('ces-named', () => {
  it('fails the saddle sign with 911 unless cauda equina syndrome is named in the same item and channel', () => {
    expect(rules((items) => { topicLang(items, 'en').sms[1] = E1_EN; })).toEqual(['sciatica [en] ces-named']);
    expect(rules((items) => { topicLang(items, 'en').sms[1] = `${E1_EN} Tell them you may have cauda equina syndrome.`; })).toEqual([]);
    expect(rules((items) => { topicLang(items, 'es').voice = 'Llame al 9-1-1 si tiene la piel dormida entre las piernas.'; })).toEqual(['sciatica [es] ces-named']);
  });
});

describe('first-page-emergency', () => {
  it('fails a cause summary whose first SMS page lacks the emergency line', () => {
    expect(rules((items) => menuOf(items, 'causes', ['sciatica']))).toEqual(['sciatica [en] first-page-emergency', 'sciatica [es] first-page-emergency']);
  });

  it('passes when page 1 carries 911 and the saddle sign in both languages', () => {
    expect(rules((items) => {
      menuOf(items, 'causes', ['sciatica']);
      topicLang(items, 'en').sms[0] += ` ${E1_EN}`;
      topicLang(items, 'es').sms[0] += ` ${E1_ES}`;
      topicLang(items, 'en').sms[1] += ' Tell them you may have cauda equina syndrome.';
      topicLang(items, 'es').sms[1] += ' Diga que puede ser sindrome de cauda equina.';
    })).toEqual([]);
  });
});

describe('self-care-help', () => {
  it('fails a self-care topic without the 911 signs in SMS and in voice', () => {
    expect(rules((items) => menuOf(items, 'self-care', ['sciatica']))).toEqual([
      'sciatica [en] self-care-help', 'sciatica [en] self-care-help', 'sciatica [es] self-care-help', 'sciatica [es] self-care-help',
    ]);
  });
});

describe('help-order', () => {
  it('fails when-to-get-help unless 911 and 988 come first, on page 1 and in the voice script', () => {
    const bad = (items: Items) => {
      items['when-to-get-help'] = { ...items.sciatica, id: 'when-to-get-help', en: { title: 'When to get help', keywords: [], sms: ['Backline: see a doctor today for a fever. Call 911 for chest pain. Do not drive yourself.'], voice: 'See a doctor today for a fever. Call 9-1-1 for chest pain. Do not drive yourself. Or call 9-8-8.' }, es: { title: 'Cuando pedir ayuda', keywords: [], sms: ['Backline: vea hoy a su médico si tiene fiebre.'], voice: 'Vea hoy a su médico si tiene fiebre.' } };
      menuOf(items, 'help', ['when-to-get-help']);
    };
    expect(rules(bad).filter((r) => r.endsWith('help-order'))).toEqual([
      'when-to-get-help [en] help-order', 'when-to-get-help [en] help-order', 'when-to-get-help [es] help-order', 'when-to-get-help [es] help-order',
    ]);
  });
});
