import type { Hotline } from '../../dev/hotline.js';
import { DEV_ON_CALL } from '../../dev/hotline.js';
import { alertsFor, text } from './hotline.js';
import { sms } from './events.js';
import { Call } from './voice-call.js';

/** What the traffic used: every number and every distinctive text, which nothing de-identified may contain. */
export interface Traffic {
  phones: string[];
  texts: string[];
  /** UTC days (YYYY-MM-DD) that had traffic. */
  days: string[];
}

/** E.164, ten or more digits in a row, or a US number written with separators. */
export const PHONE_LIKE = /\+\d{8,15}|\d{10,}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b/;

const PEOPLE = { ana: '+12025550141', ben: '+13105550142', carla: '+18085550143', dev: '+12025550144' } as const;
const TEXTS = {
  chat: 'my neighbour Zebulon says hi',
  emergency: 'i cant feel anything when i wipe',
  crisis: 'I want to end my life Quixote',
  spanish: 'hola me duele la espalda Quixote',
  spoken: 'sciatica please Zebulon',
};

async function setClock(hotline: Hotline, iso: string): Promise<void> {
  const res = await fetch(`${hotline.url}/_local/clock?at=${encodeURIComponent(iso)}`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`clock answered ${res.status}`);
}

/** Texts ACK from the on-call number until it takes the page: the page goes out just after the webhook has answered. */
async function acknowledge(hotline: Hotline): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await text(hotline, sms(DEV_ON_CALL, 'ACK'))).join(' ').includes('is yours')) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the on-call ACK never matched the page');
}

/**
 * Two days of real traffic through the local hotline's webhooks, signed like Twilio's: texts in English and Spanish,
 * a daily-program opt-in and a stop, an emergency paged and acknowledged, a crisis paged down the whole ladder, a
 * call that asks for its topic by text, and the next day's daily tip.
 */
export async function driveTraffic(hotline: Hotline): Promise<Traffic> {
  await setClock(hotline, '2027-03-10T15:30:00Z');
  for (const body of ['HI', '1', 'MORE', TEXTS.chat, 'DAILY', 'YES']) await text(hotline, sms(PEOPLE.ana, body));
  await text(hotline, sms(PEOPLE.ben, TEXTS.spanish));
  await text(hotline, sms(PEOPLE.ben, 'STOP'));
  await text(hotline, sms(PEOPLE.carla, TEXTS.emergency));
  await alertsFor(hotline, PEOPLE.carla);
  await acknowledge(hotline);
  await text(hotline, sms(PEOPLE.dev, TEXTS.crisis));
  await alertsFor(hotline, PEOPLE.dev);
  const call = new Call(hotline, 'CA0000000000000000000000000000a001', PEOPLE.dev);
  await call.start();
  await call.silence();
  await call.say(TEXTS.spoken);
  await call.press('9');
  // Nobody acknowledges the crisis page: the next step, then the end of the ladder.
  await setClock(hotline, '2027-03-10T15:42:00Z');
  await setClock(hotline, '2027-03-10T15:54:00Z');
  // The next morning: Ana's first daily tip (9 AM New York), and more texts.
  await setClock(hotline, '2027-03-11T14:07:00Z');
  for (const body of ['MENU', '2', 'TIPS']) await text(hotline, sms(PEOPLE.ana, body));
  await text(hotline, sms(PEOPLE.ben, 'START'));
  return { phones: [...Object.values(PEOPLE), DEV_ON_CALL], texts: Object.values(TEXTS), days: ['2027-03-10', '2027-03-11'] };
}
