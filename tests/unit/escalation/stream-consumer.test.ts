import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { handleAlertStream } from '../../../functions/escalation/stream-consumer.js';
import { sealCallback } from '../../../functions/privacy/sealed-number.js';
import { LocalOutbox } from '../../../dev/local-outbox.js';
import { SendFailedError } from '../../../functions/outbound/errors.js';
import { fixtureContent as content } from '../../helpers/content.js';

const SECRET = 'a-test-secret-of-enough-length';
const AT = Date.parse('2026-02-03T04:05:00Z');

function alertRecord(seq: string, overrides: Record<string, unknown> = {}) {
  const item = {
    pk: 'contact#abc', sk: 'alert#emergency', tier: 'emergency', rule: 'ces_saddle', channel: 'sms', contentVersion: 'v1',
    inputId: 'SM1', sentAt: AT, callback: sealCallback(SECRET, '+15550009999'), ttl: 1, ...overrides,
  };
  return { eventName: 'INSERT', dynamodb: { SequenceNumber: seq, NewImage: marshall(item, { removeUndefinedValues: true }) } };
}

describe('handleAlertStream', () => {
  it('pages every on-call number with the sign, time, advice given and the decrypted callback, never the message', async () => {
    const outbox = new LocalOutbox(() => AT);
    const result = await handleAlertStream({ content, sender: outbox, onCallNumbers: ['+12025550101', '+12025550102'], secret: SECRET, timeZone: 'America/Chicago', log: () => {} }, { Records: [alertRecord('1')] });
    expect(result).toEqual({ batchItemFailures: [] });
    const label = content.triage.rules.find((r) => r.id === 'ces_saddle')!.label;
    expect(outbox.list().map((m) => [m.to, m.kind])).toEqual([['+12025550101', 'alert'], ['+12025550102', 'alert']]);
    // 04:05 UTC on 3 February is 10:05 PM the evening before in Chicago (CST, UTC-6).
    expect(outbox.list()[0]?.body).toBe(`Backline ALERT EMERGENCY: ${label}. Via SMS Feb 2 10:05 PM CST, told to call 911 now. Call back: +15550009999`);
  });

  it('says when there is no number to call back', async () => {
    const outbox = new LocalOutbox();
    await handleAlertStream({ content, sender: outbox, onCallNumbers: ['+12025550101'], secret: SECRET, timeZone: 'America/Chicago', log: () => {} }, { Records: [alertRecord('1', { callback: undefined, channel: 'voice', tier: 'crisis', rule: 'self_harm' })] });
    expect(outbox.list()[0]?.body).toMatch(/^Backline ALERT CRISIS: .*Via VOICE .* CST, told to call or text 988\. Number withheld: no callback possible$/);
  });

  it('ignores state items, escalation records and removals', async () => {
    const outbox = new LocalOutbox();
    const records = [
      { eventName: 'MODIFY', dynamodb: { SequenceNumber: '1', NewImage: marshall({ pk: 'contact#abc', sk: 'state', v: 3 }) } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '2', NewImage: marshall({ pk: 'contact#abc', sk: 'escalation#2026', tier: 'emergency' }) } },
      { eventName: 'REMOVE', dynamodb: { SequenceNumber: '3' } },
    ];
    expect(await handleAlertStream({ content, sender: outbox, onCallNumbers: ['+12025550101'], secret: SECRET, timeZone: 'America/Chicago', log: () => {} }, { Records: records })).toEqual({ batchItemFailures: [] });
    expect(outbox.list()).toEqual([]);
  });

  it('stops at a record nobody could be paged for and reports it, so Lambda retries from there and pages nothing twice', async () => {
    const sent: string[] = [];
    const flaky = { send: async (m: { body: string }) => { if (sent.length === 0 && !m.body.includes('CRISIS')) { sent.push('fail'); throw new SendFailedError('503', true); } sent.push(m.body); } };
    const result = await handleAlertStream(
      { content, sender: flaky, onCallNumbers: ['+12025550101'], secret: SECRET, timeZone: 'America/Chicago', log: () => {} },
      { Records: [alertRecord('7'), alertRecord('8', { tier: 'crisis', sk: 'alert#crisis', rule: 'self_harm' })] },
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
    expect(sent.filter((s) => s.includes('CRISIS'))).toHaveLength(0);
  });

  it('counts an alert as delivered when at least one on-call number was paged, so a retry never pages twice', async () => {
    const sent: string[] = [];
    const second = { send: async (m: { to: string }) => { if (m.to === '+12025550102') throw new SendFailedError('503', true); sent.push(m.to); } };
    const lines: string[] = [];
    const result = await handleAlertStream(
      { content, sender: second, onCallNumbers: ['+12025550101', '+12025550102'], secret: SECRET, timeZone: 'America/Chicago', log: (_l, f) => lines.push(f.event) },
      { Records: [alertRecord('9')] },
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sent).toEqual(['+12025550101']);
    expect(lines).toEqual(['alert.partial']);
  });
});

describe('page text', () => {
  it('names a sign raised by a yes/no answer in plain words, never its internal id', async () => {
    const outbox = new LocalOutbox();
    await handleAlertStream({ content, sender: outbox, onCallNumbers: ['+12025550101'], secret: SECRET, timeZone: 'America/New_York', log: () => {} }, { Records: [alertRecord('5', { rule: 'ask_bladder' })] });
    const body = outbox.list()[0]?.body ?? '';
    expect(body).not.toContain('ask_bladder');
    expect(body).toContain('Said yes to new trouble peeing');
    expect(body).toMatch(/ EST, /);
  });
});
