import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { smsParams } from '../../dev/signed-post.js';
import type { HttpEvent } from '../../functions/twilio/http.js';

export const TEST_TOKEN = 'test-auth-token';
export const TEST_BASE = 'https://hooks.example.org';

interface EventOptions {
  path?: string;
  query?: string;
  token?: string;
  base?: string;
  base64?: boolean;
  method?: string;
  contentType?: string;
  /** Replaces the signature Twilio would send; null leaves the header out. */
  signature?: string | null;
  /** Sent body instead of the encoded params (the signature still covers `params`). */
  rawBody?: string;
}

/** An API Gateway v2 event carrying `params` exactly as Twilio would send them, signed with the test token. */
export function twilioEvent(params: Record<string, string>, options: EventOptions = {}): HttpEvent {
  const path = options.path ?? '/twilio/sms';
  const query = options.query ?? '';
  const url = `${options.base ?? TEST_BASE}${path}${query ? `?${query}` : ''}`;
  const signature = options.signature === undefined ? getExpectedTwilioSignature(options.token ?? TEST_TOKEN, url, params) : options.signature;
  const body = options.rawBody ?? new URLSearchParams(params).toString();
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8', 'user-agent': 'TwilioProxy/1.1' };
  if (signature !== null) headers['x-twilio-signature'] = signature;
  return {
    rawPath: path,
    rawQueryString: query,
    headers,
    body: options.base64 === false ? body : Buffer.from(body, 'utf8').toString('base64'),
    isBase64Encoded: options.base64 !== false,
    requestContext: { http: { method: options.method ?? 'POST' } },
  };
}

let counter = 0;
/** Twilio-shaped inbound SMS parameters from a New York number, with a unique (or the given) MessageSid. */
export function sms(from: string, body: string, sid?: string): Record<string, string> {
  counter += 1;
  return smsParams(from, body, { ToState: 'NY', FromState: 'NY' }, sid ?? `SM${String(counter).padStart(32, '0')}`);
}
