import { createHash } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import type { HttpEvent } from '../functions/twilio/http.js';

/** An API Gateway v2 event (base64 form body) signed as Twilio signs it, for `path?query` under `base`. */
export function signedEvent(base: string, token: string, pathAndQuery: string, params: Record<string, string>): HttpEvent {
  const [path = '/', query = ''] = pathAndQuery.split('?');
  const signature = getExpectedTwilioSignature(token, `${base}${pathAndQuery}`, params);
  return {
    rawPath: path,
    rawQueryString: query,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', 'x-twilio-signature': signature, 'user-agent': 'TwilioProxy/1.1' },
    body: Buffer.from(new URLSearchParams(params).toString(), 'utf8').toString('base64'),
    isBase64Encoded: true,
    requestContext: { http: { method: 'POST' } },
  };
}

/** A fictional US number (555 exchange) for simulated contact `i`. */
export function phoneOf(i: number, block = 0): string {
  return `+1555${String(block * 1_000_000 + i).padStart(7, '0')}`;
}

/** A Twilio-format SID (`prefix` + 32 lowercase hex digits) unique to its parts. */
export function twilioSid(prefix: 'SM' | 'CA', ...parts: Array<string | number>): string {
  return prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 32);
}

/** A MessageSid unique to contact `i`, turn `t` of run `run`. */
export function messageSid(run: string, i: number, t: number): string {
  return twilioSid('SM', run, i, t);
}

/** Twilio-shaped inbound SMS parameters. */
export function smsParams(from: string, body: string, sid: string): Record<string, string> {
  return {
    ToCountry: 'US', ToState: 'NY', SmsMessageSid: sid, NumMedia: '0', ToCity: '', FromZip: '', SmsSid: sid, FromState: 'NY',
    SmsStatus: 'received', FromCity: '', Body: body, FromCountry: 'US', To: '+15005550006', ToZip: '', NumSegments: '1',
    MessageSid: sid, AccountSid: 'AC11111111111111111111111111111111', From: from, ApiVersion: '2010-04-01',
  };
}

/** Twilio-shaped voice webhook parameters for one call. */
export function voiceParams(callSid: string, from: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AccountSid: 'AC11111111111111111111111111111111', ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'in-progress',
    Called: '+15005550006', Caller: from, Direction: 'inbound', From: from, To: '+15005550006', FromState: 'NY', ...extra,
  };
}
