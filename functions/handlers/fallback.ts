import { safeReplies, safeSpeech } from '../app/safe-reply.js';
import { twimlResponse, type HttpEvent, type HttpResponse } from '../twilio/http.js';
import { renderSms } from '../twilio/render-sms.js';
import { renderVoiceFailure } from '../twilio/render-voice.js';
import { ROUTES } from '../core/routes.js';
import { jsonLogger } from '../core/log.js';

/**
 * Lambda entry for Twilio's fallback URLs (POST /twilio/fallback/sms and /voice): static safe TwiML with the
 * emergency line, needing no secret, table or content, so it answers even when everything else is down.
 * It reads and writes nothing, so it does not need to verify the signature.
 */
export async function handler(event: Pick<HttpEvent, 'rawPath'>): Promise<HttpResponse> {
  const voice = event.rawPath.endsWith(ROUTES.voiceFallback);
  // Counted by a metric filter with an alarm: the primary webhook failed or timed out for this request.
  jsonLogger('warn', { event: 'fallback.answered', channel: voice ? 'voice' : 'sms' });
  if (!voice) return twimlResponse(renderSms(safeReplies(undefined)));
  return twimlResponse(renderVoiceFailure(safeSpeech(undefined)));
}
