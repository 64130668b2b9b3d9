import { safeReplies } from '../app/safeReply.js';
import { voiceFallback } from '../app/voiceWebhook.js';
import { twimlResponse, type HttpEvent, type HttpResponse } from '../twilio/http.js';
import { renderSms } from '../twilio/renderSms.js';

/**
 * Lambda entry for Twilio's fallback URLs (POST /twilio/fallback/sms and /voice): static safe TwiML with the
 * emergency line, needing no secret, table or content, so it answers even when everything else is down.
 * It reads and writes nothing, so it does not need to verify the signature.
 */
export async function handler(event: Pick<HttpEvent, 'rawPath'>): Promise<HttpResponse> {
  return twimlResponse(event.rawPath.endsWith('/voice') ? voiceFallback() : renderSms(safeReplies(undefined)));
}
