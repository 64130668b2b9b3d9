import type { Content } from '../content/model.js';
import { type Reply } from '../core/reply.js';
import type { Spoken } from '../twilio/render-voice.js';

/** Said when even the content could not be loaded, with the voices that say it; kept in code so it cannot go missing. */
const FALLBACK: Spoken[] = [
  { text: 'Backline: sorry, something went wrong. Please try again soon. In an emergency call 911.', voice: { name: 'Polly.Joanna-Neural', language: 'en-US' } },
  { text: 'Backline: perdon, algo fallo. Intente de nuevo pronto. En una emergencia llame al 911.', voice: { name: 'Polly.Lupe-Neural', language: 'es-US' } },
];

/** What a failed call turn says: the apology and emergency line in every language of the content, each in its voice. */
export function safeSpeech(content: Content | undefined): Spoken[] {
  if (!content) return FALLBACK;
  return content.languages.list.map(({ code, row }) => ({ text: content.messages.internalError[code], voice: row.voice }));
}

/** The replies sent when a turn fails: an apology and the emergency line, in every language of the content. */
export function safeReplies(content: Content | undefined): Reply[] {
  return safeSpeech(content).map(({ text }) => ({ text }));
}
