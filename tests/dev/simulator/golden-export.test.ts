import { describe, expect, it } from 'vitest';
import { goldenExport } from '../../../dev/simulator/golden-export.js';
import { SimContacts } from '../../../dev/simulator/sim-contacts.js';
import { parseScript, replayScript } from '../../helpers/golden.js';
import { FIXTURE_CONTENT_DIR, fixtureContent } from '../../helpers/content.js';
import { smsStep } from '../../../functions/engine/sms.js';

describe('goldenExport', () => {
  it('refuses an empty thread and one that did not start from a new conversation, saying what to do', () => {
    const contacts = new SimContacts('CA');
    expect(goldenExport('+15550100001', contacts.of('+15550100001'), FIXTURE_CONTENT_DIR)).toEqual({ problem: expect.stringContaining('text the hotline') });
    const late = contacts.of('+15550100002');
    late.fresh = false;
    late.steps.push({ send: 'MENU', at: '2026-03-08T09:00:00.000Z', timeZone: 'America/New_York', replies: [], intents: [], lang: 'en', topic: null });
    expect(goldenExport('+15550100002', late, FIXTURE_CONTENT_DIR)).toEqual({ problem: expect.stringContaining('reset the contact') });
  });

  it('writes the golden format, naming its content, that replays', () => {
    const contacts = new SimContacts('CA');
    const phone = contacts.of('+15550100003');
    const send = 'i cant feel anything when i wipe';
    const at = '2026-03-08T09:00:00.000Z';
    const result = smsStep(fixtureContent, undefined, { channel: 'sms', at: Date.parse(at), text: send, timeZone: 'America/Los_Angeles' });
    phone.steps.push({ send, at, timeZone: 'America/Los_Angeles', replies: result.replies.map((r) => r.text), intents: ['escalate emergency'], lang: 'en', topic: null });
    const exported = goldenExport('+15550100003', phone, FIXTURE_CONTENT_DIR);
    if (!('yaml' in exported)) throw new Error(exported.problem);
    expect(exported.fileName).toBe('simulator-15550100003.yaml');
    const script = parseScript(exported.yaml);
    expect(script.content).toBe('tests/fixtures/content');
    expect(script.steps[0]).toMatchObject({ send: 'i cant feel anything when i wipe', intents: ['escalate emergency'], topic: null, lang: 'en' });
    expect(() => replayScript('export', script)).not.toThrow();
    phone.steps[0]!.replies = ['Backline: something else'];
    const wrong = goldenExport('+15550100003', phone, FIXTURE_CONTENT_DIR);
    expect(() => replayScript('wrong export', parseScript('yaml' in wrong ? wrong.yaml : ''))).toThrow();
  });
});
