import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Hotline } from '../../dev/hotline.js';
import { launchChromium } from './chromium.js';
import { startTestHotline } from './hotline.js';

/** The real content (the simulator's tests read what a person would). */
const REAL_CONTENT = join(import.meta.dirname, '../../content');

/** Switches the simulator to `phone` and waits until its panel and thread are drawn from the server. */
export async function showPhone(page: Page, phone: string): Promise<void> {
  await page.fill('#number', phone);
  await page.dispatchEvent('#number', 'change');
  await page.waitForFunction(`document.getElementById('contact-phone').textContent === ${JSON.stringify(phone)}`);
}

/** Texts the hotline from the phone on screen and answers the text of each reply line that arrived for it. */
export async function textFromPage(page: Page, message: string): Promise<string[]> {
  const before = await page.locator('#thread li.in').count();
  await page.fill('#sms-input', message);
  await page.click('#sms-send');
  await page.waitForFunction(`document.querySelectorAll('#thread li.in').length > ${before}`);
  return (await page.locator('#thread li.in .bubble').allTextContents()).slice(before);
}

/** A local hotline (real content unless `env` says otherwise) with the simulator open in headless Chromium; `close` ends both. */
export async function openSimulator(env: Record<string, string> = {}): Promise<{ hotline: Hotline; page: Page; close(): Promise<void> }> {
  const hotline = await startTestHotline({ env: { CONTENT_DIR: REAL_CONTENT, ...env } });
  const browser = await launchChromium().catch(async (error: unknown) => { await hotline.close(); throw error; });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(hotline.url);
  return { hotline, page, close: async () => { await browser.close(); await hotline.close(); } };
}
