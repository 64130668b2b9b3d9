import { repeat, voiceStep } from '../engine/voice.js';
import type { HttpEvent, HttpResponse } from '../twilio/http.js';
import { type VoiceParams, VoiceParamsSchema } from '../twilio/voice-params.js';
import { isPhoneNumber } from '../core/phone.js';
import { renderVoice, renderVoiceFailure } from '../twilio/render-voice.js';
import { contactKey } from '../privacy/contact-key.js';
import type { AppDeps } from './deps.js';
import type { Lang } from '../core/langs.js';
import { safeSpeech } from './safe-reply.js';
import { languageOf } from '../content/languages.js';
import { handleWebhook, type WebhookSpec } from './webhook.js';
import { ROUTES } from '../core/routes.js';

/** Where Twilio posts every answer to a prompt; `n` is the state version the prompt was made from. */

const VOICE: WebhookSpec<VoiceParams> = {
  name: 'voice',
  params: VoiceParamsSchema,
  engine: voiceStep,
  request: (deps, call, event, at) => {
    const key = deps.config.PHONE_HASH_KEY;
    const n = Number(new URLSearchParams(event.rawQueryString ?? '').get('n') ?? Number.NaN);
    const callStart = event.rawPath !== ROUTES.voiceInput;
    const callable = isPhoneNumber(call.From);
    return {
      contact: contactKey(key, `call:${call.CallSid}`),
      ...(callable ? { person: contactKey(key, call.From), from: call.From } : {}),
      inputId: callStart ? `${call.CallSid}:start` : `${call.CallSid}:${Number.isInteger(n) ? n : 'input'}`,
      ...(!callStart && Number.isInteger(n) ? { expectVersion: n } : {}),
      turn: {
        channel: 'voice',
        at,
        text: call.SpeechResult ?? '',
        ...(call.Digits !== undefined ? { digits: call.Digits } : {}),
        callStart,
        // Only promise a text when the number can take one and a sender is configured.
        canText: callable && deps.sender.available !== false,
        nurseLine: deps.config.NURSE_LINE_NUMBER !== undefined,
      },
    };
  },
  render: (deps, outcome) => {
    const fresh = outcome.result?.voice ? { replies: outcome.result.replies, state: outcome.result.state, voice: outcome.result.voice } : undefined;
    const replayed = outcome.voice && outcome.state ? { replies: outcome.replies, state: outcome.state, voice: outcome.voice } : undefined;
    const shown = fresh ?? replayed ?? (outcome.state ? repeat(deps.content, outcome.state) : undefined);
    if (!shown?.voice) return renderVoiceFailure(safeSpeech(deps.content));
    const action = `${deps.config.PUBLIC_BASE_URL}${ROUTES.voiceInput}?n=${outcome.version}`;
    const languages = (lang: Lang) => languageOf(deps.content.languages, lang).row;
    return renderVoice(shown.replies, shown.state.lang, shown.voice, { action, languages, ...(deps.config.NURSE_LINE_NUMBER ? { nurseNumber: deps.config.NURSE_LINE_NUMBER } : {}) });
  },
  failure: (deps) => renderVoiceFailure(safeSpeech(deps.content)),
};

/** One voice webhook (call start or a Gather answer): the same pipeline as SMS, answering voice TwiML. */
export function handleVoiceWebhook(deps: AppDeps, event: HttpEvent): Promise<HttpResponse> {
  return handleWebhook(deps, event, VOICE);
}

/** Voice TwiML for when dependencies could not even be built: apology, emergency line, hang up. */
export function voiceFallback(): string {
  return renderVoiceFailure(safeSpeech(undefined));
}
