import type { Page } from 'playwright-core';

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
