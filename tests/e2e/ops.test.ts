import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { runLoad } from '../../bench/load.js';
import { phoneOf } from '../../bench/events.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { launchChromium } from '../helpers/chromium.js';
import { startTestHotline } from '../helpers/hotline.js';
import { driveTraffic, PHONE_LIKE, type Traffic } from '../helpers/ops-traffic.js';

/** The operator page after real traffic: signed SMS and calls over two days, then a small load run, seen in Chromium. */
const CONTENT_DIR = join(import.meta.dirname, '../../content');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOAD_CONTACTS = 20;
const ARTIFACTS = join(import.meta.dirname, '../../test-results');

describe('/ops and /ops/daily.csv after real traffic', () => {
  let hotline: Hotline;
  let traffic: Traffic;
  let browser: Browser;
  let page: Page;
  let csv: string;
  let forbidden: string[];

  beforeAll(async () => {
    hotline = await startTestHotline({ env: { CONTENT_DIR } });
    traffic = await driveTraffic(hotline);
    const load = await runLoad({ contacts: LOAD_CONTACTS, concurrency: 5, hotline });
    expect(load.serverErrors).toBe(0);
    const phones = [...traffic.phones, ...Array.from({ length: LOAD_CONTACTS }, (_, i) => phoneOf(i, 1))];
    forbidden = [...phones, ...phones.map((p) => p.slice(1)), ...phones.map((p) => contactKey(hotline.config.PHONE_HASH_KEY, p)), ...traffic.texts].map((s) => s.toLowerCase());
    csv = await (await fetch(`${hotline.url}/ops/daily.csv`)).text();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hotline.url}/ops`);
    await page.waitForFunction(`document.querySelectorAll('#plots figure canvas').length >= 3`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'ops.png'), fullPage: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hotline?.close();
  });

  /** Everything the page holds: its markup and its visible text. */
  const pageText = async () => `${await page.content()}\n${await page.innerText('body')}`;

  it('draws at least three plots of the period, with the traffic in them', async () => {
    const titles = await page.locator('#plots figure h2').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(expect.arrayContaining(['Conversations and turns by channel', 'Red flags by tier', 'Pages to on-call staff']));
    expect(await page.locator('#plots figure canvas').count()).toBeGreaterThanOrEqual(3);
    const totals = await page.innerText('#totals');
    expect(totals).toMatch(/Turns \(SMS \/ voice\)\s+(\d+) \/ 4/);
    expect(Number(/Turns \(SMS \/ voice\)\s+(\d+)/.exec(totals)?.[1])).toBeGreaterThanOrEqual(LOAD_CONTACTS * 10);
    expect(await page.innerText('#signs')).toMatch(/emergency\s+1/);
  });

  it('contains no phone number, message text or contact hash', async () => {
    const shown = (await pageText()).toLowerCase();
    expect(shown).not.toMatch(PHONE_LIKE);
    for (const s of forbidden) expect(shown).not.toContain(s);
  });

  it('has a title, a language and a label on every input', async () => {
    expect(await page.title()).toBe('Backline operations');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.labels.length === 0 || [...el.labels].every((l) => l.textContent.trim() === ''))
      .map((el) => el.id)`);
    expect(unlabelled).toEqual([]);
  });

  it('has no serious or critical axe violation (WCAG 2.2 AA), with the data tables open too', async () => {
    await page.addScriptTag({ content: axe.source });
    const serious = async () => {
      const results = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })`)) as axe.AxeResults;
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await serious()).toEqual([]);
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    expect(await serious()).toEqual([]);
  });

  it('redraws for a chosen period in hourly points, and says so when the period is refused', async () => {
    await page.fill('#from', '2027-03-10');
    await page.fill('#to', '2027-03-10');
    await page.selectOption('#bucket', 'hour');
    await page.click('#period button[type=submit]');
    await expect.poll(() => page.innerText('#status')).toContain('Showing 2027-03-10 to 2027-03-10, one point an hour');
    expect(await page.locator('#plots figure canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#plots figure').first().locator('details tbody tr').count()).toBe(24);
    await page.fill('#from', '2027-03-12');
    await page.click('#period button[type=submit]');
    await expect.poll(() => page.innerText('#status')).toContain('from must not be after to');
  });

  it('exports one CSV row per day with traffic, with the figures and nothing about a person', () => {
    const [header, ...rows] = csv.trim().split('\n');
    expect(header?.split(',')).toEqual(expect.arrayContaining(['day_utc', 'conversations_sms', 'turns_voice', 'sms_segments', 'est_twilio_usd', 'red_flags_emergency', 'pages_acked', 'tips_delivered', 'opt_outs', 'latency_p99_ms']));
    const days = rows.map((r) => r.split(',')[0]);
    for (const day of traffic.days) expect(days).toContain(day);
    const column = (day: string, name: string) => rows.find((r) => r.startsWith(day))?.split(',')[header!.split(',').indexOf(name)];
    expect(Number(column('2027-03-10', 'red_flags_emergency'))).toBe(1);
    expect(Number(column('2027-03-10', 'pages_acked'))).toBe(1);
    expect(Number(column('2027-03-11', 'tips_delivered'))).toBe(1);
    expect(Number(column('2027-03-11', 'turns_sms'))).toBeGreaterThanOrEqual(LOAD_CONTACTS * 10);
    expect(csv).not.toMatch(PHONE_LIKE);
    for (const s of forbidden) expect(csv.toLowerCase()).not.toContain(s);
  });
});
