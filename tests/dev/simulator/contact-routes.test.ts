import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotline } from '../../../dev/hotline.js';
import type { ContactView } from '../../../dev/simulator/contact-routes.js';
import type { EscalationLine } from '../../../dev/simulator/escalation-words.js';
import { rawStateItem, startTestHotline } from '../../helpers/hotline.js';

/** The simulator's local-only contact routes on the local hotline (fixture content). */
describe('the /_local/contact routes', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline();
  });
  afterAll(() => hotline.close());

  const sim = (from: string, body: string, fromState?: string) =>
    fetch(`${hotline.url}/_local/sim/sms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, body, ...(fromState ? { fromState } : {}) }) })
      .then((r) => r.json() as Promise<{ status: number }>);
  const view = (phone: string) => fetch(`${hotline.url}/_local/contact?phone=${encodeURIComponent(phone)}`).then((r) => r.json() as Promise<ContactView>);

  it('checks their query parameters (zod) and methods', async () => {
    expect((await fetch(`${hotline.url}/_local/contact?phone=5550100`)).status).toBe(400);
    expect((await fetch(`${hotline.url}/_local/contact`)).status).toBe(400);
    expect((await fetch(`${hotline.url}/_local/contact/reset?phone=%2B15550100001`)).status).toBe(405);
    expect((await fetch(`${hotline.url}/_local/contact/from-state?phone=%2B15550100001&state=ZZ`, { method: 'POST' })).status).toBe(400);
  });

  it('reads the state item and the last triage result: state in words, the zone from FromState, why the last reply', async () => {
    const phone = '+15557770001';
    await sim(phone, 'MENU', 'TX');
    await sim(phone, 'my bladder feels weird');
    let contact = await view(phone);
    expect(contact).toMatchObject({ fromState: 'TX', timeZone: 'America/Chicago', onCall: false, twilioBlocked: false });
    expect(contact.state?.waiting).toContain('a YES or NO to: Said yes to');
    expect(contact.why?.summary).toContain('asked one yes/no question');
    await sim(phone, 'yes');
    contact = await view(phone);
    expect(contact.why).toMatchObject({ tier: 'emergency', input: 'yes' });
    expect(contact.why?.summary).toContain('YES to the yes/no question Backline had asked');
    expect(contact.state?.hold).toContain('yes');
    expect(contact.thread.map((e) => e.side)).toEqual(['out', 'in', 'in', 'out', 'in', 'out', 'in']);
  });

  it('names escalations and held pages in plain words', async () => {
    const phone = '+15557770002';
    await sim(phone, 'i cant feel anything when i wipe');
    await sim(phone, 'i cant feel anything when i wipe');
    let lines: EscalationLine[] = [];
    for (let i = 0; i < 50 && !lines.some((l) => l.text.includes('On-call page ')); i++) {
      lines = await fetch(`${hotline.url}/_local/sim/escalations`).then((r) => r.json() as Promise<EscalationLine[]>);
      await new Promise((r) => setTimeout(r, 20));
    }
    const mine = lines.filter((l) => l.text.startsWith(phone));
    expect(mine).toHaveLength(2);
    expect(mine[0]?.text).toContain('No new page: this contact already had an on-call page for EMERGENCY within the hour');
    expect(mine[1]?.text).toMatch(/On-call page \d{4}: step 1 to \+12025550199/);
    expect(mine.join(' ')).not.toMatch(/ces_saddle/);
  });

  it('resets a contact: its items are deleted and the thread starts again', async () => {
    const phone = '+15557770003';
    await sim(phone, 'MENU');
    expect(await rawStateItem(hotline, phone)).toBeDefined();
    const reset = await fetch(`${hotline.url}/_local/contact/reset?phone=${encodeURIComponent(phone)}`, { method: 'POST' });
    expect(await reset.json()).toEqual({ deleted: 1 });
    expect(await rawStateItem(hotline, phone)).toBeUndefined();
    expect((await view(phone)).thread).toEqual([]);
    const exported = await fetch(`${hotline.url}/_local/contact/export?phone=${encodeURIComponent(phone)}`);
    expect(exported.status).toBe(409);
    await sim(phone, 'MENU');
    const again = await fetch(`${hotline.url}/_local/contact/export?phone=${encodeURIComponent(phone)}`);
    expect(again.headers.get('content-type')).toContain('yaml');
    expect(await again.text()).toContain('content: tests/fixtures/content');
  });

  it('are local only: nothing under functions/ mentions them', () => {
    const root = join(import.meta.dirname, '../../../functions');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.filter((f) => readFileSync(join(root, f), 'utf8').includes('/_local'))).toEqual([]);
  });
});
