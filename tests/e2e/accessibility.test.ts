import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { openSimulator, showPhone, textFromPage } from '../helpers/simulator-page.js';

/** The simulator against WCAG 2.2 AA in a real Chromium: axe-core with a conversation on screen, plus what axe cannot see (keys, live region). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

describe('the phone simulator is accessible (WCAG 2.2 AA)', () => {
  let hotline: Hotline;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ hotline, page, close } = await openSimulator({}));
  });
  afterAll(() => close?.());

  /** Texts the hotline and returns the text of each reply bubble that arrived for it. */
  const text = (message: string) => textFromPage(page, message);

  /** Runs axe-core in the page and returns its serious and critical violations. */
  const seriousViolations = async (): Promise<Finding[]> => {
    if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: axe.source });
    const results = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })`)) as axe.AxeResults;
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  };

  it('has a title and a language', async () => {
    expect(await page.title()).toBe('Backline phone simulator');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('gives every input a real label, not only a placeholder', async () => {
    const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.labels.length === 0 || [...el.labels].every((l) => l.textContent.trim() === ''))
      .map((el) => el.id)`);
    expect(unlabelled).toEqual([]);
  });

  it('has no serious or critical axe violation with a conversation on screen', async () => {
    await showPhone(page, '+15550100005');
    await text('MENU');
    await text('1');
    await text('i cant feel anything when i wipe');
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain('EMERGENCY');
    expect(await page.locator('#thread li').count()).toBeGreaterThanOrEqual(6);
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation with the contact panel, a blocked reply, a Twilio note and an on-call page on screen', async () => {
    await text('STOP');
    await text('i cant feel anything when i wipe');
    expect(await page.locator('#thread li.blocked').count()).toBeGreaterThan(0);
    expect(await page.locator('#why').textContent()).toContain('EMERGENCY');
    expect(await seriousViolations()).toEqual([]);
    await showPhone(page, hotline.config.ON_CALL_NUMBERS[0]!);
    await expect.poll(() => page.locator('#thread li.alert').count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await showPhone(page, '+15550100005');
    await text('START');
  });

  it('has no serious or critical axe violation during a call', async () => {
    await page.click('#tab-call');
    await page.click('#call-start');
    await expect.poll(() => page.locator('#call-log li.in').count()).toBeGreaterThan(0);
    await page.click('#silence');
    await expect.poll(() => page.locator('#call-log').textContent()).toContain('Main menu.');
    expect(await seriousViolations()).toEqual([]);
    await page.click('#tab-sms');
  });

  it('lets every scrollable region take focus and names it', async () => {
    const regions = (await page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
      .map((el) => ({ id: el.id, tabIndex: el.tabIndex, named: Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) }))`)) as Array<{ id: string; tabIndex: number; named: boolean }>;
    expect(regions.map((r) => r.id).sort()).toEqual(['call-log', 'escalations', 'outbox', 'scheduler-result', 'thread']);
    for (const region of regions) expect(region, region.id).toMatchObject({ tabIndex: 0, named: true });
  });

  it('announces only the newest reply: the thread is not a live region, one hidden polite region gets the new text alone', async () => {
    const live = await page.evaluate(`[...document.querySelectorAll('[aria-live], [role=log], [role=status], [role=alert]')].map((el) => el.id)`);
    expect(live).toEqual(['announcer']);
    expect(await page.getAttribute('#announcer', 'aria-live')).toBe('polite');
    const replies = await text('2');
    expect(replies.length).toBeGreaterThan(0);
    const announced = await page.locator('#announcer p').allTextContents();
    expect(announced).toEqual(replies);
  });

  it('moves between tabs with the arrow keys, Home and End, keeping only the selected tab in the tab order', async () => {
    const state = () =>
      page.evaluate(`({
        focused: document.activeElement.id,
        selected: [...document.querySelectorAll('[role=tab][aria-selected=true]')].map((t) => t.id).join(),
        inTabOrder: [...document.querySelectorAll('[role=tab]')].filter((t) => t.tabIndex === 0).map((t) => t.id).join(),
        callPanelShown: !document.getElementById('panel-call').hidden,
      })`);
    await page.focus('#tab-sms');
    await page.keyboard.press('ArrowRight');
    expect(await state()).toEqual({ focused: 'tab-call', selected: 'tab-call', inTabOrder: 'tab-call', callPanelShown: true });
    await page.keyboard.press('ArrowRight');
    expect(await state()).toEqual({ focused: 'tab-sms', selected: 'tab-sms', inTabOrder: 'tab-sms', callPanelShown: false });
    await page.keyboard.press('ArrowLeft');
    expect(await state()).toMatchObject({ focused: 'tab-call', selected: 'tab-call' });
    await page.keyboard.press('Home');
    expect(await state()).toMatchObject({ focused: 'tab-sms', selected: 'tab-sms' });
    await page.keyboard.press('End');
    expect(await state()).toMatchObject({ focused: 'tab-call', selected: 'tab-call' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('call-start');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowLeft');
    expect(await state()).toEqual({ focused: 'tab-sms', selected: 'tab-sms', inTabOrder: 'tab-sms', callPanelShown: false });
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('thread');
  });
});
