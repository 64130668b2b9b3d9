import { describe, expect, it } from 'vitest';
import { checkSms, inspectSms, MAX_SEGMENTS } from '../../../tools/lint/sms-encoding.js';
import type { Finding } from '../../../tools/lint/types.js';

// GSM 03.38, typed from the standard's tables (basic set without ESC, then the extension set), as an independent oracle.
const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

function collect(): { errors: Finding[]; warnings: Finding[]; sink: { error(f: Finding): void; warn(f: Finding): void } } {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  return { errors, warnings, sink: { error: (f) => errors.push(f), warn: (f) => warnings.push(f) } };
}

describe('inspectSms', () => {
  it('agrees with the GSM 03.38 basic and extension tables', () => {
    expect(BASIC.length).toBe(127);
    for (const char of [...BASIC, ...EXTENSION]) expect(inspectSms(char).nonGsm, JSON.stringify(char)).toEqual([]);
    expect(inspectSms(BASIC).encoding).toBe('GSM-7');
  });

  it('counts an extension character as two', () => {
    expect(inspectSms('€').characters).toBe(2);
    expect(inspectSms('[a]').characters).toBe(5);
  });

  it.each(['\u2019', '\u2018', '\u201C', '\u201D', '\u2014', '\u2013', '\u2026', 'á', 'í', 'ó', 'ú', 'Á', '\u00A0', '\u2022', '\t', '😀'])(
    'rejects %j, which is not GSM-7',
    (char) => {
      const result = inspectSms(`ok ${char} ok`);
      expect(result.encoding).toBe('UCS-2');
      expect(result.nonGsm).toEqual([{ char, position: 4 }]);
    },
  );

  it('counts segments: 160/153 a segment in GSM-7, 70/67 in UCS-2', () => {
    expect(inspectSms('a'.repeat(160)).segments).toBe(1);
    expect(inspectSms('a'.repeat(161)).segments).toBe(2);
    expect(inspectSms('a'.repeat(306)).segments).toBe(2);
    expect(inspectSms('a'.repeat(307)).segments).toBe(3);
    expect(inspectSms('á'.repeat(70)).segments).toBe(1);
    expect(inspectSms('á'.repeat(71)).segments).toBe(2);
    expect(inspectSms('á'.repeat(134)).segments).toBe(2);
    expect(inspectSms('á'.repeat(135)).segments).toBe(3);
  });
});

describe('checkSms', () => {
  const sms = (text: string) => ({ item: 'sciatica', lang: 'en' as const, label: 'page 1/1', text });

  it('names a curly quote, its code point and position', () => {
    const { errors, sink } = collect();
    checkSms(sms('Don\u2019t stay in bed.'), sink);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ item: 'sciatica', lang: 'en', rule: 'sms-gsm7' });
    expect(errors[0]!.message).toContain('"\u2019" (U+2019) at position 4');
  });

  it('allows the accents GSM-7 has (n tilde, e acute, u diaeresis, inverted marks) and names a, i, o, u acute under sms-accent', () => {
    const { errors, sink } = collect();
    checkSms({ ...sms('¿Está en la pierna? Señal de alarma: ¡dolor! Pingüino. Médico. Ciática.'), lang: 'es' }, sink);
    expect(errors.map((e) => [e.rule, e.message.match(/"(.)" \(U\+\w+\) at position (\d+)/)?.slice(1)])).toEqual([
      ['sms-accent', ['á', '5']],
      ['sms-accent', ['á', '66']],
    ]);
    expect(errors[0]!.message).toContain('would switch the SMS to UCS-2');
    expect(errors[0]!.message).toContain('write "a"');
  });

  it('passes Spanish written with the GSM-7 accents only', () => {
    const { errors, warnings, sink } = collect();
    const result = checkSms({ ...sms('Backline: ¿Qué ayuda? Las señales de daño: llame al 911. ¡Pingüino! También el médico.'), lang: 'es' }, sink);
    expect([...errors, ...warnings]).toEqual([]);
    expect(result.encoding).toBe('GSM-7');
  });

  it('keeps naming other characters that force UCS-2 under sms-gsm7', () => {
    const { errors, sink } = collect();
    checkSms(sms('Stop \u2014 now'), sink);
    expect(errors.map((e) => e.rule)).toEqual(['sms-gsm7']);
    expect(errors[0]!.message).toContain('"\u2014" (U+2014) at position 6');
  });

  it(`fails a page over ${MAX_SEGMENTS} segments and passes one at exactly 306 characters`, () => {
    const ok = collect();
    checkSms(sms('a'.repeat(306)), ok.sink);
    expect(ok.errors).toEqual([]);
    const bad = collect();
    checkSms(sms('a'.repeat(307)), bad.sink);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ rule: 'sms-segments' });
    expect(bad.errors[0]!.message).toContain('3 segments');
  });

  it('passes plain GSM-7 text', () => {
    const { errors, warnings, sink } = collect();
    checkSms(sms('Backline: keep moving. Reply MENU for topics.'), sink);
    expect([...errors, ...warnings]).toEqual([]);
  });
});
