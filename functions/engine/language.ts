import type { Lang } from '../core/langs.js';
import { normalize } from '../text/normalize.js';

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    'the', 'and', 'i', 'im', 'ive', 'my', 'is', 'it', 'its', 'to', 'of', 'in', 'on', 'at', 'by', 'a', 'an', 'from', 'cant', 'can', 'have', 'had',
    'been', 'got', 'since', 'today', 'yesterday', 'now', 'both', 'feels', 'feel', 'like', 'when', 'with', 'over', 'leg', 'legs', 'pain',
    'back', 'hurts', 'what', 'how', 'hi', 'hello', 'numb', 'pee', 'under', 'started', 'myself', 'sides', 'foot', 'chest', 'work', 'fell', 'hit', 'car',
  ]),
  es: new Set([
    // Not "y": alone it is the English YES carriers accept.
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'en', 'mi', 'mis', 'un', 'una', 'se', 'sin', 'puedo', 'tengo', 'me', 'pierna',
    'piernas', 'dolor', 'espalda', 'siento', 'cuando', 'con', 'duele', 'hola', 'por', 'para', 'como', 'estoy', 'es', 'hice', 'hago',
    'encima', 'orine', 'cai', 'darme', 'cuenta', 'hoy', 'ayer', 'ahora', 'desde', 'tuve', 'muy', 'pecho', 'coche', 'carro',
    'quiero', 'ya', 'voy', 'aguanto', 'vivir', 'morir', 'morirme', 'matarme', 'suicidarme', 'suicidio', 'orina', 'perdi', 'partes',
    'siento', 'nada', 'puedo', 'piernas', 'sin', 'control',
  ]),
};

/** How many of a message's words are common words of each language. */
function markerCounts(text: string): Record<Lang, number> {
  const counts = { en: 0, es: 0 };
  for (const word of normalize(text).split(' ')) {
    if (MARKERS.en.has(word)) counts.en++;
    if (MARKERS.es.has(word)) counts.es++;
  }
  return counts;
}

/** The language a message is written in when its common words lean one way; undefined when unsure. */
export function guessLanguage(text: string): Lang | undefined {
  const { en, es } = markerCounts(text);
  if (es >= 1 && es > en) return 'es';
  if (en >= 1 && en > es) return 'en';
  return undefined;
}

/**
 * The language a message is clearly written in, strong enough to switch a conversation: at least two common
 * words of that language and none of the other, or at least three and three times as many. Undefined for short or mixed messages
 * (a keyword, a number, Spanglish), which keep the conversation's language.
 */
export function clearLanguage(text: string): Lang | undefined {
  const { en, es } = markerCounts(text);
  if (es >= 2 && (en === 0 || es >= Math.max(3, 3 * en))) return 'es';
  if (en >= 2 && (es === 0 || en >= Math.max(3, 3 * es))) return 'en';
  return undefined;
}
