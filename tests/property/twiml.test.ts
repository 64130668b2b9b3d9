import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { messagesOf, parseVoice } from '../../dev/twiml.js';
import { harness, HOSTILE, WORDS } from './harness.js';

const SEED = 20_261_125;
const message = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 10 })).map((parts) => parts.join(' ')) },
);

function elements(xml: string): string[] {
  return [...xml.matchAll(/<([A-Za-z][\w-]*)/g)].map((m) => m[1] ?? '');
}

describe('random message sequences always give well-formed TwiML', () => {
  it('SMS: 200 text/xml, a valid document with only <Response> and <Message>', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 10 }), async (bodies) => {
        const h = harness();
        for (const body of bodies) {
          const res = await h.text('+15556660001', body);
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/xml/);
          expect(XMLValidator.validate(res.body)).toBe(true);
          expect(elements(res.body).every((e) => e === 'Response' || e === 'Message')).toBe(true);
          expect(messagesOf(res.body).every((m) => m.length > 0 && !m.includes('<Redirect'))).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('voice: every answer (keys, speech, silence) gives valid voice TwiML that speaks and listens, hangs up or transfers', async () => {
    const answer = fc.oneof(
      fc.record({ Digits: fc.constantFrom('1', '2', '3', '4', '5', '6', '9', '0', '*', '#', '12') }),
      fc.record({ SpeechResult: message }),
      fc.constant({}),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { maxLength: 8 }), async (answers) => {
        const h = harness();
        let res = await h.call('CA00000000000000000000000000000042', '+15556660002', '/twilio/voice');
        for (const extra of answers) {
          expect(res.statusCode).toBe(200);
          expect(XMLValidator.validate(res.body)).toBe(true);
          const turn = parseVoice(res.body);
          expect(turn.says.length).toBeGreaterThan(0);
          expect(elements(res.body).every((e) => ['Response', 'Gather', 'Say', 'Hangup', 'Dial'].includes(e))).toBe(true);
          if (!turn.action) return;
          const url = new URL(turn.action);
          res = await h.call('CA00000000000000000000000000000042', '+15556660002', `${url.pathname}${url.search}`, extra as Record<string, string>);
        }
        expect(XMLValidator.validate(res.body)).toBe(true);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});
