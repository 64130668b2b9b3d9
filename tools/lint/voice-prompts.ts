import type { Sink } from './types.js';
import type { VoiceText } from './texts.js';

/** Polly's limit for one `<Say>`: topic scripts must fit in one. */
const MAX_VOICE_CHARS = 3000;

/** Words a menu prompt may have: about 20 seconds at 150 words a minute. */
const MAX_MENU_PROMPT_WORDS = 50;

/** Spoken words of a prompt: whitespace-separated tokens with a letter or digit (a menu number is a spoken word). */
export function spokenWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** A topic script fits one Polly `<Say>` (rule voice-length); a menu prompt is heard in about 20 seconds (voice-menu-words). */
export function checkVoice(prompt: VoiceText, sink: Sink): void {
  const { item, lang, kind, text } = prompt;
  if (text.length > MAX_VOICE_CHARS) {
    sink.error({ item, lang, rule: 'voice-length', message: `voice ${kind} is ${text.length} characters; Polly reads at most ${MAX_VOICE_CHARS} in one <Say>` });
  }
  const words = spokenWords(text);
  if (kind === 'menu' && words > MAX_MENU_PROMPT_WORDS) {
    sink.error({ item, lang, rule: 'voice-menu-words', message: `menu prompt read aloud is ${words} words (about ${Math.round((words / 150) * 60)} s); keep it to ${MAX_MENU_PROMPT_WORDS} words (20 s at 150 words a minute)` });
  }
}
