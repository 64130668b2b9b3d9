import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Lang } from '../core/langs.js';
import type { VoiceDirective } from '../engine/types.js';
import { type Reply } from '../core/reply.js';

/** Voice and recognizer language per Backline language: only pairs Twilio accepts together. */
const VOICES = {
  en: { voice: 'Polly.Joanna-Neural', language: 'en-US' },
  es: { voice: 'Polly.Lupe-Neural', language: 'es-US' },
} as const satisfies Record<Lang, { voice: string; language: string }>;

/** Polly's limit for one <Say>. */
const MAX_SAY = 3000;

/** Where the next input goes and who urgent callers are transferred to. */
export interface VoiceRenderOptions {
  /** Absolute or relative URL of the Gather action for this turn. */
  action: string;
  nurseNumber?: string;
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
      language: VOICES[lang].language,
      actionOnEmptyResult: true,
      ...(directive.hints.length > 0 ? { hints: directive.hints.join(', ') } : {}),
    });
    for (const reply of replies) say(gather, reply, lang);
    return response.toString();
  }
  for (const reply of replies) say(response, reply, lang);
  if (directive.kind === 'transfer' && options.nurseNumber) response.dial({ timeout: 30 }, options.nurseNumber);
  response.hangup();
  return response.toString();
}

/** The apology and emergency line said when a call turn fails, then the call ends. */
export function renderVoiceFailure(text: Readonly<Record<Lang, string>>): string {
  const response = new VoiceResponse();
  say(response, { text: text.en }, 'en');
  say(response, { text: text.es }, 'es');
  response.hangup();
  return response.toString();
}

function say(parent: { say(attrs: object, text: string): unknown }, reply: Reply, lang: Lang): void {
  const { voice, language } = VOICES[reply.lang ?? lang];
  for (const chunk of chunks(reply.text)) parent.say({ voice, language }, chunk);
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
