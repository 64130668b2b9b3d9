import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { LocalClock } from '../../dev/local-clock.js';
import { sms } from '../helpers/events.js';
import { alertsFor, escalationsOf, startTestHotline, text } from '../helpers/hotline.js';

describe('LocalClock', () => {
  it('jumps to the instant it is set to and keeps running from there', async () => {
    const clock = new LocalClock();
    const target = Date.parse('2031-05-01T12:00:00Z');
    clock.set(target);
    expect(clock.now() - target).toBeGreaterThanOrEqual(0);
    expect(clock.now() - target).toBeLessThan(1000);
  });
});

describe('POST /_local/clock on the local hotline', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { TURN_TIMEOUT_MS: '4000' } });
  });
  afterAll(() => hotline.close());

  const setClock = (at: string) => fetch(`${hotline.url}/_local/clock?at=${encodeURIComponent(at)}`, { method: 'POST' });

  it('moves the clock for conversations and alert windows: the same red flag two hours later pages again', async () => {
    const phone = '+15556662001';
    expect((await setClock('2031-05-01T12:00:00Z')).status).toBe(200);
    await text(hotline, sms(phone, 'I cant pee since last night'));
    expect(await alertsFor(hotline, phone, 1)).toHaveLength(1);
    await text(hotline, sms(phone, 'I cant pee since last night'));
    await new Promise((r) => setTimeout(r, 100));
    expect(await alertsFor(hotline, phone, 1)).toHaveLength(1); // within the hour: recorded, not paged again
    expect((await setClock('2031-05-01T14:00:00Z')).status).toBe(200);
    await text(hotline, sms(phone, 'I cant pee since last night'));
    // New pages (the ladder's repeats of the first page, which moving the clock also ran, say "no ACK yet").
    const firstPages = async () => (await alertsFor(hotline, phone, 1)).filter((m) => !m.body.includes('(no ACK yet)'));
    await vi.waitFor(async () => expect(await firstPages()).toHaveLength(2));
    const records = (await escalationsOf(hotline)).filter((r) => r.at.startsWith('2031-05-01'));
    expect(records.map((r) => r.at.slice(11, 13))).toEqual(['12', '12', '14']);
  });

  it('refuses a time that is not an ISO 8601 instant', async () => {
    expect((await setClock('tomorrow')).status).toBe(400);
    expect((await fetch(`${hotline.url}/_local/clock?at=2031-05-01T12:00:00Z`)).status).toBe(405);
  });
});
