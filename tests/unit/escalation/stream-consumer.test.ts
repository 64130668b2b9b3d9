import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAlertStream, handleLadderStep } from '../../../functions/escalation/stream-consumer.js';
import { sealCallback } from '../../../functions/privacy/sealed-number.js';
import { LocalOutbox } from '../../../dev/local-outbox.js';
import { SendFailedError } from '../../../functions/outbound/errors.js';
import { StoreUnavailableError } from '../../../functions/store/errors.js';
import { fixtureContent as content } from '../../helpers/content.js';
import { LADDER_SECRET as SECRET, startLadderBench, type LadderBench } from '../../helpers/ladder.js';

const AT = Date.parse('2026-02-03T04:05:00Z');
const ONE = '+12025550101';
const TWO = '+12025550102';

function alertRecord(seq: string, overrides: Record<string, unknown> = {}) {
  const item = {
    pk: 'contact#abc', sk: 'alert#emergency', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v1',
    inputId: 'SM1', sentAt: AT, callback: sealCallback(SECRET, '+15550009999'), ttl: 1, ...overrides,
  };
  return { eventName: 'INSERT', dynamodb: { SequenceNumber: seq, NewImage: marshall(item, { removeUndefinedValues: true }) } };
}

const label = (id: string) => content.triage.rules.find((r) => r.id === id)!.label;

let bench: LadderBench;
beforeAll(async () => { bench = await startLadderBench(); });
afterAll(async () => { await bench?.close(); });

describe('handleAlertStream', () => {
  it('pages the first on-call number with the sign, time, advice given, the decrypted callback and how to acknowledge', async () => {
    const outbox = new LocalOutbox(() => AT);
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [ONE, TWO], now: () => AT });
    expect(await handleAlertStream(deps, { Records: [alertRecord('1')] })).toEqual({ batchItemFailures: [] });
    expect(outbox.list().map((m) => [m.to, m.kind])).toEqual([[ONE, 'alert']]);
    const body = outbox.list()[0]?.body ?? '';
    const code = /page (\d{4}):/.exec(body)?.[1];
    // 04:05 UTC on 3 February is 10:05 PM the evening before in Chicago (CST, UTC-6).
    expect(body).toBe(`Backline EMERGENCY page ${code}: ${label('ces_saddle')}. Via SMS Feb 2 10:05 PM CST, told to call 911 now. Call back +15550009999. Reply ACK ${code} to take it.`);
    expect(deps.timer.pending().map((d) => [d.step, d.at - AT])).toEqual([[1, 10 * 60_000]]);
  });

  it('says when there is no number to call back', async () => {
    const outbox = new LocalOutbox();
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [ONE] });
    await handleAlertStream(deps, { Records: [alertRecord('1', { callback: undefined, channel: 'voice', tier: 'crisis', sk: 'alert#crisis', rule: 'self_harm' })] });
    expect(outbox.list()[0]?.body).toMatch(/^Backline CRISIS page \d{4}: .*Via VOICE .* CST, told to call or text 988\. Number withheld, no callback\. Reply ACK \d{4} to take it\.$/);
  });

  it('ignores state items, escalation records and removals', async () => {
    const outbox = new LocalOutbox();
    const records = [
      { eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', NewImage: marshall({ pk: 'contact#abc', sk: 'state', v: 3 }) } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '2', NewImage: marshall({ pk: 'contact#abc', sk: 'escalation#2026', tier: 'emergency' }) } },
      { eventName: 'REMOVE', dynamodb: { SequenceNumber: '3' } },
    ];
    expect(await handleAlertStream(await bench.deps({ sender: outbox, onCallNumbers: [ONE] }), { Records: records })).toEqual({ batchItemFailures: [] });
    expect(outbox.list()).toEqual([]);
  });

  it('goes on from a record whose first number could not be texted: its next step comes a minute later, and later records are paged', async () => {
    const sent: string[] = [];
    const flaky = { send: async (m: { body: string }) => { if (sent.length === 0 && !m.body.includes('CRISIS')) { sent.push('fail'); throw new SendFailedError('503', true); } sent.push(m.body); } };
    const deps = await bench.deps({ sender: flaky, onCallNumbers: [ONE], now: () => AT });
    const result = await handleAlertStream(deps, { Records: [alertRecord('7'), alertRecord('8', { tier: 'crisis', sk: 'alert#crisis', rule: 'self_harm' })] });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sent.filter((s) => s.includes('CRISIS'))).toHaveLength(1);
    expect(deps.timer.pending().map((d) => [d.step, d.at - AT]).sort()).toEqual([[1, 60_000], [1, 600_000]]);
  });

  it('reports a record whose page cannot be opened, so Lambda retries from there and pages nothing twice', async () => {
    const outbox = new LocalOutbox(() => AT);
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [ONE], now: () => AT });
    const open = deps.pages.open.bind(deps.pages);
    let fail = true;
    const flaky = { ...deps, pages: Object.assign(Object.create(deps.pages) as typeof deps.pages, { open: (...args: Parameters<typeof open>) => (fail ? Promise.reject(new StoreUnavailableError('down')) : open(...args)) }) };
    const records = [alertRecord('7'), alertRecord('8', { tier: 'crisis', sk: 'alert#crisis', rule: 'self_harm' })];
    expect(await handleAlertStream(flaky, { Records: records })).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
    expect(outbox.list()).toEqual([]);
    fail = false;
    expect(await handleAlertStream(flaky, { Records: records })).toEqual({ batchItemFailures: [] });
    expect(outbox.list()).toHaveLength(2);
  });

  it('pages once when the same stream record arrives twice (Lambda delivers at least once)', async () => {
    const outbox = new LocalOutbox();
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [ONE, TWO] });
    await handleAlertStream(deps, { Records: [alertRecord('1')] });
    await handleAlertStream(deps, { Records: [alertRecord('1')] });
    expect(outbox.list()).toHaveLength(1);
  });
});

describe('handleLadderStep', () => {
  it('throws when the page cannot be read, so Lambda retries the step; a step that could not be texted is recorded, not retried', async () => {
    const outbox = new LocalOutbox(() => AT);
    const deps = await bench.deps({ sender: outbox, onCallNumbers: [ONE, TWO], now: () => AT });
    await handleAlertStream(deps, { Records: [alertRecord('1')] });
    const [due] = deps.timer.pending();
    const storeDown = { ...deps, pages: { ...deps.pages, get: () => Promise.reject(new StoreUnavailableError('down')) } };
    await expect(handleLadderStep(storeDown, { ladder: { ...due!.ref, step: 1 } })).rejects.toThrow(StoreUnavailableError);
    const twilioDown = { ...deps, sender: { send: () => Promise.reject(new SendFailedError('503', true)) } };
    await handleLadderStep(twilioDown, { ladder: { ...due!.ref, step: 1 } });
    await handleLadderStep(deps, { ladder: { ...due!.ref, step: 1 } });
    expect(outbox.list().map((m) => m.to)).toEqual([ONE]);
    expect(deps.timer.pending().map((d) => d.step)).toContain(2);
  });
});

describe('page text', () => {
  it('names a sign raised by a yes/no answer in plain words, never its internal id', async () => {
    const outbox = new LocalOutbox();
    await handleAlertStream(await bench.deps({ sender: outbox, onCallNumbers: [ONE], timeZone: 'America/New_York' }), { Records: [alertRecord('5', { rule: 'ask_bladder' })] });
    const body = outbox.list()[0]?.body ?? '';
    expect(body).not.toContain('ask_bladder');
    expect(body).toContain('Said yes to new trouble peeing');
    expect(body).toMatch(/ EST, /);
  });

  it('names every sign found, each in plain words', async () => {
    const outbox = new LocalOutbox();
    await handleAlertStream(await bench.deps({ sender: outbox, onCallNumbers: [ONE] }), { Records: [alertRecord('6', { also: ['self_harm'] })] });
    const body = outbox.list()[0]?.body ?? '';
    expect(body).toContain(`${label('ces_saddle')}; ${label('self_harm')}.`);
  });
});
