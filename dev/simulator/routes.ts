import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { inspectSms } from '../../tools/lint/sms-encoding.js';
import { errorResponse, type HttpEvent, type HttpResponse } from '../../functions/twilio/http.js';
import { jsonResponse, type Route } from '../http-server.js';
import { signedPost, smsParams, voiceParams } from '../signed-post.js';
import { messagesOf, parseVoice } from '../twiml.js';
import { ROUTES } from '../../functions/core/routes.js';
import { CALL_SID } from '../../functions/twilio/sids.js';

const PUBLIC_DIR = join(import.meta.dirname, 'public');
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/simulator.js': { file: 'simulator.js', type: 'text/javascript; charset=utf-8' },
  '/simulator.css': { file: 'simulator.css', type: 'text/css; charset=utf-8' },
};

const SmsRequest = z.object({ from: z.string().check(z.minLength(1)), body: z.string() });
const VoiceRequest = z.object({
  from: z.string().check(z.minLength(1)),
  callSid: z.string().check(z.regex(CALL_SID)),
  action: z.optional(z.string().check(z.startsWith(ROUTES.voice))),
  digits: z.optional(z.string().check(z.maxLength(10))),
  speech: z.optional(z.string().check(z.maxLength(500))),
});

/** How the simulator reaches the webhooks: the server's own URL, the public URL signatures cover, and the token. */
export interface SimulatorTarget {
  url: string;
  publicBaseUrl: string;
  authToken: string;
}

/** The phone simulator: its page, and two endpoints that send signed Twilio-shaped requests to the real webhooks over HTTP. */
export function simulatorRoutes(target: SimulatorTarget): Record<string, Route> {
  const statics = Object.fromEntries(Object.entries(STATIC).map(([path, { file, type }]) => [path, staticFile(file, type)]));
  return { ...statics, '/_local/sim/sms': (event) => sendSms(target, event), '/_local/sim/voice': (event) => sendVoice(target, event) };
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

async function sendSms(target: SimulatorTarget, event: HttpEvent): Promise<HttpResponse> {
  const input = jsonBody(event, SmsRequest);
  if ('statusCode' in input) return input;
  const res = await signedPost(target.url, ROUTES.sms, smsParams(input.from, input.body), target.authToken, target.publicBaseUrl);
  if (res.status !== 200) return jsonResponse({ status: res.status, error: res.body.trim() });
  const replies = messagesOf(res.body).map((text) => {
    const sms = inspectSms(text);
    return { text, segments: sms.segments, encoding: sms.encoding };
  });
  return jsonResponse({ status: res.status, replies });
}

async function sendVoice(target: SimulatorTarget, event: HttpEvent): Promise<HttpResponse> {
  const input = jsonBody(event, VoiceRequest);
  if ('statusCode' in input) return input;
  const params = voiceParams(input.callSid, input.from, {
    ...(input.digits !== undefined ? { Digits: input.digits } : {}),
    ...(input.speech !== undefined ? { SpeechResult: input.speech } : {}),
  });
  const res = await signedPost(target.url, input.action ?? ROUTES.voice, params, target.authToken, target.publicBaseUrl);
  if (res.status !== 200) return jsonResponse({ status: res.status, error: res.body.trim() });
  const turn = parseVoice(res.body);
  const action = turn.action ? new URL(turn.action, target.publicBaseUrl) : undefined;
  return jsonResponse({ status: res.status, ...turn, action: action ? `${action.pathname}${action.search}` : undefined });
}
