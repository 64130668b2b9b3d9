import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { handleSmsWebhook } from '../functions/app/sms-webhook.js';
import { handleVoiceWebhook } from '../functions/app/voice-webhook.js';
import { messagesOf, parseVoice } from '../dev/twiml.js';
import type { HttpResponse } from '../functions/twilio/http.js';
import type { BenchEnv } from './env.js';
import { messageSid, phoneOf, signedEvent, smsParams, twilioSid, voiceParams } from './events.js';
import { tenTurnScript, VOICE_PRESSES } from './scripts.js';
import { distribution, pool, type Distribution } from './stats.js';
import { ROUTES } from '../functions/core/routes.js';

/** Latency of one series and how fast it went. */
export interface Series {
  concurrency: number;
  latency: Distribution;
  /** Turns (or pairs) completed per second of wall time. */
  throughput: number;
}

/** A ten-turn SMS conversation as measured: handler times and the texts it answered. */
export interface Conversation {
  ms: number[];
  replies: string[][];
}

function check(res: HttpResponse): void {
  if (res.statusCode !== 200 || !res.headers['content-type']?.startsWith('text/xml')) throw new Error(`handler answered ${res.statusCode}: ${res.body}`);
}

/** Runs contact `i`'s ten texts through handleSmsWebhook one after another, timing each call (the event is signed before the clock starts). */
export async function smsConversation(env: BenchEnv, run: string, i: number, block: number): Promise<Conversation> {
  const script = tenTurnScript(env.content, i);
  const from = phoneOf(i, block);
  const out: Conversation = { ms: [], replies: [] };
  for (const [t, body] of script.bodies.entries()) {
    const event = signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, ROUTES.sms, smsParams(from, body, messageSid(run, i, t)));
    const started = performance.now();
    const res = await handleSmsWebhook(env.deps, event);
    out.ms.push(performance.now() - started);
    check(res);
    out.replies.push(messagesOf(res.body));
  }
  return out;
}

/** One ten-turn call (start + nine keypad answers) through handleVoiceWebhook, following each Gather action as Twilio does. */
export async function voiceCall(env: BenchEnv, run: string, i: number, block: number): Promise<{ ms: number[]; spoken: string[][] }> {
  const from = phoneOf(i, block);
  const callSid = twilioSid('CA', run, i);
  const ms: number[] = [];
  const spoken: string[][] = [];
  let next: string = ROUTES.voice;
  for (const press of [undefined, ...VOICE_PRESSES]) {
    const event = signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, next, voiceParams(callSid, from, press ? { Digits: press } : {}));
    const started = performance.now();
    const res = await handleVoiceWebhook(env.deps, event);
    ms.push(performance.now() - started);
    check(res);
    const turn = parseVoice(res.body);
    spoken.push(turn.says.map((s) => s.text));
    if (!turn.action) throw new Error('the call stopped listening before the script ended');
    const url = new URL(turn.action);
    next = `${url.pathname}${url.search}`;
  }
  return { ms, spoken };
}

/** `contacts` conversations with `concurrency` different contacts in flight; every turn's handler time. */
export async function measureConversations<T extends { ms: number[] }>(
  contacts: number,
  concurrency: number,
  one: (i: number) => Promise<T>,
): Promise<{ series: Series; results: T[] }> {
  const results: T[] = [];
  const started = performance.now();
  await pool(Array.from({ length: contacts }, (_, i) => i), concurrency, async (i) => void results.push(await one(i)));
  const wall = (performance.now() - started) / 1000;
  const samples = results.flatMap((r) => r.ms);
  return { series: { concurrency, latency: distribution(samples), throughput: samples.length / wall }, results };
}

/**
 * The floor: what one turn's storage costs without Backline's code. A consistent GetItem and a conditional
 * UpdateItem on a version, carrying a real conversation item's attributes, per simulated contact.
 */
export async function rawPairs(env: BenchEnv, sample: Record<string, unknown>, contacts: number, concurrency: number, perContact = 10, run = ''): Promise<Series> {
  const table = env.config.TABLE_NAME;
  const { state, recent } = sample;
  const keys = Array.from({ length: contacts }, (_, i) => ({ pk: `raw#${run}${concurrency}#${i}`, sk: 'state' }));
  await pool(keys, 16, async (Key) => void (await env.client.send(new PutCommand({ TableName: table, Item: { ...Key, v: 0, state, recent } }))));
  const samples: number[] = [];
  const started = performance.now();
  await pool(keys, concurrency, async (Key) => {
    for (let t = 0; t < perContact; t++) {
      const begun = performance.now();
      const got = await env.client.send(new GetCommand({ TableName: table, Key, ConsistentRead: true }));
      const v = Number(got.Item?.v ?? 0);
      await env.client.send(
        new UpdateCommand({
          TableName: table, Key, UpdateExpression: 'SET v = :next, #s = :s, recent = :r', ConditionExpression: 'v = :v',
          ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':v': v, ':next': v + 1, ':s': state, ':r': recent },
        }),
      );
      samples.push(performance.now() - begun);
    }
  });
  const wall = (performance.now() - started) / 1000;
  return { concurrency, latency: distribution(samples), throughput: samples.length / wall };
}

/** `rounds` bursts of `burst` different texts from one number at once: how optimistic locking behaves under contention. */
export async function sameContact(env: BenchEnv, run: string, burst: number, rounds: number): Promise<{ latency: Distribution; meanAttempts: number; maxAttempts: number }> {
  const samples: number[] = [];
  const before = env.logs.length;
  for (let r = 0; r < rounds; r++) {
    const from = phoneOf(r, 9);
    const events = Array.from({ length: burst }, (_, k) =>
      signedEvent(env.config.PUBLIC_BASE_URL, env.config.TWILIO_AUTH_TOKEN, ROUTES.sms, smsParams(from, k % 2 ? 'MORE' : 'MENU', messageSid(run, r, k))),
    );
    await Promise.all(
      events.map(async (event) => {
        const started = performance.now();
        check(await handleSmsWebhook(env.deps, event));
        samples.push(performance.now() - started);
      }),
    );
  }
  const attempts = env.logs.slice(before).flatMap((l) => (l.event === 'sms.turn' && l.attempts !== undefined ? [l.attempts] : []));
  return { latency: distribution(samples), meanAttempts: attempts.reduce((a, b) => a + b, 0) / Math.max(1, attempts.length), maxAttempts: Math.max(0, ...attempts) };
}
