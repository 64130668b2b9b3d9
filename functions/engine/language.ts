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

/** The language a message is written in when its common words say so clearly; undefined when unsure. */
export function guessLanguage(text: string): Lang | undefined {
  const words = normalize(text).split(' ');
  let en = 0;
  let es = 0;
  for (const word of words) {
    if (MARKERS.en.has(word)) en++;
    if (MARKERS.es.has(word)) es++;
  }
  if (es >= 1 && es > en) return 'es';
  if (en >= 1 && en > es) return 'en';
  return undefined;
}
