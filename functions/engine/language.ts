import type { Lang } from '../core/langs.js';
import type { Content } from '../content/model.js';
import { languageOf, type Languages } from '../content/languages.js';
import { normalize } from '../text/normalize.js';
import type { ConversationState } from './types.js';

/** A stored state whose language has no row any more (taken out of content) continues in the default language. */
export function inKnownLanguage(content: Content, state: ConversationState): ConversationState {
  const lang = languageOf(content.languages, state.lang).code;
  return lang === state.lang ? state : { ...state, lang };
}

/** How many of a message's words are common words (the row's markers) of each language, in table order. */
function markerCounts(languages: Languages, text: string): { code: Lang; count: number }[] {
  const words = normalize(text).split(' ');
  return languages.list.map(({ code, markers }) => ({ code, count: words.filter((word) => markers.has(word)).length }));
}

/** The language a message is written in when its common words lean one way (more of them than of any other); undefined when unsure. */
export function guessLanguage(languages: Languages, text: string): Lang | undefined {
  const counts = markerCounts(languages, text);
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count >= 1 && counts.every((c) => c === best || c.count < best.count) ? best.code : undefined;
}

/**
 * The language a message is clearly written in, strong enough to switch a conversation: at least two common
 * words of that language and none of another's, or at least three and three times as many as any other. Undefined for short or mixed
 * messages (a keyword, a number, Spanglish), which keep the conversation's language.
 */
export function clearLanguage(languages: Languages, text: string): Lang | undefined {
  const counts = markerCounts(languages, text);
  return counts.find(({ code, count }) => {
    const other = Math.max(0, ...counts.filter((c) => c.code !== code).map((c) => c.count));
    return count >= 2 && (other === 0 || count >= Math.max(3, 3 * other));
  })?.code;
}
