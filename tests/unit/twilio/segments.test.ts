import fc from 'fast-check';
import { join } from 'node:path';
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../functions/twilio/segments.js';
import { loadContent } from '../../../tools/content/load-yaml.js';
import { renderedSms } from '../../../tools/lint/texts.js';

/** Twilio's own calculator (a devDependency): the reference the small counter in the SMS bundle must agree with. */
const reference = (text: string) => new SegmentedMessage(text, 'auto', false).segmentsCount;

describe('smsSegments', () => {
  it('counts GSM-7 and UCS-2 at the segment boundaries', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
    expect(smsSegments('€'.repeat(80))).toBe(1);
    expect(smsSegments('é'.repeat(70))).toBe(1);
    expect(smsSegments(`${'a'.repeat(69)}ó`)).toBe(1);
    expect(smsSegments(`${'a'.repeat(70)}ó`)).toBe(2);
  });

  it('agrees with sms-segments-calculator on every SMS the real content can send', () => {
    const texts = renderedSms(loadContent(join(import.meta.dirname, '../../../content'))).map((s) => s.text);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => smsSegments(t) !== reference(t))).toEqual([]);
  });

  it('agrees with sms-segments-calculator on random text, GSM-7 or not', () => {
    const gsm = fc.string({ unit: fc.constantFrom(...'abc XYZ019@£$_{}[]~|^€\\\n'), maxLength: 400 });
    const any = fc.string({ unit: fc.constantFrom(...'abc ñé€😀{}'), maxLength: 200 });
    fc.assert(fc.property(fc.oneof(gsm, any), (text) => smsSegments(text) === reference(text)), { seed: 17, numRuns: 500 });
  });
});
