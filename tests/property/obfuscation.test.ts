import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../dev/twiml.js';
import { harness } from './harness.js';

/** Invisible characters people (or their keyboards) put inside words. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u180e'];
/** Latin letters and the look-alikes that render the same: Cyrillic, Greek, and fullwidth forms. */
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430', '\uff41'], e: ['\u0435', '\uff45'], o: ['\u043e', '\u03bf', '\uff4f'], p: ['\u0440', '\uff50'], c: ['\u0441', '\uff43'],
  y: ['\u0443', '\uff59'], i: ['\u0456', '\uff49'], s: ['\u0455', '\uff53'], t: ['\uff54'], S: ['\u0405', '\uff33'], T: ['\u0422', '\uff34'],
  O: ['\u041e', '\uff2f'], P: ['\u0420', '\uff30'], E: ['\u0415', '\uff25'], A: ['\u0410', '\uff21'], C: ['\u0421'],
};

/** Rewrites `text`: each letter may become a look-alike, and invisible characters may be slipped in between letters. */
const disguised = (text: string) =>
  fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.boolean(), fc.nat()), { minLength: text.length, maxLength: text.length }).map((choices) =>
    [...text]
      .map((ch, i) => {
        const [swap, which, hide, invisible] = choices[i]!;
        const options = LOOK_ALIKES[ch];
        const shown = swap && options ? options[which % options.length]! : ch;
        return hide && /\p{L}/u.test(ch) ? `${INVISIBLE[invisible % INVISIBLE.length]}${shown}` : shown;
      })
      .join(''),
  );

const SEED = 20_261_128;
const PHONE = '+15556660077';

async function outcome(body: string) {
  const h = harness();
  await h.text(PHONE, 'MENU', `SM${'1'.repeat(32)}`);
  const sid = `SM${'2'.repeat(32)}`;
  const res = await h.text(PHONE, body, sid);
  return { status: res.statusCode, replies: messagesOf(res.body), tier: h.escalations.records.get(sid)?.tier };
}

describe('invisible and look-alike characters inside words change nothing', () => {
  const cases: Array<[string, string]> = [
    ['an emergency', 'I cant feel anything when I wipe and cant pee since last night'],
    ['a Spanish emergency', 'no puedo orinar y tengo adormecidas las nalgas'],
    ['a crisis', 'I want to kill myself, I cant take this pain'],
    ['a Spanish crisis', 'ya no quiero vivir, me quiero matar'],
    ['STOP', 'STOP'],
    ['stop in lower case', 'stop'],
    ['HELP', 'HELP'],
    ['START', 'START'],
  ];
  it.each(cases)('%s gets the same reply and the same escalation as the plain text', async (_name, plain) => {
    const expected = await outcome(plain);
    await fc.assert(
      fc.asyncProperty(disguised(plain), async (text) => {
        expect(await outcome(text)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
