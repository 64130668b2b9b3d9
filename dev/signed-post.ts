import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

/** A webhook answer as Twilio would receive it. */
export interface PostResult {
  status: number;
  contentType: string;
  body: string;
}

/** POSTs form parameters to a Backline webhook exactly as Twilio does: form-encoded, signed over the public URL with the auth token; `signal` can cut it short. */
export async function signedPost(
  serverUrl: string,
  path: string,
  params: Readonly<Record<string, string>>,
  authToken: string,
  publicBaseUrl: string = serverUrl,
  signal?: AbortSignal,
): Promise<PostResult> {
  const signature = getExpectedTwilioSignature(authToken, `${publicBaseUrl}${path}`, params);
  const response = await fetch(`${serverUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'user-agent': 'TwilioProxy/1.1' },
    body: new URLSearchParams(params).toString(),
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

let sequence = 0;
/** Inbound-SMS parameters shaped like Twilio's (blank values included), with a fresh MessageSid unless `sid` is given. */
export function smsParams(from: string, body: string, extra: Readonly<Record<string, string>> = {}, sid: string = freshSid()): Record<string, string> {
  return {
    ToCountry: 'US', ToState: 'CA', SmsMessageSid: sid, NumMedia: '0', ToCity: '', FromZip: '', SmsSid: sid,
    FromState: 'CA', SmsStatus: 'received', FromCity: '', Body: body, FromCountry: 'US', To: '+15005550006',
    ToZip: '', NumSegments: '1', MessageSid: sid, AccountSid: 'AC00000000000000000000000000000000', From: from, ApiVersion: '2010-04-01',
    ...extra,
  };
}

function freshSid(): string {
  sequence += 1;
  return `SM${Date.now().toString(16)}${sequence.toString(16).padStart(8, '0')}`.padEnd(34, '0').slice(0, 34).toLowerCase().replace(/^sm/, 'SM');
}

/** Voice-webhook parameters shaped like Twilio's, for the first request of a call or a Gather answer (`extra`: Digits, SpeechResult). */
export function voiceParams(callSid: string, from: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    AccountSid: 'AC00000000000000000000000000000000', ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'in-progress',
    Called: '+15005550006', Caller: from, Direction: 'inbound', From: from, To: '+15005550006', ...extra,
  };
}
