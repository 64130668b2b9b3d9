import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_ON_CALL, type Hotline } from '../../dev/hotline.js';
import type { EscalationLog } from '../../functions/store/escalation-log.js';
import { sms } from '../helpers/events.js';
import { alertsFor, escalationsOf, startTestHotline, text } from '../helpers/hotline.js';

const EMERGENCY_EN = 'Backline: These signs need emergency care now. Call 911 now. Do not drive yourself. This line is not monitored and cannot call 911 for you.';

const escalations = escalationsOf;

describe('red-flag escalation over SMS', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline();
  });
  afterAll(() => hotline.close());

  it('tells a first-contact emergency to call 911, records it and pages on-call once', async () => {
    const phone = '+15550001001';
    const before = (await escalations(hotline)).length;
    expect(await text(hotline, sms(phone, 'cant feel anything when i wipe'))).toEqual([EMERGENCY_EN]);
    const records = await escalations(hotline);
    expect(records.length).toBe(before + 1);
    expect(records.at(-1)).toMatchObject({ tier: 'emergency', channel: 'sms' });
    expect(JSON.stringify(records)).not.toContain('wipe');
    const alerts = await alertsFor(hotline, phone, 1);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.to).toBe(DEV_ON_CALL);
    expect(alerts[0]?.body).toMatch(/^Backline ALERT EMERGENCY: .+ Call back: \+15550001001$/);
    expect(alerts[0]?.body).not.toContain('wipe');
  });

  it('escalates mid-conversation, whatever the menu state, and sends no second alert within the hour', async () => {
    const phone = '+15550001002';
    const before = (await escalations(hotline)).length;
    await text(hotline, sms(phone, 'menu'));
    await text(hotline, sms(phone, '1'));
    expect(await text(hotline, sms(phone, 'SCIATICA'))).toHaveLength(1);
    expect(await text(hotline, sms(phone, 'now both my legs are going weak'))).toEqual([EMERGENCY_EN]);
    expect(await text(hotline, sms(phone, 'i also peed myself and did not feel it'))).toEqual([EMERGENCY_EN]);
    await new Promise((r) => setTimeout(r, 200));
    expect(await alertsFor(hotline, phone, 1)).toHaveLength(1);
    const mine = (await escalations(hotline)).slice(before).filter((e) => e.tier === 'emergency');
    // Every red flag is recorded; the record says the first paged and the repeats were held back by the hourly limit.
    expect(mine.map((e) => e.page)).toEqual(['queued', 'held']);
  });

  it('answers crisis with 988, in Spanish when the message is Spanish', async () => {
    const phone = '+15550001003';
    const [reply] = await text(hotline, sms(phone, 'ya no quiero vivir, quiero quitarme la vida'));
    expect(reply).toMatch(/^Backline: .*988/);
    expect(reply).toContain('Nadie vigila esta linea');
    const alerts = await alertsFor(hotline, phone, 1);
    expect(alerts[0]?.body).toMatch(/^Backline ALERT CRISIS/);
  });

  it('does not escalate an idiom or typical one-sided sciatica', async () => {
    const phone = '+15550001004';
    const before = (await escalations(hotline)).length;
    const first = await text(hotline, sms(phone, 'this pain is killing me, shooting down my left leg'));
    expect(first.join(' ')).not.toMatch(/emergency care now|988/);
    expect((await escalations(hotline)).length).toBe(before);
  });

  it('asks one yes/no question on an unclear hint and escalates on YES', async () => {
    const phone = '+15550001005';
    const [question] = await text(hotline, sms(phone, 'my bladder feels weird'));
    expect(question).toMatch(/^Backline: One question\..*Reply YES or NO\.$/);
    expect(await text(hotline, sms(phone, 'yes'))).toEqual([EMERGENCY_EN]);
    expect(await alertsFor(hotline, phone, 1)).toHaveLength(1);
  });

  it('runs the structured CHECK and ends with self-care advice when every answer is no', async () => {
    const phone = '+15550001006';
    const first = await text(hotline, sms(phone, 'CHECK'));
    expect(first.at(-1)).toMatch(/Reply YES or NO\.$/);
    let last: string[] = [];
    for (let i = 0; i < 6; i++) last = await text(hotline, sms(phone, 'no'));
    expect(last[0]).toMatch(/^Backline: None of those warning signs/);
    const before = (await escalations(hotline)).length;
    await text(hotline, sms(phone, 'check'));
    expect(await text(hotline, sms(phone, 'yes'))).toEqual([EMERGENCY_EN]);
    expect((await escalations(hotline)).length).toBe(before + 1);
  });
});

describe('escalation side effects that are slow or fail', () => {
  const claims: string[] = [];
  const slowRecord = (ms: number, fail = false): EscalationLog => ({
    record: (_e, signal) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => (fail ? reject(new Error('throttled')) : resolve()), ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      }),
    claimAlert: async (alert) => {
      claims.push(alert.tier);
      return true;
    },
  });

  it('still sends the 911 instruction when recording takes longer than the turn budget, and still pages', async () => {
    const hotline = await startTestHotline({ env: { TURN_TIMEOUT_MS: '800' }, overrides: { escalations: slowRecord(1500), log: () => {} } });
    try {
      claims.length = 0;
      expect(await text(hotline, sms('+15550001101', 'cant feel anything when i wipe'))).toEqual([EMERGENCY_EN]);
      expect(claims).toEqual(['emergency']);
    } finally {
      await hotline.close();
    }
  });

  it('still records the escalation when the page cannot be claimed, saying so', async () => {
    const recorded: Array<{ tier: string; page?: string }> = [];
    const failingClaim: EscalationLog = {
      record: async (e) => void recorded.push(e),
      claimAlert: async () => {
        throw new Error('throttled');
      },
    };
    const hotline = await startTestHotline({ overrides: { escalations: failingClaim, log: () => {} } });
    try {
      expect(await text(hotline, sms('+15550001103', 'both my legs are going weak'))).toEqual([EMERGENCY_EN]);
      expect(recorded).toEqual([expect.objectContaining({ tier: 'emergency', page: 'failed' })]);
    } finally {
      await hotline.close();
    }
  });

  it('pages on-call staff even when the escalation record cannot be written', async () => {
    const hotline = await startTestHotline({ overrides: { escalations: slowRecord(10, true), log: () => {} } });
    try {
      claims.length = 0;
      expect(await text(hotline, sms('+15550001102', 'both my legs are going weak'))).toEqual([EMERGENCY_EN]);
      expect(claims).toEqual(['emergency']);
    } finally {
      await hotline.close();
    }
  });
});
