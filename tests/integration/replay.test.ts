import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { sms } from '../helpers/events.js';
import { escalationsOf, rawStateItem, startTestHotline, text } from '../helpers/hotline.js';

/** A captured, correctly signed request sent again long after: it must never act a second time. */
describe('replayed Twilio requests', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline();
  });
  afterAll(() => hotline.close());

  const busy = async (phone: string, count: number) => {
    for (let i = 0; i < count; i++) await text(hotline, sms(phone, 'menu'));
  };

  it('a red flag replayed after 70 newer messages gets no reply and adds no record', async () => {
    const phone = '+15556661001';
    const flag = sms(phone, 'I want to kill myself', `SM${'d'.repeat(32)}`);
    expect((await text(hotline, flag)).join(' ')).toContain('988');
    await busy(phone, 70);
    const before = (await escalationsOf(hotline)).length;
    expect(await text(hotline, flag)).toEqual([]);
    expect((await escalationsOf(hotline)).length).toBe(before);
  });

  it('a STOP replayed after the person opted back in (and 70 newer messages) does not opt them out again', async () => {
    const phone = '+15556661002';
    const stop = sms(phone, 'STOP', `SM${'e'.repeat(32)}`);
    await text(hotline, sms(phone, 'menu'));
    await text(hotline, stop);
    expect((await rawStateItem(hotline, phone))?.state).toMatchObject({ optedOut: true });
    await text(hotline, sms(phone, 'START'));
    await busy(phone, 70);
    expect(await text(hotline, stop)).toEqual([]);
    expect((await rawStateItem(hotline, phone))?.state).not.toMatchObject({ optedOut: true });
  });
});
