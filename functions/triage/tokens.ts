import { canonicalText } from '../text/canonical.js';
import { emojiAsWords } from './emoji-words.js';

/** Text prepared for matching: words plus where clause punctuation fell. */
export interface Tokens {
  readonly words: string[];
  /** breaks[i] is true when punctuation (.,;:!? etc.) followed words[i]. */
  readonly breaks: boolean[];
  /** ends[i] is true when a sentence end (. ! ? ; or a new line) followed words[i]. */
  readonly ends: boolean[];
}

const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const CLAUSE_PUNCTUATION = /([.,;:!?\u00bf\u00a1()\n\r\u2026\u2013\u2014-]+)/;
const SENTENCE_END = /[.;!?\n\r\u2026]/;

function fold(text: string): string {
  return canonicalText(emojiAsWords(text))
    .replace(APOSTROPHES, '')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2');
}

/** The canonical form (canonicalText) with emoji read as words (emojiAsWords), apostrophes removed, anything but a-z and 0-9 to one space, trimmed. */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Split text into normalized words, remembering clause breaks so negation cannot cross them. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const breaks: boolean[] = [];
  const ends: boolean[] = [];
  const pieces = fold(text).split(CLAUSE_PUNCTUATION);
  // split with a capture group: clauses at even indexes, the punctuation after each at odd ones.
  for (let i = 0; i < pieces.length; i += 2) {
    const clauseWords = (pieces[i] ?? '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    for (const w of clauseWords) {
      words.push(w);
      breaks.push(false);
      ends.push(false);
    }
    if (clauseWords.length > 0) {
      breaks[breaks.length - 1] = true;
      const after = pieces[i + 1];
      if (after === undefined || SENTENCE_END.test(after)) ends[ends.length - 1] = true;
    }
  }
  return { words, breaks, ends };
}
