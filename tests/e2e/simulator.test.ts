import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { openSimulator, showPhone, textFromPage } from '../helpers/simulator-page.js';

const ARTIFACTS = join(import.meta.dirname, '../../test-results');

describe('the phone simulator in a real headless Chromium', () => {
  let hotline: Hotline;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ hotline, page, close } = await openSimulator({}));
  });
  afterAll(() => close?.());

  /** Texts the hotline and returns the text of each reply bubble that arrived for it. */
  const text = (message: string) => textFromPage(page, message);

  it('texts the hotline and shows each reply with its segment count and encoding', async () => {
    await page.fill('#number', '+15550100001');
    await text('MENU');
    const replies = page.locator('#thread li.in');
    await expect.poll(() => replies.last().locator('.bubble').textContent()).toContain('1 Causes\n2 Check my symptoms');
    expect(await replies.last().locator('.meta').textContent()).toMatch(/^1 segment · GSM-7$/);
    await text('1');
    expect(await replies.last().locator('.bubble').textContent()).toContain('Sciatica');
  });

  it('calls the hotline, hears the emergency line first and reaches a condition summary by keypad', async () => {
    await page.click('#tab-call');
    await page.click('#call-start');
    await expect.poll(() => page.locator('#call-log li.in').first().textContent()).toContain('If this is an emergency, hang up and call 9 1 1');
    await page.click('#silence');
    await expect.poll(() => page.locator('#call-log').textContent()).toContain('Main menu.');
    await page.click('[data-digit="1"]');
    await expect.poll(() => page.locator('#call-log').textContent()).toContain('Common causes of leg pain.');
    await page.click('[data-digit="1"]');
    const sciatica = hotline.deps.content.nodes.get('sciatica');
    if (sciatica?.kind !== 'topic') throw new Error('no sciatica topic');
    await expect.poll(() => page.locator('#call-log').textContent()).toContain(sciatica.en.voice.slice(0, 60));
  });

  it('shows a red flag escalating: the 911 reply, the escalation, the on-call alert, and a repeat within the hour held back', async () => {
    await page.click('#tab-sms');
    await showPhone(page, '+15550100002');
    await text('i cant feel anything when i wipe');
    expect(await page.locator('#thread li.in').last().locator('.bubble').textContent()).toContain('Call 911');
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain('EMERGENCY');
    await expect.poll(() => page.locator('#outbox').textContent(), { timeout: 10_000 }).toContain('Backline EMERGENCY page');
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain('On-call page ');
    await text('now both legs are going weak too');
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain('No new page: this contact already had an on-call page for EMERGENCY within the hour');
  });

  it('signs up for daily tips and shows a scheduled tip arriving in the outbox; saves a screenshot', async () => {
    await showPhone(page, '+15550100003');
    await text('DAILY');
    await text('YES');
    expect(await page.locator('#thread li.in').last().locator('.bubble').textContent()).toContain('you are in');
    // The simulator's texts say FromState CA unless told otherwise, so the contact's zone is America/Los_Angeles.
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    // The clock input takes the time in the contact's zone.
    await page.fill('#clock', `${day}T09:05`);
    await page.click('#run-scheduler');
    await expect.poll(() => page.locator('#outbox').textContent(), { timeout: 10_000 }).toMatch(/tip to \+15550100003: Backline tip: /);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'simulator.png'), fullPage: true });
  });
});
