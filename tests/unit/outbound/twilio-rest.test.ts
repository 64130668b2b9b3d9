import { createServer, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptedOutError, SendFailedError } from '../../../functions/outbound/errors.js';
import { TwilioRestSender } from '../../../functions/outbound/twilio-rest.js';
import { listenOnLoopback, type Loopback } from '../../helpers/loopback.js';

const SID = `AC${'1'.repeat(32)}`;
let listening: Loopback;
let base: string;
const seen: Array<{ url: string; auth: string; body: URLSearchParams }> = [];
let answer: { status: number; body: unknown } = { status: 201, body: { sid: 'SM1' } };

async function read(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += String(chunk);
  return data;
}

beforeAll(async () => {
  const server = createServer(async (req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', body: new URLSearchParams(await read(req)) });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  listening = await listenOnLoopback(server);
  base = listening.url;
});
afterAll(() => listening.close());

describe('TwilioRestSender (against a local stand-in for the Messages API)', () => {
  it('POSTs To, Body and From with basic auth to the account Messages resource', async () => {
    answer = { status: 201, body: { sid: 'SM1' } };
    await new TwilioRestSender({ accountSid: SID, authToken: 'tok', from: '+15005550006', apiBase: base }).send({ to: '+15551230000', body: 'hi there', kind: 'tip' });
    const last = seen.at(-1)!;
    expect(last.url).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(last.auth).toBe(`Basic ${Buffer.from(`${SID}:tok`).toString('base64')}`);
    expect(Object.fromEntries(last.body)).toEqual({ To: '+15551230000', Body: 'hi there', From: '+15005550006' });
  });

  it('uses MessagingServiceSid when sending from a messaging service', async () => {
    await new TwilioRestSender({ accountSid: SID, authToken: 'tok', from: `MG${'2'.repeat(32)}`, apiBase: base }).send({ to: '+15551230000', body: 'x', kind: 'tip' });
    expect(seen.at(-1)!.body.get('MessagingServiceSid')).toBe(`MG${'2'.repeat(32)}`);
  });

  it('turns error 21610 into OptedOutError, 5xx and 429 into retryable failures, 400 into a final one', async () => {
    const sender = new TwilioRestSender({ accountSid: SID, authToken: 'tok', from: '+15005550006', apiBase: base });
    const msg = { to: '+15551230000', body: 'x', kind: 'tip' as const };
    answer = { status: 400, body: { code: 21610, message: 'unsubscribed' } };
    await expect(sender.send(msg)).rejects.toBeInstanceOf(OptedOutError);
    answer = { status: 503, body: {} };
    await expect(sender.send(msg)).rejects.toMatchObject({ name: 'SendFailedError', retryable: true });
    answer = { status: 429, body: { code: 20429 } };
    await expect(sender.send(msg)).rejects.toMatchObject({ retryable: true });
    answer = { status: 400, body: { code: 21211 } };
    const final = await sender.send(msg).catch((e: unknown) => e);
    expect(final).toBeInstanceOf(SendFailedError);
    expect((final as SendFailedError).retryable).toBe(false);
  });

  it('fails retryably when Twilio cannot be reached', async () => {
    const sender = new TwilioRestSender({ accountSid: SID, authToken: 'tok', from: '+15005550006', apiBase: 'http://127.0.0.1:9', timeoutMs: 1000 });
    await expect(sender.send({ to: '+15551230000', body: 'x', kind: 'alert' })).rejects.toMatchObject({ retryable: true });
  });
});

describe('TwilioRestSender timeouts', () => {
  it('does not retry a send that timed out, since Twilio may already have accepted it', async () => {
    const silent = await listenOnLoopback(createServer(() => {}));
    try {
      const sender = new TwilioRestSender({ accountSid: SID, authToken: 'tok', from: '+15005550006', apiBase: silent.url, timeoutMs: 300 });
      await expect(sender.send({ to: '+15551230000', body: 'x', kind: 'tip' })).rejects.toMatchObject({ name: 'SendFailedError', retryable: false });
    } finally {
      await silent.close();
    }
  });
});
