import { afterEach, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../functions/app/deps.js';
import type { LogFields } from '../../functions/core/log.js';
import type { Hotline } from '../../dev/hotline.js';
import { schedulerRoute } from '../../dev/scheduler-route.js';
import { OptedOutError, SendFailedError } from '../../functions/outbound/errors.js';
import type { OutboundMessage, Sender } from '../../functions/outbound/types.js';
import { runTipDelivery, type TipDeliveryDeps } from '../../functions/tip-delivery/deliver.js';
import { Pacer } from '../../functions/tip-delivery/pacer.js';
import { buildTipDeps } from '../../functions/app/tip-delivery-deps.js';
import { sms, twilioEvent } from '../helpers/events.js';
import { rawStateItem, startTestHotline, text } from '../helpers/hotline.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TIP = /^Backline tip: /;
const TIP_ES = /^Consejo de Backline: /;
const GOODBYE = 'Backline: that was your last daily tip.';
const GOODBYE_ES = 'Backline: ese fue su ultimo consejo diario.';
const EMERGENCY = 'I cant feel anything when I wipe';

/** Records sends at the simulated time of the run; can be told to fail the next sends to a number. */
class ScriptedSender implements Sender {
  readonly sent: Array<{ to: string; body: string; at: string }> = [];
  readonly failures = new Map<string, Error[]>();
  now = 0;

  async send(message: OutboundMessage): Promise<void> {
    const failure = this.failures.get(message.to)?.shift();
    if (failure) throw failure;
    this.sent.push({ to: message.to, body: message.body, at: new Date(this.now).toISOString() });
  }

  to(phone: string) {
    return this.sent.filter((s) => s.to === phone);
  }
}

interface Harness {
  hotline: Hotline;
  sender: ScriptedSender;
  deps: TipDeliveryDeps;
  logs: LogFields[];
  textAt(iso: string, phone: string, body: string, fromState?: string): Promise<string[]>;
  runAt(instant: number): ReturnType<typeof runTipDelivery>;
  /** Hourly runs at :07 from `from` to `to` (UTC ISO), with texts sent at their instants in between. */
  timeline(from: string, to: string, texts?: Array<[iso: string, phone: string, body: string]>): Promise<void>;
}

let open: Hotline | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function harness(): Promise<Harness> {
  let clock = 0;
  const hotline = await startTestHotline({ overrides: { now: () => clock } });
  open = hotline;
  const sender = new ScriptedSender();
  const logs: LogFields[] = [];
  const built = buildTipDeps(hotline.config, { client: dynamoClient(hotline.config), sender, content: hotline.deps.content, log: (_level, fields) => logs.push(fields) });
  // Buckets older than the one-hour grace only hold stale keys (never sent); the 48-hour look-back has its own test.
  // Back-off after a transient failure is shortened from seconds to milliseconds.
  const deps: TipDeliveryDeps = { ...built, lookbackMs: 2 * HOUR, pacer: new Pacer({ minIntervalMs: 0, backoffMs: 5, maxBackoffMs: 20 }) };
  const h: Harness = {
    hotline, sender, deps, logs,
    textAt: (iso, phone, body, fromState = 'NY') => {
      clock = Date.parse(iso);
      return text(hotline, { ...sms(phone, body), FromState: fromState });
    },
    runAt: (instant) => {
      sender.now = instant;
      return runTipDelivery(deps, instant);
    },
    timeline: async (from, to, texts = []) => {
      const events: Array<{ at: number; act: () => Promise<unknown> }> = texts.map(([iso, phone, body]) => ({ at: Date.parse(iso), act: () => h.textAt(iso, phone, body) }));
      for (let t = Math.floor(Date.parse(from) / HOUR) * HOUR + 7 * 60_000; t <= Date.parse(to); t += HOUR) {
        const at = t;
        events.push({ at, act: () => h.runAt(at) });
      }
      events.sort((a, b) => a.at - b.at);
      for (const event of events) await event.act();
    },
  };
  return h;
}

/** ISO instants at hh:07 UTC on each of `days` (YYYY-MM-DD). */
const at07 = (days: string[], hourUtc: number) => days.map((d) => `${d}T${String(hourUtc).padStart(2, '0')}:07:00.000Z`);
const march = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `2027-03-${String(from + i).padStart(2, '0')}`);

describe('daily tips from DAILY + YES to the goodbye', () => {
  it('sends the staged program, one tip a day at the chosen local hour in three zones across spring-forward and in Spanish, then the goodbye, then nothing', async () => {
    const h = await harness();
    const [ny, hi, la] = ['+12025550101', '+18085550102', '+13105550103'];
    // Everyone joins on Wed 10 March 2027 at 15:30Z = 10:30 EST (New York), 05:30 HST (Honolulu), 07:30 PST (Los Angeles).
    for (const [phone, state] of [[ny, 'NY'], [hi, 'HI'], [la, 'CA']] as const) {
      expect((await h.textAt('2027-03-10T15:30:00Z', phone, 'DAILY', state)).join('\n')).toContain('Reply YES');
      expect((await h.textAt('2027-03-10T15:30:10Z', phone, 'YES', state)).join('\n')).toContain('9 AM');
    }
    expect(await h.textAt('2027-03-10T15:31:00Z', la, 'TIME 7PM', 'CA')).toEqual(['Backline: daily tips will now come at 7 PM.']);
    const es = '+12125550104';
    expect((await h.textAt('2027-03-10T15:30:00Z', es, 'DIARIO')).join('\n')).toContain('Responda SI');
    expect((await h.textAt('2027-03-10T15:30:10Z', es, 'SI')).join('\n')).toContain('9:00');
    const item = await rawStateItem(h.hotline, ny);
    expect(item?.duePk).toBe('due#2027-03-11T14');
    expect(JSON.stringify(item)).not.toContain('5550101');

    await h.timeline('2027-03-10T16:00:00Z', '2027-03-27T00:00:00Z');

    // New York joined after 9 AM + the hour's grace: from the 11th, 9:00 EST = 14:00Z until the 13th, 9:00 EDT = 13:00Z from the 14th.
    expect(h.sender.to(ny).map((s) => s.at)).toEqual([...at07(march(11, 13), 14), ...at07(march(14, 24), 13)]);
    // Honolulu (UTC-10, no DST) joined before 9 AM: from the 10th, 9:00 HST = 19:00Z every day.
    expect(h.sender.to(hi).map((s) => s.at)).toEqual(at07(march(10, 23), 19));
    // Los Angeles at 7 PM from the 10th: 19:00 PST = 03:00Z the next UTC day through local 13 March; 19:00 PDT = 02:00Z from local 14 March.
    expect(h.sender.to(la).map((s) => s.at)).toEqual([...at07(march(11, 14), 3), ...at07(march(15, 24), 2)]);

    expect(h.sender.to(es).map((s) => s.at)).toEqual(h.sender.to(ny).map((s) => s.at));

    for (const phone of [ny, hi, la, es]) {
      const bodies = h.sender.to(phone).map((s) => s.body);
      expect(bodies).toHaveLength(14);
      expect(bodies.every((b) => (phone === es ? TIP_ES : TIP).test(b))).toBe(true);
      // The staged program: the 911 and 988 signs on day 1, the check-in offering CHECK on day 14 (with the goodbye).
      expect(bodies[0]).toMatch(/\b911\b.*\b988\b/s);
      expect(bodies[13]).toMatch(phone === es ? /Escriba SINTOMAS/ : /Text CHECK/);
      expect(bodies.findIndex((b) => b.includes(phone === es ? GOODBYE_ES : GOODBYE))).toBe(13);
      // Days 2 to 13 walk the 3 fixture pool tips without a repeat inside each round.
      for (let round = 0; round < 4; round++) expect(new Set(bodies.slice(1 + round * 3, 4 + round * 3)).size).toBe(3);
      const stored = await rawStateItem(h.hotline, phone);
      expect(stored).not.toHaveProperty('duePk');
      expect(stored).not.toHaveProperty('addr');
      expect((stored?.state as { tips: unknown }).tips).toMatchObject({ status: 'done', sent: 14 });
    }
  });

  it('follows TIME, PAUSE, RESUME, a red-flag hold until RESUME, and sends nothing after STOP', async () => {
    const h = await harness();
    const phone = '+12025550111';
    // April 2027 is EDT (UTC-4): 9:00 EDT = 13:00Z, 18:00 EDT = 22:00Z; the texts go at 15:00Z = 11:00 EDT.
    await h.textAt('2027-04-05T14:30:00Z', phone, 'DAILY');
    await h.textAt('2027-04-05T14:30:10Z', phone, 'YES');
    await h.timeline('2027-04-05T15:00:00Z', '2027-04-18T00:00:00Z', [
      ['2027-04-06T15:00:00Z', phone, 'TIME 6PM'],
      ['2027-04-08T15:00:00Z', phone, 'PAUSE'],
      ['2027-04-10T15:00:00Z', phone, 'RESUME'],
      ['2027-04-11T15:00:00Z', phone, EMERGENCY],
      ['2027-04-13T15:00:00Z', phone, 'RESUME'],
      ['2027-04-14T15:00:00Z', phone, 'STOP'],
    ]);
    expect(h.sender.to(phone).map((s) => s.at)).toEqual([
      '2027-04-06T13:07:00.000Z', // 9 AM, before TIME 6PM
      '2027-04-07T22:07:00.000Z', // 6 PM from the next day
      '2027-04-10T22:07:00.000Z', // paused on the 8th and 9th, resumed on the 10th
      '2027-04-13T22:07:00.000Z', // held on the 11th and 12th, resumed on the 13th; stopped on the 14th
    ]);
    expect(await rawStateItem(h.hotline, phone)).not.toHaveProperty('duePk');
  });
});

describe('delivery guarantees', () => {
  /** A contact joined on Mon 3 May 2027 at 11:00 EDT, so its first tip is due on the 4th at 9:00 EDT = 13:00Z. */
  async function joined(h: Harness, phone: string): Promise<void> {
    await h.textAt('2027-05-03T15:00:00Z', phone, 'DAILY');
    await h.textAt('2027-05-03T15:00:05Z', phone, 'YES');
  }
  const SLOT = Date.parse('2027-05-04T13:00:00Z');

  it('sends once when two runs race at the same instant, and not again on a rerun', async () => {
    const h = await harness();
    const phones = ['+12025550121', '+12025550122', '+12025550123'];
    for (const p of phones) await joined(h, p);
    const runs = await Promise.all([h.runAt(SLOT + 60_000), h.runAt(SLOT + 60_000), h.runAt(SLOT + 60_000)]);
    expect(runs.flatMap((r) => r.sent)).toHaveLength(3);
    expect(h.sender.sent.map((s) => s.to).sort()).toEqual(phones);
    expect((await h.runAt(SLOT + 60_000)).sent).toEqual([]);
    expect((await h.runAt(SLOT + 20 * 60_000)).sent).toEqual([]);
    expect(h.sender.sent).toHaveLength(3);
  });

  it('stops for good when STOP arrives between two runs', async () => {
    const h = await harness();
    const phone = '+12025550131';
    await joined(h, phone);
    await h.runAt(SLOT + 60_000);
    await h.textAt('2027-05-04T20:00:00Z', phone, 'STOP');
    for (let t = SLOT + DAY; t < SLOT + 5 * DAY; t += HOUR) await h.runAt(t);
    expect(h.sender.to(phone)).toHaveLength(1);
  });

  it('marks a contact opted out on 21610 and never sends to them again; others are unaffected', async () => {
    const h = await harness();
    const [blocked, fine] = ['+12025550141', '+12025550142'];
    await joined(h, blocked);
    await joined(h, fine);
    h.sender.failures.set(blocked, [new OptedOutError('21610')]);
    const first = await h.runAt(SLOT + 60_000);
    expect(first.sent).toHaveLength(1);
    expect(first.failed).toBe(1);
    const item = await rawStateItem(h.hotline, blocked);
    expect(item?.state).toMatchObject({ optedOut: true });
    expect(item).not.toHaveProperty('duePk');
    expect(item).not.toHaveProperty('addr');
    for (let t = SLOT + DAY; t < SLOT + 4 * DAY; t += HOUR) await h.runAt(t);
    expect(h.sender.to(blocked)).toEqual([]);
    expect(h.sender.to(fine)).toHaveLength(4);
  });

  it('retries a transient failure on a later run with the same tip, still one tip that day', async () => {
    const h = await harness();
    const phone = '+12025550151';
    await joined(h, phone);
    let attempted = '';
    const failing: Sender = {
      send: async (message) => {
        attempted = message.body;
        throw new SendFailedError('Twilio answered 503', true);
      },
    };
    const first = await runTipDelivery({ ...h.deps, sender: failing }, SLOT + 60_000);
    expect(first).toMatchObject({ sent: [], failed: 1 });
    expect(attempted).toMatch(TIP);
    expect(await rawStateItem(h.hotline, phone)).toMatchObject({ retry: { attempt: 1, day: '2027-05-04' } });
    // The retry is due 5 minutes later; the 15-minute run sends the same tip.
    await h.runAt(SLOT + 16 * 60_000);
    for (let t = SLOT + 31 * 60_000; t < SLOT + 12 * HOUR; t += 15 * 60_000) await h.runAt(t);
    expect(h.sender.to(phone).map((s) => s.body)).toEqual([attempted]);
    expect(h.sender.to(phone)[0]!.at).toBe('2027-05-04T13:16:00.000Z');
    const stored = await rawStateItem(h.hotline, phone);
    expect(stored).not.toHaveProperty('retry');
    expect((stored?.state as { tips: unknown }).tips).toMatchObject({ sent: 1, lastDay: '2027-05-04' });
    await h.runAt(SLOT + DAY + 60_000);
    expect(h.sender.to(phone)).toHaveLength(2);
  });

  it('gives up the day after repeated transient failures, and never sends that day at night', async () => {
    const h = await harness();
    const phone = '+12025550161';
    await joined(h, phone);
    h.sender.failures.set(phone, Array.from({ length: 3 }, () => new SendFailedError('Twilio answered 500', true)));
    for (let t = SLOT + 60_000; t < SLOT + 20 * HOUR; t += 15 * 60_000) await h.runAt(t);
    expect(h.sender.to(phone)).toEqual([]);
    expect(h.logs.filter((l) => l.event === 'tips.gave-up')).toHaveLength(1);
    await h.runAt(SLOT + DAY + 60_000);
    expect(h.sender.to(phone)).toHaveLength(1);
  });

  it('finds a key left due by a two-day outage in the 48-hour look-back and moves it on without sending late', async () => {
    const h = await harness();
    const phone = '+12025550171';
    await joined(h, phone);
    const outageOver = SLOT + 30 * HOUR; // 4 May 13:00Z + 30 h = 5 May 19:00Z = 15:00 EDT: the 5th's slot passed 6 hours ago.
    const report = await runTipDelivery({ ...h.deps, lookbackMs: undefined }, outageOver);
    expect(report).toMatchObject({ sent: [], skipped: 1 });
    expect((await rawStateItem(h.hotline, phone))?.duePk).toBe('due#2027-05-06T13');
  });

  it('stops claiming at the deadline and leaves the rest due for the next run', async () => {
    const h = await harness();
    const phones = ['+12025550181', '+12025550182'];
    for (const p of phones) await joined(h, p);
    const late = await runTipDelivery({ ...h.deps, stopClaimingAt: 0 }, SLOT + 60_000);
    expect(late).toMatchObject({ sent: [], left: 2 });
    expect((await h.runAt(SLOT + 16 * 60_000)).sent).toHaveLength(2);
  });
});

describe('POST /_local/scheduler', () => {
  it('runs delivery as of ?at= and answers what it sent; 400 on a bad instant, 405 on GET', async () => {
    const h = await harness();
    const phone = '+12025550191';
    await h.textAt('2027-05-03T15:00:00Z', phone, 'DAILY');
    await h.textAt('2027-05-03T15:00:05Z', phone, 'YES');
    const route = schedulerRoute(h.hotline.deps, dynamoClient(h.hotline.config), h.hotline.outbox);
    const post = (query: string, method = 'POST') => route(twilioEvent({}, { path: '/_local/scheduler', query, method }));
    expect((await post('at=tomorrow')).statusCode).toBe(400);
    expect((await post('')).statusCode).toBe(400);
    expect((await post('at=2027-05-04T13:05:00Z', 'GET')).statusCode).toBe(405);
    const res = await post(`at=${encodeURIComponent('2027-05-04T09:05:00-04:00')}`);
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body) as { at: string; sent: Array<{ to: string; body: string; kind: string; at: string }> };
    expect(body.at).toBe('2027-05-04T13:05:00.000Z');
    expect(body.sent).toEqual([{ to: phone, body: expect.stringMatching(TIP), kind: 'tip', at: '2027-05-04T13:05:00.000Z' }]);
    expect(h.hotline.outbox.list().filter((m) => m.kind === 'tip').map((m) => m.to)).toEqual([phone]);
    expect(JSON.parse((await post('at=2027-05-04T13:06:00Z')).body).sent).toEqual([]);
  });
});
