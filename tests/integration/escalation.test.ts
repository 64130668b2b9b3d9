import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    expect(alerts[0]?.body).toMatch(/^Backline EMERGENCY page \d{4}: .+ Call back \+15550001001\. Reply ACK \d{4} to take it\.$/);
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
    expect(alerts[0]?.body).toMatch(/^Backline CRISIS page \d{4}: /);
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

describe('the on-call ladder on the local clock (npm start)', () => {
  const ON_CALL = ['+12025550161', '+12025550162'];
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ env: { ON_CALL_NUMBERS: ON_CALL.join(',') } });
  });
  afterAll(() => hotline.close());

  /** Moves the hotline's clock as the simulator does, through its HTTP route. */
  const moveClock = async (at: number) => {
    const res = await fetch(`${hotline.url}/_local/clock?at=${new Date(at).toISOString()}`, { method: 'POST' });
    expect(res.status).toBe(200);
  };
  const pagesTo = (to: string) => hotline.outbox.list().filter((m) => m.kind === 'alert' && m.to === to);

  it('pages the second number after 10 minutes without an ACK, stops at an ACK, and pages again for the same sign 2 hours later', async () => {
    const start = Date.parse('2027-05-10T14:00:00Z');
    await moveClock(start);
    const phone = '+15550001091';
    await text(hotline, sms(phone, 'cant feel anything when i wipe'));
    await alertsFor(hotline, phone, 1);
    expect([pagesTo(ON_CALL[0]!).length, pagesTo(ON_CALL[1]!).length]).toEqual([1, 0]);
    await moveClock(start + 9 * 60_000);
    expect(pagesTo(ON_CALL[1]!)).toHaveLength(0);
    await moveClock(start + 10 * 60_000 + 1000);
    expect(pagesTo(ON_CALL[1]!)).toHaveLength(1);
    const code = /page (\d{4})/.exec(pagesTo(ON_CALL[1]!)[0]!.body)?.[1];
    // The second on-call person acknowledges from their phone; the reply is one line and nothing else is paged.
    expect(await text(hotline, sms(ON_CALL[1]!, 'ACK'))).toEqual([`Backline: page ${code} (EMERGENCY) is yours. No one else will be paged.`]);
    await moveClock(start + 60 * 60_000);
    expect([pagesTo(ON_CALL[0]!).length, pagesTo(ON_CALL[1]!).length]).toEqual([1, 1]);
    // Two hours on, the same red flag is a new page, from the top of the ladder.
    await moveClock(start + 2 * 3600_000 + 60_000);
    await text(hotline, sms(phone, 'still cant feel anything when i wipe'));
    await vi.waitFor(() => expect(pagesTo(ON_CALL[0]!)).toHaveLength(2));
    expect(pagesTo(ON_CALL[1]!)).toHaveLength(1);
  });

  it('never takes an on-call number into the patient menu, warns it about STOP, and still triages a red flag from it', async () => {
    expect(await text(hotline, sms(ON_CALL[0]!, 'menu'))).toEqual(['Backline: this number is on the on-call list. To take a page, reply ACK and its 4-digit code.']);
    expect(await text(hotline, sms(ON_CALL[0]!, 'STOP'))).toEqual(['Backline: this number is on the on-call list. STOP blocks the pages sent to it; text START to get them again.']);
    expect(await text(hotline, sms(ON_CALL[0]!, 'my back hurts and both legs are weak'))).toEqual([EMERGENCY_EN]);
  });
});
