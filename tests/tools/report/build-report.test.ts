import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../tools/report/build-report.js';
import { launchChromium } from '../../helpers/chromium.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Most printed pages the review sheet may take (issue 16). */
const MAX_PAGES = 30;

/** Pages of a PDF Chromium wrote: its page objects (/Type /Page, not the /Pages tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('buildReport printed by Chromium', () => {
  let browser: Browser;
  let page: Page;
  const report = buildReport(ROOT, `${ROOT}content`, '2026-11-28T09:00:00Z');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(report.html, { waitUntil: 'load' });
  }, 60_000);
  afterAll(async () => browser?.close());

  it.each(['A4', 'Letter'] as const)('prints the real content on fewer than 30 %s pages', async (format) => {
    const pages = pageCount(await page.pdf({ format }));
    expect(pages).toBeGreaterThan(10);
    expect(pages).toBeLessThan(MAX_PAGES);
  }, 60_000);

  it('resolves every link of the table of contents and the sign-off table to a section of the page', async () => {
    const links = (await page.evaluate(`[...document.querySelectorAll('#toc a, #sign-off a')]
      .map((a) => ({ href: a.getAttribute('href') ?? '', found: !!document.getElementById((a.getAttribute('href') ?? '').slice(1)) }))`)) as { href: string; found: boolean }[];
    expect(links.length).toBeGreaterThan(2 * report.items);
    expect(links.filter((l) => !l.href.startsWith('#') || !l.found)).toEqual([]);
    await page.click('#toc a[href="#sciatica"]');
    expect(await page.evaluate('location.hash')).toBe('#sciatica');
  });

  it('leaves the blind-set misses and folded word lists off the printed sheet', async () => {
    await page.emulateMedia({ media: 'print' });
    const shown = (await page.evaluate(`[...document.querySelectorAll('.screen-only')].map((e) => getComputedStyle(e).display)`)) as string[];
    await page.emulateMedia({ media: 'screen' });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((display) => display === 'none')).toBe(true);
  });
});
