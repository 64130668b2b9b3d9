import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { buildDeps, type AppDeps } from '../../functions/app/deps.js';
import { DEV_PHONE_HASH_KEY, parseConfig } from '../../functions/app/config.js';
import { handleSmsWebhook } from '../../functions/app/sms-webhook.js';
import { handleVoiceWebhook } from '../../functions/app/voice-webhook.js';
import type { Hotline } from '../../dev/hotline.js';
import { messagesOf, parseVoice } from '../../dev/twiml.js';
import { LocalOutbox } from '../../dev/local-outbox.js';
import type { HttpEvent } from '../../functions/twilio/http.js';
import { fixtureContent, FIXTURE_CONTENT_DIR } from '../helpers/content.js';
import { sms, TEST_BASE, TEST_TOKEN, twilioEvent } from '../helpers/events.js';
import { startTestHotline } from '../helpers/hotline.js';
import { MemoryEscalations, MemoryStore } from '../property/memory.js';

const INJECTIONS = [
  '</Message><Redirect>https://evil.example/x</Redirect><Message>',
  '<?xml version="1.0"?><Response><Dial>+19005550100</Dial></Response>',
  ']]><Play>https://evil.example/a.mp3</Play>',
  '&lt;Say&gt;evil&lt;/Say&gt; & <!-- evil --> <![CDATA[evil]]>',
  '<Hangup/>\u0000\u0007\u001b\uFFFE evil',
];

let deps: AppDeps;
beforeAll(() => {
  const config = parseConfig({ TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: TEST_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, CONTENT_DIR: FIXTURE_CONTENT_DIR });
  deps = buildDeps(config, fixtureContent, { store: new MemoryStore(), escalations: new MemoryEscalations(), sender: new LocalOutbox(), log: () => {} });
});

/** Element names anywhere in a TwiML document. */
function elements(xml: string): string[] {
  return [...xml.matchAll(/<([A-Za-z][\w-]*)/g)].map((m) => m[1] ?? '');
}

describe('markup in Body or SpeechResult', () => {
  it.each(INJECTIONS)('SMS %#: valid messaging TwiML that never echoes the markup', async (body) => {
    const res = await handleSmsWebhook(deps, twilioEvent(sms('+15552220001', body)));
    expect(res.statusCode).toBe(200);
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect(new Set(elements(res.body))).toEqual(new Set(['Response', 'Message']));
    expect(res.body).not.toMatch(/evil|Redirect|Dial|Play|Hangup/);
    expect(messagesOf(res.body).length).toBeGreaterThan(0);
  });

  it.each(INJECTIONS)('voice %#: valid voice TwiML that never echoes the markup', async (speech) => {
    const call = { CallSid: 'CA00000000000000000000000000000077', From: '+15552220002', To: '+15005550006', AccountSid: 'AC11111111111111111111111111111111' };
    const start = await handleVoiceWebhook(deps, twilioEvent(call, { path: '/twilio/voice' }));
    const action = new URL(parseVoice(start.body).action ?? '');
    const res = await handleVoiceWebhook(deps, twilioEvent({ ...call, SpeechResult: speech }, { path: action.pathname, query: action.search.slice(1) }));
    expect(res.statusCode).toBe(200);
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect(elements(res.body).every((e) => ['Response', 'Gather', 'Say', 'Hangup', 'Dial'].includes(e))).toBe(true);
    expect(res.body).not.toMatch(/evil|Redirect|Play/);
    expect(parseVoice(res.body).says.length).toBeGreaterThan(0);
  });
});

describe('bodies Twilio would never send', () => {
  const post = (event: Partial<HttpEvent>) => handleSmsWebhook(deps, { ...twilioEvent(sms('+15552220003', 'hi')), ...event });

  it('answers 413 to a body over 64 KB, before checking anything else', async () => {
    const huge = sms('+15552220003', 'x'.repeat(70_000));
    const res = await handleSmsWebhook(deps, twilioEvent(huge));
    expect([res.statusCode, res.body.trim()]).toEqual([413, 'body too large']);
  });

  it('answers a clear 4xx, never a 5xx or a stack trace, to malformed bodies', async () => {
    const cases: Array<Partial<HttpEvent>> = [
      { body: 'not base64 at all %%%', isBase64Encoded: true },
      { body: Buffer.from('{"Body":"hi"}').toString('base64') },
      { body: Buffer.from([0xff, 0xfe, 0x00, 0x3d, 0x26, 0x26]).toString('base64') },
      { body: undefined },
      { headers: { 'content-type': 'application/json', 'x-twilio-signature': 'x' } },
      { requestContext: { http: { method: 'GET' } } },
      { rawPath: 42 as unknown as string },
    ];
    for (const event of cases) {
      const res = await post(event);
      expect(res.statusCode, JSON.stringify(event)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(event)).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body).not.toMatch(/at .*\.ts|Error:/);
    }
  });

  it('answers 400 when a parameter Backline reads is repeated', async () => {
    const params = sms('+15552220004', 'hi');
    const raw = `${new URLSearchParams(params).toString()}&Body=again`;
    const signature = getExpectedTwilioSignature(TEST_TOKEN, `${TEST_BASE}/twilio/sms`, { ...params, Body: ['hi', 'again'] } as unknown as Record<string, string>);
    const res = await handleSmsWebhook(deps, twilioEvent(params, { rawBody: raw, signature }));
    expect([res.statusCode, res.body.trim()]).toEqual([400, 'Body must be one value']);
  });

  it('treats invalid UTF-8 in Body (percent-encoded or raw bytes) as replacement characters and still answers valid TwiML', async () => {
    const params = sms('+15552220005', '\uFFFD menu');
    const encoded = new URLSearchParams(params).toString();
    const [before = '', after = ''] = encoded.split('%EF%BF%BD');
    for (const bytes of [Buffer.from(`${before}%FF${after}`, 'latin1'), Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)])]) {
      const res = await handleSmsWebhook(deps, { ...twilioEvent(params), body: bytes.toString('base64') });
      expect(res.statusCode).toBe(200);
      expect(XMLValidator.validate(res.body)).toBe(true);
      expect(messagesOf(res.body).length).toBeGreaterThan(0);
    }
  });
});

describe('bodies over the local server limit', () => {
  let hotline: Hotline;
  beforeAll(async () => {
    hotline = await startTestHotline({ overrides: { log: () => {} } });
  });
  afterAll(() => hotline.close());

  it('refuses a 2 MB body with 413 without buffering it all', async () => {
    const res = await fetch(`${hotline.url}/twilio/sms`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `Body=${'a'.repeat(2 * 1024 * 1024)}` });
    expect(res.status).toBe(413);
  });
});

describe('forged and replayed parameter lists', () => {
  it('refuses a re-split parameter list (a key name moved into the previous value keeps the signature valid) with a 400', async () => {
    const honest = sms('+15550001234', 'yes', `SM${'a'.repeat(32)}`);
    // Twilio signs the sorted concatenation of keys and values: "MessageSid" + "SMaaa..." + "MessagingServiceSid" + "MG..." equals
    // "MessageSid" + "SMaaa...MessagingServiceSidMG..." with the second key removed.
    const forged: Record<string, string> = { ...honest, MessagingServiceSid: `MG${'b'.repeat(32)}` };
    const resplit: Record<string, string> = { ...forged, MessageSid: `${forged.MessageSid}MessagingServiceSid${forged.MessagingServiceSid}` };
    delete resplit.MessagingServiceSid;
    const signature = getExpectedTwilioSignature(TEST_TOKEN, `${TEST_BASE}/twilio/sms`, forged);
    expect(getExpectedTwilioSignature(TEST_TOKEN, `${TEST_BASE}/twilio/sms`, resplit)).toBe(signature);
    const res = await handleSmsWebhook(deps, twilioEvent(resplit, { signature }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/MessageSid/);
  });

  it('refuses a CallSid that is not a Twilio call SID with a 400', async () => {
    const res = await handleVoiceWebhook(deps, twilioEvent({ CallSid: 'CA-not-a-sid', From: '+15550001234', AccountSid: `AC${'0'.repeat(32)}` }, { path: '/twilio/voice' }));
    expect(res.statusCode).toBe(400);
  });

  it('answers 403 to a signed request for another Twilio account when TWILIO_ACCOUNT_SID is set', async () => {
    const config = parseConfig({ TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: TEST_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` });
    const mine = buildDeps(config, fixtureContent, { store: new MemoryStore(), escalations: new MemoryEscalations(), sender: new LocalOutbox(), log: () => {} });
    const theirs = { ...sms('+15550001234', 'menu'), AccountSid: `AC${'2'.repeat(32)}` };
    expect((await handleSmsWebhook(mine, twilioEvent(theirs))).statusCode).toBe(403);
    const ours = { ...sms('+15550001234', 'menu'), AccountSid: `AC${'1'.repeat(32)}` };
    expect((await handleSmsWebhook(mine, twilioEvent(ours))).statusCode).toBe(200);
  });

  it('answers 403 to a signed request addressed To another number when HOTLINE_NUMBERS is set, on both channels', async () => {
    const config = parseConfig({ TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: TEST_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, HOTLINE_NUMBERS: '+15550009999, +15550008888' });
    const mine = buildDeps(config, fixtureContent, { store: new MemoryStore(), escalations: new MemoryEscalations(), sender: new LocalOutbox(), log: () => {} });
    const text = (to: string | undefined) => {
      const params = sms('+15550001234', 'menu');
      if (to === undefined) delete params.To;
      else params.To = to;
      return twilioEvent(params);
    };
    expect((await handleSmsWebhook(mine, text('+15550007777'))).statusCode).toBe(403);
    expect((await handleSmsWebhook(mine, text(undefined))).statusCode).toBe(403);
    expect((await handleSmsWebhook(mine, text('+15550008888'))).statusCode).toBe(200);
    const call = (to: string) => twilioEvent({ CallSid: `CA${'a'.repeat(32)}`, From: '+15550001234', To: to }, { path: '/twilio/voice' });
    expect((await handleVoiceWebhook(mine, call('+15550007777'))).statusCode).toBe(403);
    expect((await handleVoiceWebhook(mine, call('+15550009999'))).statusCode).toBe(200);
  });
});
