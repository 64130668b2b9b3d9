import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildContent } from '../../tools/content/build.js';
import { fingerprintText } from '../../tools/lint/copied-text.js';
import type { Content } from '../../functions/content/model.js';

const review = {
  version: 1,
  reviewed: '2026-01-10',
  nextReview: '2027-01-10',
  reviewerRole: 'Clinical lead',
  sources: ['NICE NG59'],
};

/** The day fixture reviews are judged on: well inside every fixture review window. */
export const TODAY = '2026-06-01';

/** A fingerprint that matches no text: for lint tests about something other than copying. */
export const NO_SOURCE = fingerprintText('', 'no-source-salt-0123');

/** Raw items of a small content set that passes every lint rule; a fresh copy each call so tests can break one thing. */
export function goodItems(): Record<string, Record<string, unknown>> {
  return {
    main: {
      ...review, id: 'main', kind: 'menu', options: ['sciatica', 'language'],
      en: { title: 'Main menu', keywords: ['hi', 'back pain'], intro: 'Backline: back and leg pain info. Emergency? Call 911. Reply a number:' },
      es: { title: 'Menu principal', keywords: ['hola', 'dolor de espalda'], intro: 'Backline: dolor de espalda y pierna. Emergencia? Llame al 911. Responda un numero:' },
    },
    sciatica: {
      ...review, id: 'sciatica', kind: 'topic',
      en: {
        title: 'Sciatica', keywords: ['sciatic'],
        sms: ['Sciatica is pain that runs down one leg. It can burn or tingle.', 'Most of it gets better in a few weeks. Keep moving as you can.'],
        voice: 'Sciatica is pain that runs down one leg. Most of it gets better in a few weeks.',
      },
      es: {
        title: 'Ciatica', keywords: ['nervio ciatico'],
        sms: ['La ciatica es un dolor que baja por una pierna. Puede arder.', 'Se va en unas semanas. Siga con su vida.'],
        voice: 'La ciática es un dolor que baja por una pierna. Suele mejorar en unas semanas.',
      },
    },
    'voice-main': {
      ...review, id: 'voice-main', kind: 'menu', channel: 'voice', options: ['sciatica'],
      en: { title: 'Main menu', intro: 'This is the menu.' },
      es: { title: 'Menú principal', intro: 'Este es el menú.' },
    },
    language: {
      ...review, id: 'language', kind: 'action', action: 'language',
      en: { title: 'Espanol', keywords: ['spanish'] },
      es: { title: 'English', keywords: ['ingles'] },
    },
    messages: {
      ...review, id: 'messages', kind: 'messages',
      messages: Object.fromEntries(
        ['welcome', 'unknown', 'help', 'disclaimer', 'noMore', 'languageSet', 'internalError', 'tipsOffer', 'optInConfirm', 'tipsTimeSet', 'tipsTimeInvalid', 'tipsPaused', 'tipsResumed', 'tipsNotJoined', 'programEnd', 'stopConfirm', 'startConfirm', 'voiceWelcome', 'voiceLanguage', 'voiceTopicEnd', 'voiceCheckHint', 'voiceNoInput', 'voiceInvalid', 'voiceGoodbye', 'voiceTextSent', 'voiceTextUnavailable', 'voiceTransfer'].map((k) => [k, k.startsWith('voice') ? { en: 'This is what you hear. Call 911 in an emergency.', es: 'Esto es lo que oye. Llame al 911 si es urgente.' } : { en: 'Backline: this is a test text. Call 911 in an emergency.', es: 'Backline: este es un texto. Llame al 911 si es urgente.' }])
          .concat([
            ['pageFooter', { en: '({page}/{pages}) Reply MORE for more, MENU for topics', es: '({page}/{pages}) Responda MAS para seguir, MENU para temas' }],
            ['lastPage', { en: 'Reply BACK for the list, MENU for topics', es: 'Responda ATRAS para la lista, MENU para temas' }],
            ['voiceOption', { en: 'For {title}, press {n}.', es: 'Para {title}, oprima {n}.' }],
            ['voiceMenuEnd', { en: 'To hear this again, press star.', es: 'Para escuchar otra vez, oprima asterisco.' }],
          ]),
      ),
    },
    tips: {
      ...review, id: 'tips', kind: 'tips', defaultHour: 9,
      tips: [{ id: 'walk', en: 'Backline tip: take a short walk each hour.', es: 'Consejo de Backline: camine un poco cada hora.' }],
    },
    daily: {
      ...review, id: 'daily', kind: 'action', action: 'daily',
      en: { title: 'Daily tips', keywords: ['daily'] },
      es: { title: 'Consejos diarios', keywords: ['diario'] },
      program: [{ days: 1, tip: 'signs' }, { days: '2-14', varied: true }],
      programTips: [{ id: 'signs', en: 'Backline tip: numb between your legs? Call 911. Thoughts of suicide? Call or text 988.', es: 'Consejo de Backline: ¿piel dormida entre las piernas? Llame al 911. ¿Piensa en el suicidio? Llame al 988.' }],
    },
  };
}

/** Builds content from goodItems() after `change` has broken or tweaked them (throws ContentError like the loader). */
export function buildFixture(change: (items: ReturnType<typeof goodItems>) => void = () => {}): Content {
  const items = goodItems();
  change(items);
  return buildContent(Object.entries(items).map(([id, data]) => ({ source: `items/${id}.yaml`, data })), { source: 'triage.yaml', data: fixtureTriage() }, { source: 'languages.yaml', data: fixtureLanguages() });
}

/** The triage rules fixture (tests/fixtures/content/triage.yaml) with the fixture's review dates. */
export function fixtureTriage(): Record<string, unknown> {
  const data = parse(readFileSync(join(import.meta.dirname, '../fixtures/content/triage.yaml'), 'utf8')) as Record<string, unknown>;
  return { ...data, reviewed: review.reviewed, nextReview: review.nextReview };
}

/** The language table of the fixture (tests/fixtures/content/languages.yaml, which is content/languages.yaml). */
export function fixtureLanguages(): unknown {
  return parse(readFileSync(join(import.meta.dirname, '../fixtures/content/languages.yaml'), 'utf8'));
}

/** The topic language block of the fixture, typed loosely for tests that rewrite it. */
export function topicLang(items: ReturnType<typeof goodItems>, lang: 'en' | 'es'): { sms: string[]; voice: string; keywords: string[] } {
  return (items.sciatica as Record<'en' | 'es', { sms: string[]; voice: string; keywords: string[] }>)[lang];
}
