import { syllable } from 'syllable';

/** Counts a text as readability formulas see it. */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const PLACEHOLDER = /\{\w+\}/gu;
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;

/** Words of a text for scoring: URLs, `{placeholders}` and numbers (911, 4-6) are left out; hyphenated words count as their parts. */
export function scoringWords(text: string): string[] {
  return text.replace(URL, ' ').replace(PLACEHOLDER, ' ').match(WORD) ?? [];
}

/** Sentences end at . ! ? (not inside 1.5) and at line breaks, so SMS pages and menu lines count as their own sentences. */
export function countSentences(text: string): number {
  return text.split(/[.!?]+(?=\s|$)|\n+/u).filter((part) => scoringWords(part).length > 0).length;
}

/** Words, sentences and syllables of `text`, syllables counted per word by `countSyllables` (at least one a word). */
function countText(text: string, countSyllables: (word: string) => number): TextCounts {
  const words = scoringWords(text);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, countSyllables(word)), 0);
  return { words: words.length, sentences: Math.max(1, countSentences(text)), syllables };
}

/** Flesch-Kincaid grade = 0.39 * (words/sentences) + 11.8 * (syllables/words) - 15.59, syllables from `syllable`; NaN with no words. */
export function fleschKincaidGrade(text: string): { score: number } & TextCounts {
  const counts = countText(text, syllable);
  const score = counts.words === 0 ? Number.NaN : 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return { score, ...counts };
}

/**
 * Fernandez-Huerta ease = 206.84 - 0.60 * P - 1.02 * W, P = syllables per 100 words, W = words per sentence; NaN with no words.
 * W is the reading Gwillim Law (2011) showed is right: the usual quote "F = sentences per 100 words" makes shorter
 * sentences score harder, the opposite of Flesch's formula that Fernandez-Huerta adapted.
 */
export function fernandezHuerta(text: string): { score: number } & TextCounts {
  const counts = countText(text, spanishSyllables);
  const score = counts.words === 0 ? Number.NaN : 206.84 - 0.6 * ((100 * counts.syllables) / counts.words) - 1.02 * (counts.words / counts.sentences);
  return { score, ...counts };
}

const STRONG = new Set([...'aeoáéóàèòíú']);
const WEAK = new Set([...'iuü']);

/**
 * Spanish syllables of one word: one per vowel group, where a weak vowel (i, u, ü) joins a neighbour into a diphthong or
 * triphthong, and two strong vowels (a, e, o, or accented í/ú) stand apart (hiatus: le-er, pa-ís). A final y after a vowel
 * (hoy, muy) belongs to the vowel before it; "y" alone is one syllable. Without written accents (as in SMS) hiatus on i/u
 * is invisible (dia counts 1), which slightly flatters the score.
 */
export function spanishSyllables(word: string): number {
  const letters = [...word.toLowerCase().normalize('NFC')];
  if (letters.length === 1 && letters[0] === 'y') return 1;
  let count = 0;
  let previous: 'strong' | 'weak' | undefined;
  letters.forEach((letter, i) => {
    const kind = STRONG.has(letter) ? 'strong' : WEAK.has(letter) || (letter === 'y' && i === letters.length - 1 && previous) ? 'weak' : undefined;
    if (kind && (!previous || (kind === 'strong' && previous === 'strong'))) count++;
    previous = kind;
  });
  return Math.max(1, count);
}
