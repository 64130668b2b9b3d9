import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AppDeps } from '../../functions/app/deps.js';
import { errorResponse, type HttpEvent, type HttpResponse } from '../../functions/twilio/http.js';
import { KNOWN_STATES, zoneFor } from '../../functions/tip-delivery/time-zones.js';
import { jsonResponse, type Route } from '../http-server.js';
import type { LocalLadderTimer } from '../local-ladder-timer.js';
import type { LocalOutbox } from '../local-outbox.js';
import { signedPost, voiceParams } from '../signed-post.js';
import { parseVoice } from '../twiml.js';
import { ROUTES } from '../../functions/core/routes.js';
import { CALL_SID } from '../../functions/twilio/sids.js';
import { contactKey } from '../../functions/privacy/contact-key.js';
import { contactRoutes } from './contact-routes.js';
import { escalationLines } from './escalation-words.js';
import { explainTriage } from './explain-triage.js';
import type { SimContacts } from './sim-contacts.js';
import { simulateSms, type SimulatorTarget } from './sim-sms.js';
import type { TwilioOptOuts } from './twilio-opt-outs.js';
import { whyReply } from './why-reply.js';

export type { SimulatorTarget } from './sim-sms.js';

const PUBLIC_DIR = join(import.meta.dirname, 'public');
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/simulator.js': { file: 'simulator.js', type: 'text/javascript; charset=utf-8' },
  '/contact-panel.js': { file: 'contact-panel.js', type: 'text/javascript; charset=utf-8' },
  '/simulator.css': { file: 'simulator.css', type: 'text/css; charset=utf-8' },
};

const SmsRequest = z.object({
  from: z.string().check(z.minLength(1)),
  body: z.string(),
  fromState: z.optional(z.enum(KNOWN_STATES as [string, ...string[]])),
});
const VoiceRequest = z.object({
  from: z.string().check(z.minLength(1)),
  callSid: z.string().check(z.regex(CALL_SID)),
  action: z.optional(z.string().check(z.startsWith(ROUTES.voice))),
  digits: z.optional(z.string().check(z.maxLength(10))),
  speech: z.optional(z.string().check(z.maxLength(500))),
});

/** Everything the simulator's routes read: the webhook target, the hotline's deps and table, and the local stand-ins. */
export interface SimulatorDeps {
  target: SimulatorTarget;
  deps: AppDeps;
  table: DynamoDBDocumentClient;
  outbox: LocalOutbox;
  ladder: LocalLadderTimer;
  contacts: SimContacts;
  optOuts: TwilioOptOuts;
}

/**
 * The phone simulator: its page; endpoints that send signed Twilio-shaped requests to the real webhooks over HTTP
 * and record what happened; its setup (on-call phones, US states); escalations in words; the per-contact routes.
 */
export function simulatorRoutes(sim: SimulatorDeps): Record<string, Route> {
  const statics = Object.fromEntries(Object.entries(STATIC).map(([path, { file, type }]) => [path, staticFile(file, type)]));
  const { config } = sim.deps;
  return {
    ...statics,
    '/_local/sim/sms': (event) => sendSms(sim, event),
    '/_local/sim/voice': (event) => sendVoice(sim, event),
    '/_local/sim/setup': async () => jsonResponse({
      onCall: config.ON_CALL_NUMBERS,
      ackMinutes: config.ALERT_ACK_MINUTES,
      onCallTimeZone: config.ON_CALL_TIME_ZONE,
      states: KNOWN_STATES.map((code) => ({ code, timeZone: zoneFor(code) })),
    }),
    '/_local/sim/escalations': async () => jsonResponse(await escalationLines(sim.table, config, sim.deps.content, sim.contacts.known(), sim.ladder.pending())),
    ...contactRoutes(sim),
  };
}

function staticFile(file: string, type: string): Route {
  return async () => ({ statusCode: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: readFileSync(join(PUBLIC_DIR, file), 'utf8') });
}

function jsonBody<T>(event: HttpEvent, schema: z.ZodMiniType<T>): T | HttpResponse {
  if (event.requestContext.http.method !== 'POST') return errorResponse(400, 'only POST is accepted');
  try {
    const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : errorResponse(400, parsed.error.issues[0]?.message ?? 'bad request');
  } catch {
    return errorResponse(400, 'body must be JSON');
  }
}

async function sendSms(sim: SimulatorDeps, event: HttpEvent): Promise<HttpResponse> {
  const input = jsonBody(event, SmsRequest);
  if ('statusCode' in input) return input;
  return jsonResponse(await simulateSms(sim, input.from, input.body, input.fromState));
}

async function sendVoice(sim: SimulatorDeps, event: HttpEvent): Promise<HttpResponse> {
  const input = jsonBody(event, VoiceRequest);
  if ('statusCode' in input) return input;
  const { target, deps } = sim;
  const memory = sim.contacts.of(input.from);
  memory.callSid = input.callSid;
  const callKey = contactKey(deps.config.PHONE_HASH_KEY, `call:${input.callSid}`);
  const before = await deps.store.load(callKey, deps.now());
  const params = voiceParams(input.callSid, input.from, {
    ...(input.digits !== undefined ? { Digits: input.digits } : {}),
    ...(input.speech !== undefined ? { SpeechResult: input.speech } : {}),
  });
  const res = await signedPost(target.url, input.action ?? ROUTES.voice, params, target.authToken, target.publicBaseUrl);
  if (res.status !== 200) return jsonResponse({ status: res.status, error: res.body.trim() });
  const turn = parseVoice(res.body);
  const after = await deps.store.load(callKey, deps.now());
  const n = input.action ? new URLSearchParams(input.action.split('?')[1] ?? '').get('n') : 'start';
  const latest = after.recent.find((r) => r.id === `${input.callSid}:${n ?? 'input'}`);
  if (input.speech !== undefined || input.digits !== undefined) {
    memory.why = whyReply(deps.content.triage, {
      input: input.speech ?? `pressed ${input.digits}`, channel: 'voice',
      ...(input.speech ? { explanation: explainTriage(deps.content.triage, input.speech, true) } : {}),
      ...(before.state?.pending ? { pendingBefore: before.state.pending } : {}),
      escalations: latest?.escalations ?? [],
      replies: turn.says.map((s) => s.text), lang: after.state?.lang ?? 'en',
    });
  }
  const action = turn.action ? new URL(turn.action, target.publicBaseUrl) : undefined;
  return jsonResponse({ status: res.status, ...turn, action: action ? `${action.pathname}${action.search}` : undefined });
}
