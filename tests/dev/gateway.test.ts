import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { toGatewayEvent } from '../../dev/gateway.js';

function request(url: string, body = ''): IncomingMessage {
  return Object.assign(Readable.from(body ? [Buffer.from(body)] : []), { url, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }) as unknown as IncomingMessage;
}

describe('toGatewayEvent', () => {
  it('keeps the raw query exactly as received, a second ? included, so all of it is under the signature', async () => {
    const event = await toGatewayEvent(request('/twilio/voice/input?n=3?x=evil&y=1'));
    expect(event).not.toBe('too-large');
    if (event === 'too-large') return;
    expect(event.rawPath).toBe('/twilio/voice/input');
    expect(event.rawQueryString).toBe('n=3?x=evil&y=1');
    expect((await toGatewayEvent(request('/twilio/sms')) as { rawQueryString: string }).rawQueryString).toBe('');
  });

  it('passes the body base64-encoded, as API Gateway does for forms', async () => {
    const event = await toGatewayEvent(request('/twilio/sms', 'Body=hi&From=%2B1555'));
    if (event === 'too-large') throw new Error('too large');
    expect(Buffer.from(event.body ?? '', 'base64').toString()).toBe('Body=hi&From=%2B1555');
    expect(event.isBase64Encoded).toBe(true);
  });
});
