import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SegmentedMessage } from 'sms-segments-calculator';
import { continueLadder, ladderTargets, startPage } from '../../../functions/escalation/ladder.js';
import { pageText } from '../../../functions/escalation/page-text.js';
import { contactKey } from '../../../functions/privacy/contact-key.js';
import { sealCallback } from '../../../functions/privacy/sealed-number.js';
import { LocalOutbox } from '../../../dev/local-outbox.js';
import { OptedOutError } from '../../../functions/outbound/errors.js';
import { StoreUnavailableError } from '../../../functions/store/errors.js';
import type { LogFields } from '../../../functions/core/log.js';
import type { PendingAlert } from '../../../functions/store/escalation-log.js';
import { fixtureContent as content } from '../../helpers/content.js';
import { LADDER_SECRET as SECRET, startLadderBench, type LadderBench } from '../../helpers/ladder.js';

const T0 = Date.parse('2026-07-04T15:00:00Z');
const MIN = 60_000;
const [A, B, C] = ['+12025550101', '+12025550102', '+12025550103'];

const alert = (overrides: Partial<PendingAlert> = {}): PendingAlert => ({
  contact: 'hash-of-someone', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v1', inputId: 'SM1', at: T0,
  sealedCallback: sealCallback(SECRET, '+15550009999'), ...overrides,
});

let bench: LadderBench;
beforeAll(async () => { bench = await startLadderBench(); });
afterAll(async () => { await bench?.close(); });

/** A ladder on a clock the test moves; `advance` moves it and runs what came due, as the local clock route does. */
async function ladderOf(numbers: string[], sender = new LocalOutbox()) {
  let now = T0;
  const events: LogFields[] = [];
  const deps = await bench.deps({ sender, onCallNumbers: numbers, now: () => now, log: (_l, f) => void events.push(f) });
  const advance = async (minutes: number) => {
    now += minutes * MIN;
    return deps.timer.runDue(now, (ref, step) => continueLadder(deps, ref, step));
  };
  return { deps, events, advance, outbox: sender };
}

describe('ladderTargets', () => {
  it('goes down the list one number at a time, then pages everyone once more, then runs out', () => {
    expect([0, 1, 2, 3, 4].map((s) => ladderTargets([A, B, C], s))).toEqual([[A], [B], [C], [A, B, C], undefined]);
    expect([0, 1, 2].map((s) => ladderTargets([A], s))).toEqual([[A], [A], undefined]);
    expect(ladderTargets([], 0)).toBeUndefined();
  });
});

describe('the on-call ladder', () => {
  it('pages the next number every 10 minutes without an ACK, then everyone, then raises the alarm and drops the callback', async () => {
    const { deps, events, advance, outbox } = await ladderOf([A, B, C]);
    await startPage(deps, alert());
    expect(outbox.list().map((m) => m.to)).toEqual([A]);
    await advance(9);
    expect(outbox.list()).toHaveLength(1);
    await advance(1);
    expect(outbox.list().map((m) => m.to)).toEqual([A, B]);
    expect(outbox.list()[1]?.body).toMatch(/^Backline EMERGENCY page \d{4} \(no ACK yet\): /);
    await advance(10);
    await advance(10);
    expect(outbox.list().map((m) => m.to)).toEqual([A, B, C, A, B, C]);
    expect(events.some((e) => e.event === 'ladder.exhausted')).toBe(false);
    await advance(10);
    expect(events.filter((e) => e.event === 'ladder.exhausted')).toEqual([{ event: 'ladder.exhausted', tier: 'emergency', step: 4 }]);
    await advance(60);
    expect(outbox.list()).toHaveLength(6);
    const code = /page (\d{4})/.exec(outbox.list()[0]!.body)![1]!;
    const page = await deps.pages.get({ day: '2026-07-04', code });
    expect(page?.exhaustedAt).toBe(T0 + 40 * MIN);
    expect(page?.alert.sealedCallback).toBeUndefined();
    // The audit trail: each step with keyed hashes and times, never a phone number.
    expect(page?.sends.map((s) => [s.step, s.to, s.at - T0])).toEqual([
      [0, [contactKey(SECRET, A)], 0], [1, [contactKey(SECRET, B)], 10 * MIN], [2, [contactKey(SECRET, C)], 20 * MIN],
      [3, [A, B, C].map((n) => contactKey(SECRET, n)), 30 * MIN],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/\+1202555010/);
  });

  it('stops at an acknowledgement and records who acknowledged and when (a keyed hash)', async () => {
    const { deps, events, advance, outbox } = await ladderOf([A, B]);
    await startPage(deps, alert());
    await advance(10);
    const ack = await deps.pages.acknowledge(contactKey(SECRET, B), undefined, T0 + 12 * MIN);
    expect(ack.kind).toBe('acked');
    await advance(10);
    await advance(30);
    expect(outbox.list().map((m) => m.to)).toEqual([A, B]);
    expect(events.filter((e) => e.event === 'ladder.stopped')).toHaveLength(1);
    expect(events.some((e) => e.event === 'ladder.exhausted')).toBe(false);
    if (ack.kind !== 'acked') throw new Error('not acked');
    const page = await deps.pages.get(ack.page);
    expect([page?.ackBy, page?.ackAt]).toEqual([contactKey(SECRET, B), T0 + 12 * MIN]);
    expect(page?.alert.sealedCallback).toBeUndefined();
  });

  it('with one on-call number pages it twice, then raises the alarm', async () => {
    const { deps, events, advance, outbox } = await ladderOf([A]);
    await startPage(deps, alert());
    await advance(10);
    await advance(10);
    expect(outbox.list().map((m) => m.to)).toEqual([A, A]);
    expect(events.map((e) => e.event)).toContain('ladder.exhausted');
  });

  it('raises the alarm at once when there is no on-call number to page', async () => {
    const { deps, events, outbox } = await ladderOf([]);
    await startPage(deps, alert());
    expect(outbox.list()).toEqual([]);
    expect(events.map((e) => e.event)).toEqual(['ladder.exhausted']);
  });

  it('records a step nobody could be paged at and goes on a minute later, so one unreachable number never stops the ladder', async () => {
    const outbox = new LocalOutbox();
    const sender = { send: async (m: Parameters<LocalOutbox['send']>[0]) => { if (m.to === B) throw new OptedOutError('21610'); await outbox.send(m); } };
    const { deps, events, advance } = await ladderOf([A, B, C], sender as unknown as LocalOutbox);
    await startPage(deps, alert());
    await advance(10); // B opted out of texts: nobody paged at this step
    expect(events.filter((e) => e.event === 'alert.failed')).toEqual([{ event: 'alert.failed', tier: 'emergency', step: 1, error: 'OptedOutError' }]);
    expect(deps.timer.pending().map((d) => [d.step, d.at - T0])).toEqual([[2, 11 * MIN]]);
    await advance(1);
    expect(outbox.list().map((m) => m.to)).toEqual([A, C]);
    await advance(0);
    expect(outbox.list().map((m) => m.to)).toEqual([A, C]); // the failed step is not tried again
  });

  it('throws when the page book fails, so the timer tries the step again', async () => {
    const { deps, advance } = await ladderOf([A, B]);
    await startPage(deps, alert());
    const get = deps.pages.get.bind(deps.pages);
    deps.pages.get = () => Promise.reject(new StoreUnavailableError('down'));
    await expect(advance(10)).rejects.toThrow(StoreUnavailableError);
    deps.pages.get = get;
    await advance(1);
    expect(deps.timer.pending().map((d) => d.step)).toEqual([2]);
  });

  it('opens one page per alert: a second start for the same alert pages nobody again', async () => {
    const { deps, outbox } = await ladderOf([A, B]);
    await startPage(deps, alert());
    await startPage(deps, alert());
    expect(outbox.list()).toHaveLength(1);
    await startPage(deps, alert({ tier: 'crisis', rule: 'self_harm' }));
    expect(outbox.list()).toHaveLength(2);
    const codes = outbox.list().map((m) => /page (\d{4})/.exec(m.body)?.[1]);
    expect(new Set(codes).size).toBe(2);
  });
});

describe('pageText', () => {
  it('fits two GSM-7 segments with every rule label, several signs, a callback and the repeat marker', () => {
    const ids = content.triage.rules.map((r) => r.id);
    for (const id of ids) {
      const text = pageText(content.triage, { code: '0421', alert: alert({ rule: id, also: ids.filter((x) => x !== id).slice(0, 4) }) }, 3, '+15550009999', 'America/Los_Angeles');
      const segmented = new SegmentedMessage(text, 'auto', false);
      expect([segmented.encodingName, segmented.segmentsCount <= 2], text).toEqual(['GSM-7', true]);
      expect(text).toContain('Reply ACK 0421');
      expect(text).toContain(content.triage.rules.find((r) => r.id === id)!.label);
    }
  });
});
