import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Lang } from '../core/langs.js';
import type { SpeechLanguage } from '../content/language-table.js';
import type { VoiceDirective } from '../engine/types.js';
import { type Reply } from '../core/reply.js';

/** A Polly voice and the language it speaks (a pair Twilio accepts together). */
export interface PollyVoice {
  name: string;
  language: string;
}

/** How a call speaks and hears one language: its row of the language table (voice, and the speech-recognition language). */
export interface CallLanguage {
  voice: PollyVoice;
  speech: SpeechLanguage;
}

/** A text said in a given voice. */
export interface Spoken {
  text: string;
  voice: PollyVoice;
}

/** Polly's limit for one <Say>. */
const MAX_SAY = 3000;

/** Where the next input goes and who urgent callers are transferred to. */
export interface VoiceRenderOptions {
  /** Absolute or relative URL of the Gather action for this turn. */
  action: string;
  nurseNumber?: string;
  /** Each language's voice and speech recognition. */
  languages: (lang: Lang) => CallLanguage;
}

/** A voice TwiML document: the replies spoken (inside <Gather> so callers can answer early), then listen, hang up or transfer. */
export function renderVoice(replies: readonly Reply[], lang: Lang, directive: VoiceDirective, options: VoiceRenderOptions): string {
  const response = new VoiceResponse();
  if (directive.kind === 'gather') {
    const gather = response.gather({
      input: ['dtmf', 'speech'],
      numDigits: 1,
      timeout: 6,
      speechTimeout: 'auto',
      action: options.action,
      method: 'POST',
      language: options.languages(lang).speech,
      actionOnEmptyResult: true,
      ...(directive.hints.length > 0 ? { hints: directive.hints.join(', ') } : {}),
    });
    for (const reply of replies) say(gather, reply.text, options.languages(reply.lang ?? lang).voice);
    return response.toString();
  }
  for (const reply of replies) say(response, reply.text, options.languages(reply.lang ?? lang).voice);
  if (directive.kind === 'transfer' && options.nurseNumber) response.dial({ timeout: 30 }, options.nurseNumber);
  response.hangup();
  return response.toString();
}

/** The apology and emergency line said when a call turn fails, each in its own voice, then the call ends. */
export function renderVoiceFailure(said: readonly Spoken[]): string {
  const response = new VoiceResponse();
  for (const { text, voice } of said) say(response, text, voice);
  response.hangup();
  return response.toString();
}

function say(parent: { say(attrs: object, text: string): unknown }, text: string, { name, language }: PollyVoice): void {
  for (const chunk of chunks(text)) parent.say({ voice: name, language }, chunk);
}

/** Splits text over Polly's per-<Say> limit at sentence ends. */
function chunks(text: string): string[] {
  const clean = text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/gu, '');
  if (clean.length <= MAX_SAY) return [clean];
  const out: string[] = [];
  let current = '';
  for (const sentence of clean.split(/(?<=[.!?])\s+/)) {
    if (current && current.length + sentence.length + 1 > MAX_SAY) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${sentence}` : sentence.slice(0, MAX_SAY);
  }
  if (current) out.push(current);
  return out;
}
