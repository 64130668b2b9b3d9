import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleSmsWebhook } from '../functions/app/sms-webhook.js';
import { ladderDeps } from '../functions/app/ladder-deps.js';
import { continueLadder, startPage } from '../functions/escalation/ladder.js';
import { InlineAlerting } from '../functions/escalation/inline-alerting.js';
import { TwilioRestSender } from '../functions/outbound/twilio-rest.js';
import { DynamoPageBook } from '../functions/store/dynamo-page-book.js';
import type { PendingAlert } from '../functions/store/escalation-log.js';
import { ROUTES } from '../functions/core/routes.js';
import { LocalLadderTimer } from '../dev/local-ladder-timer.js';
import type { BenchEnv } from './env.js';
import { messageSid, phoneOf, signedEvent, smsParams } from './events.js';
import { distribution, type Distribution } from './stats.js';
import type { DynamoTotals } from './dynamo.js';

/** DynamoDB work of one part of an escalation, per escalation. */
export interface EscalationUnit {
  per: string;
  requests: number;
  reads: number;
  writes: number;
  readUnits: number;
  writeUnits: number;
  byOp: Record<string, number>;
}

/** What a red flag costs and how fast its page leaves. */
export interface EscalationBench {
  samples: number;
  /** The webhook turn that raised it (state, record, claim). */
  turn: EscalationUnit;
  /** The alerts function's first step (open the page, read it, record the step, point the number at it). */
  page: EscalationUnit;
  /** One later ladder step (read, record, point). */
  step: EscalationUnit;
  /** From the claim being written to Twilio's REST API receiving the page (in-process delivery, a local HTTP stand-in for Twilio). */
  claimToRest: Distribution;
}

function per(totals: DynamoTotals, n: number, what: string): EscalationUnit {
  return {
    per: what, requests: totals.calls / n, reads: totals.reads / n, writes: totals.writes / n,
    readUnits: totals.readUnits / n, writeUnits: totals.writeUnits / n,
    byOp: Object.fromEntries(Object.entries(totals.byOp).map(([op, t]) => [op, t.calls / n])),
  };
}

/** A stand-in for Twilio's Messages API that answers 201 and notes when each page arrived, by its callback number. */
async function twilioStandIn(): Promise<{ apiBase: string; arrived: Map<string, number>; close(): Promise<void> }> {
  const arrived = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const at = performance.now();
      const callback = /Call back (\+\d+)\./.exec(new URLSearchParams(body).get('Body') ?? '')?.[1];
      if (callback && !arrived.has(callback)) arrived.set(callback, at);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: `SM${'0'.repeat(32)}`, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { apiBase: `http://127.0.0.1:${port}`, arrived, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * `samples` fresh contacts each text an emergency. Counts the DynamoDB requests of the webhook turn, of the page's
 * first step and of one ladder step, and times claim -> Twilio REST with the local in-process delivery.
 */
export async function measureEscalation(env: BenchEnv, samples: number): Promise<EscalationBench> {
  const twilio = await twilioStandIn();
  const sender = new TwilioRestSender({ accountSid: `AC${'1'.repeat(32)}`, authToken: 'bench', from: '+15005550006', apiBase: twilio.apiBase, timeoutMs: 3000 });
  const pages = new DynamoPageBook(env.client, env.config.TABLE_NAME, env.config.ESCALATION_RETENTION_DAYS);
  const timer = new LocalLadderTimer();
  const ladder = ladderDeps({ ...env.deps, sender, pages }, timer);
  try {
    // The webhook turn alone (claims only: pages are started below, so their requests are counted apart).
    const claimed: PendingAlert[] = [];
    const claimsOnly = { ...env.deps, escalations: new InlineAlerting(env.deps.escalations, async (alert) => void claimed.push(alert), () => {}) };
    env.counter.reset();
    for (let i = 0; i < samples; i++) {
      const res = await handleSmsWebhook(claimsOnly, signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, ROUTES.sms, smsParams(phoneOf(i, 21), 'i cant feel anything when i wipe', messageSid('x', i, 0))));
      if (res.statusCode !== 200) throw new Error(`red flag answered ${res.statusCode}`);
    }
    const turn = per(env.counter.totals(), samples, 'red-flag SMS turn');
    await new Promise((resolve) => setImmediate(resolve));
    if (claimed.length !== samples) throw new Error(`${claimed.length} of ${samples} red flags claimed a page`);
    env.counter.reset();
    for (const alert of claimed) await startPage(ladder, alert);
    const page = per(env.counter.totals(), samples, "page's first step (alerts function)");
    const due = timer.pending();
    env.counter.reset();
    for (const d of due) await continueLadder(ladder, d.ref, d.step);
    const step = per(env.counter.totals(), due.length, 'later ladder step');

    // Claim -> REST, as `npm start` delivers it; on AWS the DynamoDB stream and Lambda's poller come between.
    const claimedAt = new Map<string, number>();
    const failures: unknown[] = [];
    const timed = {
      ...env.deps,
      escalations: new InlineAlerting(
        { record: (e, s) => env.deps.escalations.record(e, s), claimAlert: async (a, s) => { const ok = await env.deps.escalations.claimAlert(a, s); claimedAt.set(a.inputId, performance.now()); return ok; } },
        (alert) => startPage(ladder, alert),
        (error) => failures.push(error),
      ),
    };
    const phones: Array<[string, string]> = [];
    for (let i = 0; i < samples; i++) {
      const phone = phoneOf(i, 22);
      const sid = messageSid('y', i, 0);
      phones.push([phone, sid]);
      await handleSmsWebhook(timed, signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, ROUTES.sms, smsParams(phone, 'i want to end my life', sid)));
    }
    for (let wait = 0; wait < 300 && phones.some(([phone]) => !twilio.arrived.has(phone)); wait++) await new Promise((resolve) => setTimeout(resolve, 10));
    const gaps = phones.flatMap(([phone, sid]) => {
      const from = claimedAt.get(sid);
      const to = twilio.arrived.get(phone);
      return from !== undefined && to !== undefined ? [to - from] : [];
    });
    if (gaps.length !== samples) throw new Error(`${gaps.length} of ${samples} pages reached the Twilio stand-in`, { cause: failures[0] });
    return { samples, turn, page, step, claimToRest: distribution(gaps) };
  } finally {
    await twilio.close();
  }
}
