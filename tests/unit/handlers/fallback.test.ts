import { describe, expect, it } from 'vitest';
import { handler } from '../../../functions/handlers/fallback.js';
import { messagesOf, parseVoice } from '../../../dev/twiml.js';

describe('fallback handler (Twilio fallback URLs)', () => {
  it('answers SMS with the apology and the emergency line in both languages', async () => {
    const res = await handler({ rawPath: '/twilio/fallback/sms' });
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'text/xml; charset=utf-8']);
    const texts = messagesOf(res.body);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('call 911');
    expect(texts[1]).toContain('llame al 911');
  });

  it('answers a call with spoken advice in valid voices, then hangs up', async () => {
    const turn = parseVoice((await handler({ rawPath: '/twilio/fallback/voice' })).body);
    expect(turn.next).toBe('hangup');
    expect(turn.says.map((s) => [s.voice, s.language])).toEqual([['Polly.Joanna-Neural', 'en-US'], ['Polly.Lupe-Neural', 'es-US']]);
    expect(turn.says[0]?.text).toContain('911');
  });
});
