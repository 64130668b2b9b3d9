import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../tools/lint/copied-text.js';
import { lintContent } from '../../../tools/lint/lint-content.js';
import type { Content } from '../../../functions/content/model.js';
import { buildFixture, goodItems, TODAY, topicLang } from '../../helpers/lint-fixture.js';

const source = fingerprintText('The sciatic nerve, which branches out from the lower back into the legs, is frequently severely injured by this.', 'test-salt-0123456789');

function lint(content: Content, today = TODAY) {
  return lintContent(content, { today, source });
}

function rules(findings: { item: string; lang?: string; rule: string }[]): string[] {
  return findings.map((f) => `${f.item}${f.lang ? ` [${f.lang}]` : ''} ${f.rule}`);
}

describe('lintContent', () => {
  it('passes good content and scores every SMS text on its own and each item\'s spoken texts together', () => {
    const report = lint(buildFixture());
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const labels = (item: string, lang: string) => report.scores.filter((s) => s.item === item && s.lang === lang).map((s) => `${s.channel} ${s.label}`);
    expect(labels('sciatica', 'en')).toEqual(['sms page 1', 'sms page 2', 'voice voice']);
    expect(labels('main', 'es')).toEqual(['sms intro']);
    expect(labels('voice-main', 'en')).toEqual(['voice voice']);
    expect(labels('tips', 'es')).toEqual(['sms tip walk']);
    expect(labels('triage', 'en')).toContain('sms reply emergency');
    expect(labels('messages', 'en')).toContain('sms welcome');
    expect(labels('messages', 'en').filter((l) => l.startsWith('voice'))).toEqual(['voice voice']);
  });

  it('names a curly quote in a rendered topic page with its position', () => {
    const report = lint(buildFixture((items) => { topicLang(items, 'en').sms[0] = 'Don\u2019t stay in bed.'; }));
    expect(rules(report.errors)).toEqual(['sciatica [en] sms-gsm7']);
    expect(report.errors[0]!.message).toMatch(/^page 1\/2: character "\u2019" \(U\+2019\) at position 4/);
  });

  it('fails an a, i, o or u acute in Spanish SMS (it forces UCS-2), but not in the voice script', () => {
    const report = lint(buildFixture((items) => { topicLang(items, 'es').sms[1] = 'Se va en unas semanas. Siga así.'; }));
    expect(rules(report.errors)).toEqual(['sciatica [es] sms-accent']);
    // "Se va en unas semanas. Siga as" is 30 characters, so the i-acute is the 31st
    expect(report.errors[0]!.message).toContain('"í" (U+00ED) at position 31');
  });

  it('passes the accents GSM-7 has (n tilde, e acute, inverted marks) in Spanish SMS', () => {
    const report = lint(buildFixture((items) => { topicLang(items, 'es').sms[1] = '¿Qué hago? Vea al médico. ¡Siga con su vida! Sin daño.'; }));
    expect(rules(report.errors)).toEqual([]);
  });

  it('fails an a, i, o or u acute in a menu title as rendered inside its SMS menu', () => {
    const report = lint(buildFixture((items) => { (items.sciatica as { es: { title: string } }).es.title = 'Ciática'; }));
    expect(rules(report.errors)).toEqual(['main [es] sms-accent']);
  });

  it('fails a page that takes 3 segments once its footer is added', () => {
    // 300 GSM-7 characters + "\n(1/2) Reply MORE for more, MENU for topics" (43) = 343 > 306
    const body = 'Keep moving. '.repeat(23) + 'Walk a bit.';
    expect(body.length).toBe(310);
    const report = lint(buildFixture((items) => { topicLang(items, 'en').sms[0] = body.slice(0, 300); }));
    expect(rules(report.errors)).toEqual(['sciatica [en] sms-segments']);
    expect(report.errors[0]!.message).toContain('page 1/2: 3 segments');
  });

  it('fills page placeholders with two-digit numbers when checking message templates', () => {
    const text = `${'Walk a bit. '.repeat(24)}Walk a lot.`; // 24 * 12 + 11 = 299 characters
    const report = lint(buildFixture((items) => {
      (items.messages as { messages: { noMore: { en: string } } }).messages.noMore.en = `({page}/{pages}) ${text}`;
    }));
    // "(99/99) " is 8 characters: 8 + 299 = 307 > 306 (with "(1/2) " it would be 305 and pass)
    expect(rules(report.errors)).toEqual(['messages [en] sms-segments']);
    expect(report.errors[0]!.message).toContain('noMore: 3 segments (307 characters');
  });

  it('fails a 3100-character voice script', () => {
    const report = lint(buildFixture((items) => { topicLang(items, 'en').voice = 'Keep moving. '.repeat(238) + 'Walk a lot.'; }));
    expect(rules(report.errors)).toEqual(['sciatica [en] voice-length']);
    expect(report.errors[0]!.message).toContain('3105 characters');
  });

  it('fails a voice menu prompt over 50 words', () => {
    const intro = `${'Pick one. '.repeat(24)}Now:`; // 49 words + "For Sciatica, press 1." (4) + "To hear this again, press star." (6) = 59 words
    const report = lint(buildFixture((items) => { (items['voice-main'] as { en: { intro: string } }).en.intro = intro; }));
    expect(rules(report.errors)).toEqual(['voice-main [en] voice-menu-words']);
    expect(report.errors[0]!.message).toContain('59 words');
  });

  it('fails an English SMS page above grade 6 and a Spanish one below 70, naming the page, even when the rest of the item is easy', () => {
    const report = lint(buildFixture((items) => {
      topicLang(items, 'en').sms[1] = 'Lumbar radiculopathy necessitates comprehensive multidisciplinary evaluation, particularly considering neurological deterioration, intervertebral degeneration, inflammatory musculoskeletal conditions and their complications in adults with chronic pain.';
      topicLang(items, 'es').sms[1] = 'La radiculopatia lumbar necesita una evaluacion multidisciplinaria completa, considerando particularmente el deterioro neurologico y la degeneracion intervertebral en adultos con dolor cronico.';
    }));
    expect(rules(report.errors)).toEqual(['sciatica [en] reading-level', 'sciatica [es] reading-level']);
    expect(report.errors[0]!.message).toMatch(/^page 2: grade [\d.]+ is above 6/);
    expect(report.errors[1]!.message).toMatch(/^page 2: Fernandez-Huerta -?[\d.]+ is below 70/);
  });

  it('fails a hard voice script, scored apart from the SMS pages', () => {
    const report = lint(buildFixture((items) => {
      topicLang(items, 'en').voice = 'Lumbar radiculopathy necessitates comprehensive multidisciplinary evaluation, particularly considering neurological deterioration, intervertebral degeneration and inflammatory musculoskeletal conditions. '.repeat(2);
    }));
    expect(rules(report.errors)).toEqual(['sciatica [en] reading-level']);
    expect(report.errors[0]!.message).toMatch(/^voice: grade [\d.]+ is above 6/);
  });

  it('only warns on a hard but very short text', () => {
    const report = lint(buildFixture((items) => { (items.main as { en: { intro: string } }).en.intro = 'Multidisciplinary considerations. Reply:'; }));
    expect(report.errors).toEqual([]);
    expect(rules(report.warnings)).toEqual(['main [en] reading-level']);
  });

  it('fails 8 words in a row copied from the source article, in SMS or voice', () => {
    const report = lint(buildFixture((items) => {
      topicLang(items, 'en').voice = 'The pain branches out from the lower back into the legs.';
      topicLang(items, 'es').sms[0] = 'It branches out from the lower back into your legs.'; // 7 words shared
    }));
    expect(rules(report.errors)).toEqual(['sciatica [en] source-copy']);
    expect(report.errors[0]!.message).toContain('"branches out from the lower back into the legs"');
  });

  it('fails an expired review and warns on one due within 30 days', () => {
    const report = lint(buildFixture((items) => {
      items.sciatica!.nextReview = '2026-05-01';
      items.tips!.nextReview = '2026-06-11';
    }));
    expect(rules(report.errors)).toEqual(['sciatica next-review']);
    expect(rules(report.warnings)).toEqual(['tips next-review']);
    expect(report.warnings[0]!.message).toContain('10 days');
  });

  it('fails a keyword that cannot reach its item', () => {
    const report = lint(buildFixture((items) => { topicLang(items, 'en').keywords.push('two'); }));
    expect(rules(report.errors)).toEqual(['sciatica [en] keyword-reach']);
    expect(report.errors[0]!.message).toBe('keyword "two" resolves to menu number 2, not to this item');
  });

  it('fails a menu option that names no item', () => {
    const content = buildFixture();
    const main = content.nodes.get('main');
    if (main?.kind !== 'menu') throw new Error('fixture has no main menu');
    const broken: Content = { ...content, nodes: new Map([...content.nodes, ['main', { ...main, options: [...main.options, 'ghost'] }]]) };
    expect(rules(lint(broken).errors)).toEqual(['main menu-target']);
  });

  it('keeps goodItems fresh on every call', () => {
    topicLang(goodItems(), 'en').sms[0] = 'changed';
    expect(topicLang(goodItems(), 'en').sms[0]).not.toBe('changed');
  });
});
