import type { Lang } from '../content/schema.js';
import { normalize } from '../text/normalize.js';

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'i', 'im', 'my', 'me', 'is', 'it', 'to', 'of', 'in', 'cant', 'can', 'have', 'leg', 'legs', 'pain', 'back', 'feel', 'when', 'with', 'hurts', 'what', 'how', 'hi', 'hello']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'mi', 'mis', 'no', 'puedo', 'tengo', 'me', 'pierna', 'piernas', 'dolor', 'espalda', 'siento', 'cuando', 'con', 'duele', 'hola', 'por', 'para', 'como', 'que', 'estoy', 'es']),
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
