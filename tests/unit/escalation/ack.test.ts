import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnCall, parseAck } from '../../../functions/escalation/ack.js';
import { startPage } from '../../../functions/escalation/ladder.js';
import { LocalOutbox } from '../../../dev/local-outbox.js';
import type { LogFields } from '../../../functions/core/log.js';
import { LADDER_SECRET as SECRET, startLadderBench, type LadderBench } from '../../helpers/ladder.js';
import { fixtureContent } from '../../helpers/content.js';

const T0 = Date.parse('2026-07-04T15:00:00Z');
const [A, B] = ['+12025550101', '+12025550102'];

describe('parseAck', () => {
  it('reads ACK in any case, with or without the page code', () => {
    expect(['ACK', 'ack', 'Ack.', ' ack 4821 ', 'ACK #4821', 'ack:4821', 'ＡＣＫ 4821'].map(parseAck)).toEqual([{}, {}, {}, { code: '4821' }, { code: '4821' }, { code: '4821' }, { code: '4821' }]);
  });
  it('is not fooled by words that start like ACK or by other text', () => {
    expect(['back', 'acknowledge later', 'ACK 12', 'ACK 48211', 'hello', '', 'ackk'].map(parseAck)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('answerOnCall', () => {
  let bench: LadderBench;
  beforeAll(async () => { bench = await startLadderBench(); });
  afterAll(async () => { await bench?.close(); });

  async function paged() {
    const outbox = new LocalOutbox();
    const events: LogFields[] = [];
    let now = T0;
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [A, B], now: () => now, log: (_l, f) => void events.push(f) });
    await startPage(deps, { contact: 'someone', tier: 'crisis', rule: 'self_harm', channel: 'sms', contentVersion: 'v1', inputId: 'SM1', at: T0 });
    const code = /page (\d{4})/.exec(outbox.list()[0]!.body)![1]!;
    const on = { pages: deps.pages, secret: SECRET, timeZone: 'America/New_York', now: () => now, log: deps.log, languages: fixtureContent.languages };
    return { on, code, events, later: (ms: number) => { now += ms; } };
  }

  it('takes a bare ACK as the last page sent to that number, once, and says who has it after', async () => {
    const { on, code, events, later } = await paged();
    later(3 * 60_000);
    expect(await answerOnCall(on, A, 'ack')).toBe(`Backline: page ${code} (CRISIS) is yours. No one else will be paged.`);
    expect(events.find((e) => e.event === 'page.acked')).toEqual({ event: 'page.acked', tier: 'crisis', ms: 3 * 60_000, step: 0 });
    expect(await answerOnCall(on, A, 'ACK')).toBe(`Backline: page ${code} (CRISIS) was already taken by you at 11:03 AM EDT.`);
    expect(await answerOnCall(on, B, `ACK ${code}`)).toBe(`Backline: page ${code} (CRISIS) was already taken by another on-call number at 11:03 AM EDT.`);
  });

  it('takes a bare ACK that comes back while the page is still being sent', async () => {
    const replies: string[] = [];
    let on: Parameters<typeof answerOnCall>[0] | undefined;
    const quick = { send: async (m: { to: string }) => { replies.push(await answerOnCall(on!, m.to, 'ACK')); } };
    const deps = await bench.deps({ sender: quick, onCallNumbers: [A, B], now: () => T0 });
    on = { pages: deps.pages, secret: SECRET, timeZone: 'America/New_York', now: () => T0, log: () => {}, languages: fixtureContent.languages };
    await startPage(deps, { contact: 'someone', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v1', inputId: 'SM2', at: T0 });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^Backline: page \d{4} \(EMERGENCY\) is yours\./);
  });

  it('lets another on-call number take a page by its code before the ladder reaches it', async () => {
    const { on, code } = await paged();
    expect(await answerOnCall(on, B, `Ack ${code}`)).toMatch(/is yours/);
  });

  it('says so when there is nothing to acknowledge, and explains itself for anything but an ACK', async () => {
    const { on, code } = await paged();
    const other = code === '9999' ? '0000' : '9999';
    expect(await answerOnCall(on, B, 'ACK')).toBe('Backline: no page was found for this number. Reply ACK and the 4-digit code on the page.');
    expect(await answerOnCall(on, A, `ACK ${other}`)).toBe(`Backline: no page with code ${other} was found for this number. Reply ACK and the 4-digit code on the page.`);
    expect(await answerOnCall(on, A, 'back pain in both legs')).toBe('Backline: this number is on the on-call list. To take a page, reply ACK and its 4-digit code.');
  });
});
