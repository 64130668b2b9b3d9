import { describe, expect, it } from 'vitest';
import { messageSid, twilioSid } from '../../bench/events.js';
import { CALL_SID, MESSAGE_SID } from '../../functions/twilio/sids.js';

describe('the benchmark\'s Twilio-shaped events', () => {
  it('carry SIDs the webhooks accept, distinct per run, contact and turn', () => {
    const sids = ['w', 'load-1', 'c32'].flatMap((run) => [0, 1, 999].flatMap((i) => [0, 9].map((t) => messageSid(run, i, t))));
    for (const sid of sids) expect(sid).toMatch(MESSAGE_SID);
    expect(new Set(sids).size).toBe(sids.length);
    expect(twilioSid('CA', 'run', 3)).toMatch(CALL_SID);
  });
});
