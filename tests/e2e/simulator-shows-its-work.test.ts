import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../dev/hotline.js';
import { parseScript, replayScript } from '../helpers/golden.js';
import { showPhone, textFromPage, openSimulator } from '../helpers/simulator-page.js';

/** The simulator shows its work: state and reasons per contact, pages on on-call phones, Twilio's STOP block, zones, reset, export, reload. */
const ON_CALL = ['+12025550191', '+12025550192'];

describe('the phone simulator shows its work (headless Chromium)', () => {
  let hotline: Hotline;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ hotline, page, close } = await openSimulator({ ON_CALL_NUMBERS: ON_CALL.join(','), ALERT_ACK_MINUTES: '10' }));
  });
  afterAll(() => close?.());

  const text = (message: string) => textFromPage(page, message);
  const panel = () => page.locator('#contact-state').textContent();
  const why = () => page.locator('#why').textContent();

  it('shows the conversation state: language, menu, topic page, version', async () => {
    await showPhone(page, '+15550100011');
    await text('MENU');
    await text('1');
    await text('2');
    await expect.poll(panel).toContain('Main menu > Causes');
    expect(await panel()).toMatch(/Topic pageSciatica, page 1 of \d/);
    expect(await panel()).toContain('LanguageEnglish');
    expect(await panel()).toContain('Version3');
    expect(await why()).toContain('No red flag: the menus and keywords answered.');
  });

  it('says why a reply was chosen: the tier, the sign by its label (never a rule id), negation and someone else\'s symptom', async () => {
    await text('no numbness when i wipe');
    await expect.poll(why).toContain('Set aside: "Saddle numbness, or not feeling toilet paper when wiping (cauda equina)", negated');
    await text('my mom cant feel anything when she wipes');
    await expect.poll(why).toContain('EMERGENCY');
    const reason = await why();
    expect(reason).toContain('Sign: Saddle numbness, or not feeling toilet paper when wiping (cauda equina)');
    expect(reason).toContain("Someone else's symptom");
    expect(reason).not.toMatch(/ces_|_saddle/);
    expect(await panel()).toContain('Holdyes');
  });

  it('puts the page in the on-call phone\'s thread, moves down the ladder on the local clock, and stops it on ACK', async () => {
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain(`No ACK yet: next to ${ON_CALL[1]}`);
    const escalations = (await page.locator('#escalations').textContent()) ?? '';
    const code = /On-call page (\d{4})/.exec(escalations)?.[1];
    expect(code).toBeDefined();
    expect(await page.locator('#on-call-phones option').allTextContents()).toEqual([`On-call 1: ${ON_CALL[0]}`, `On-call 2: ${ON_CALL[1]}`]);
    await page.selectOption('#preset', ON_CALL[0]!);
    await page.waitForFunction(`document.getElementById('contact-phone').textContent === '${ON_CALL[0]}'`);
    await expect.poll(() => page.locator('#thread').textContent()).toContain(`Backline EMERGENCY page ${code}`);
    expect(await page.locator('#thread li.alert .meta').first().textContent()).toContain('On-call page');
    // Eleven minutes on the local clock: the page goes to the next number.
    const later = new Date(Date.parse(await page.evaluate('new Date(Date.now()).toISOString()')) + 11 * 60_000).toISOString();
    expect((await fetch(`${hotline.url}/_local/clock?at=${encodeURIComponent(later)}`, { method: 'POST' })).status).toBe(200);
    await page.selectOption('#preset', ON_CALL[1]!);
    await page.waitForFunction(`document.getElementById('contact-phone').textContent === '${ON_CALL[1]}'`);
    await expect.poll(() => page.locator('#thread').textContent(), { timeout: 10_000 }).toContain(`page ${code} (no ACK yet)`);
    expect(await text(`ACK ${code}`)).toEqual([`Backline: page ${code} (EMERGENCY) is yours. No one else will be paged.`]);
    await expect.poll(() => page.locator('#escalations').textContent(), { timeout: 10_000 }).toContain(`ACK by ${ON_CALL[1]}`);
    expect(await why()).toContain('An on-call phone');
  });

  it('shows replies Twilio would block after STOP as not delivered, until START', async () => {
    await showPhone(page, '+15550100012');
    await text('MENU');
    const stopped = await text('STOP');
    expect(stopped[0]).toContain('no more texts');
    expect(await page.locator('#thread li.in').last().getAttribute('class')).toContain('blocked');
    expect(await page.locator('#thread li.note').last().textContent()).toContain('Twilio now blocks every text from the hotline to this phone until it texts START');
    await text('i cant feel anything when i wipe');
    expect(await page.locator('#thread li.in').last().locator('.meta').textContent()).toContain('Not delivered: Twilio blocks texts to this phone');
    expect(await panel()).toContain('TwilioBlocked');
    await text('START');
    expect(await page.locator('#thread li.in').last().getAttribute('class')).not.toContain('blocked');
    expect(await panel()).toContain('TwilioDelivers texts');
  });

  it('shows and changes the contact\'s US state and time zone, and the clock in that zone', async () => {
    await showPhone(page, '+15550100013');
    expect(await page.locator('#zone').textContent()).toBe('America/Los_Angeles');
    await page.selectOption('#from-state', 'TX');
    await expect.poll(() => page.locator('#zone').textContent()).toBe('America/Chicago');
    await expect.poll(() => page.locator('#zone-clock').textContent()).toMatch(/C[SD]T$/);
    await text('DAILY');
    await text('YES');
    await expect.poll(panel).toContain('America/Chicago');
    await page.reload();
    await page.waitForFunction(`document.getElementById('contact-phone').textContent === '+15550100013'`);
    expect(await page.inputValue('#from-state')).toBe('TX');
  });

  it('keeps the thread across a reload, announcing none of it again', async () => {
    const before = await page.locator('#thread li').allTextContents();
    expect(before.length).toBeGreaterThanOrEqual(4);
    await page.reload();
    await page.waitForFunction(`document.querySelectorAll('#thread li').length >= ${before.length}`);
    expect(await page.locator('#thread li').allTextContents()).toEqual(before);
    expect(await page.locator('#announcer').textContent()).toBe('');
  });

  it('resets a contact: its items, thread and state are gone', async () => {
    await page.click('#reset');
    await expect.poll(() => page.locator('#thread li').count()).toBe(0);
    expect(await panel()).toContain('new contact');
    expect(await page.locator('#announcer').textContent()).toContain('reset');
  });

  it('exports the conversation as a golden script that replays as a passing golden test', async () => {
    await showPhone(page, '+15550100014');
    await page.click('#reset');
    await expect.poll(() => page.locator('#thread li').count()).toBe(0);
    for (const message of ['MENU', '1', '2', 'MORE', 'TIPS', 'my leg is weak', 'hola']) await text(message);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('simulator-15550100014.yaml');
    const yaml = readFileSync(await download.path(), 'utf8');
    const script = parseScript(yaml);
    expect(script.content).toBe('content');
    expect(script.steps.map((s) => s.send)).toEqual(['MENU', '1', '2', 'MORE', 'TIPS', 'my leg is weak', 'hola']);
    expect(script.steps[5]?.intents).toEqual(['escalate urgent']);
    replayScript('simulator export', script);
  });
});
