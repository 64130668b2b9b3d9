import { canonicalText } from '../text/canonical.js';
import { emojiAsWords } from './emoji-words.js';

/** Text prepared for matching: words plus where clause punctuation fell. */
export interface Tokens {
  readonly words: string[];
  /** breaks[i] is true when punctuation (.,;:!? etc.) followed words[i]. */
  readonly breaks: boolean[];
  /** ends[i] is true when a sentence end (. ! ? ; or a new line) followed words[i]. */
  readonly ends: boolean[];
  /** asks[i] is true when a question mark followed words[i]: the sentence it ends asks something. */
  readonly asks: boolean[];
}

const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;

/**
 * A digit written for a letter inside a word ("su1c1de", "d1e", "h3lp"): one between two letters, but not a count after
 * an "x" that opens its word ("x7wks", "x3d": seven weeks, three days).
 */
const LEET = /(?<=[a-z])(?<!(?:^|[^a-z])x)[013457](?=[a-z])/g;
/** LEET without look-behind, to test for one first: most messages have none, and the test is several times faster. */
const LEET_ANYWHERE = /[a-z][013457][a-z]/;
const LEET_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const leetLetter = (digit: string) => LEET_LETTERS[digit] ?? digit;
/**
 * A letter hidden by a star inside a short word ("s*icide", "d*e"), or by an exclamation mark after one to three
 * consonants that cannot be a word of their own ("k!ll", "d!e"): read as "i", the letter most often hidden (a wrong
 * vowel is left to the misspelling tolerance). "wow!so", "Hi!I have" and "help!now" stay words and a sentence end.
 */
const MASKED = /(?<=(?:^|[^a-z])(?:[a-z]{1,5}(?=\*)|[b-df-hj-np-tv-xz]{1,3}(?=!)))[!*](?=[a-z]{1,9}(?![a-z]))/g;
const MASKED_ANYWHERE = /[a-z][!*][a-z]/;

/** What replaces the tokens from one position on: `words`, standing for the next `take` tokens. */
export interface Rewrite {
  readonly words: readonly string[];
  readonly take: number;
}

/**
 * The tokens with some runs rewritten: at each position, `rewrite` may give words for the next tokens (rejoined, split
 * or dropped). The breaks, ends and asks of the tokens taken go to the last word given, or to the word before when none
 * is. The tokens themselves (copied only from the first rewrite on) when nothing is rewritten.
 */
export function rewriteTokens(tokens: Tokens, rewrite: (i: number) => Rewrite | undefined): Tokens {
  const { words, breaks, ends, asks } = tokens;
  let out: Tokens | undefined;
  for (let i = 0; i < words.length; i++) {
    const r = rewrite(i);
    if (!r && !out) continue;
    out ??= { words: words.slice(0, i), breaks: breaks.slice(0, i), ends: ends.slice(0, i), asks: asks.slice(0, i) };
    if (!r) {
      // A word kept as it is: copied with no list of its own (most words after the first rewrite).
      out.words.push(words[i] ?? '');
      out.breaks.push(breaks[i] ?? false);
      out.ends.push(ends[i] ?? false);
      out.asks.push(asks[i] ?? false);
      continue;
    }
    const read = r.words;
    const take = r.take;
    let brk = false;
    let end = false;
    let ask = false;
    for (let k = i; k < i + take; k++) {
      brk ||= breaks[k] ?? false;
      end ||= ends[k] ?? false;
      ask ||= asks[k] ?? false;
    }
    for (const word of read) {
      out.words.push(word);
      out.breaks.push(false);
      out.ends.push(false);
      out.asks.push(false);
    }
    const last = out.words.length - 1;
    if (last >= 0) {
      out.breaks[last] ||= brk;
      out.ends[last] ||= end;
      out.asks[last] ||= ask;
    }
    i += take - 1;
  }
  return out ?? tokens;
}

/** The words of `text` as tokenize reads them, joined by single spaces: its canonical form, emoji read as words, apostrophes removed, letters and digits apart. */
export function normalize(text: string): string {
  return tokenize(text).words.join(' ');
}

/** A character beyond Latin-1 (an emoji half, a curly quote): text without one can be held one byte per character. */
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * `text` held one byte per character when it has no character beyond Latin-1. Text that went through a Unicode
 * normal form is held two bytes per character even when it is plain ASCII again, and so is every word cut from it,
 * which makes every lookup of a word in the rules' sets and maps compare it character by character.
 */
function compact(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * `word` as a string of its own. V8 keeps a slice of 13 or more characters as a view on the whole text it was cut
 * from, and the lookup caches keep words between messages: without a copy, one long word would keep a whole
 * message (up to 18 times its length after NFKC) alive in a warm Lambda.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : [...word].join('');
}

/** What a character is to the tokenizer, by its code (any code not in KINDS is a separator). */
const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
/** Dropped, also inside a word ("can't" -> "cant"). */
const APOSTROPHE = 3;
/** Clause punctuation: , : ¿ ¡ ( ) and hyphens and dashes (- – —) */
const CLAUSE = 4;
/** Clause punctuation that also ends a sentence: . ; ! ? a new line, … */
const SENTENCE = 5;
const QUESTION = '?'.charCodeAt(0);
const HYPHEN = '-'.charCodeAt(0);
const DOT = '.'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

/**
 * The rules' words the tokenizer reads (a compiled rules object has both): one-word negation cues, after which a
 * hyphen still breaks the clause ("never-ending", "no-show"), and one-word answers, which keep a run of one-word
 * sentences a checklist ("Fever. No. Legs. Weak."). Without them, every inner hyphen is a space and every run is joined.
 */
export interface TokenWords {
  readonly cueWords: ReadonlySet<string>;
  readonly answers: ReadonlySet<string>;
}
const NO_WORDS: TokenWords = { cueWords: new Set(), answers: new Set() };

/** True for the code of a letter or digit (NaN past the end: false). */
function isWordChar(code: number): boolean {
  const k = KINDS[code] ?? SEPARATOR;
  return k === LETTER || k === DIGIT;
}

// One entry per UTF-16 code unit, so looking one up never falls outside the table.
const KINDS = new Uint8Array(0x10000);
for (let code = 97; code <= 122; code++) KINDS[code] = LETTER;
for (let code = 48; code <= 57; code++) KINDS[code] = DIGIT;
for (const ch of "'\u2018\u2019\u02bc`\u00b4") KINDS[ch.charCodeAt(0)] = APOSTROPHE;
for (const ch of ',:\u00bf\u00a1()-\u2013\u2014') KINDS[ch.charCodeAt(0)] = CLAUSE;
for (const ch of '.;!?\n\r\u2026') KINDS[ch.charCodeAt(0)] = SENTENCE;

/**
 * Split text into normalized words, remembering clause breaks so negation cannot cross them: the words of
 * `normalize` (emoji read as words, letters and digits apart), a break after the last word before each run of clause punctuation
 * and after the last word, a sentence end where that run holds . ; ! ? or a new line, or the text ends; a hyphen
 * inside a word a space, and one-word sentences in a row joined (the rules' words, `rulesWords`, say where not).
 */
export function tokenize(text: string, rulesWords: TokenWords = NO_WORDS): Tokens {
  const words: string[] = [];
  const breaks: boolean[] = [];
  const ends: boolean[] = [];
  const asks: boolean[] = [];
  const folded = compact(canonicalText(emojiAsWords(text)));
  const unleet = LEET_ANYWHERE.test(folded) ? folded.replace(LEET, leetLetter) : folded;
  const canonical = MASKED_ANYWHERE.test(unleet) ? unleet.replace(MASKED, 'i') : unleet;
  let start = -1;
  let kind = SEPARATOR;
  let apostrophe = false;
  /** The last word of the clause being read (-1 when it has none yet), and whether a punctuation run is being read. */
  let clauseLast = -1;
  let inRun = false;
  const endWord = (at: number) => {
    if (start < 0) return;
    const word = ownCopy(canonical.slice(start, at));
    words.push(apostrophe ? word.replace(APOSTROPHES, '') : word);
    breaks.push(false);
    ends.push(false);
    asks.push(false);
    clauseLast = words.length - 1;
    start = -1;
  };
  for (let i = 0; i < canonical.length; i++) {
    const code = canonical.charCodeAt(i);
    // A hyphen inside a word ("tear-off", "self-harm", "x-ray") joins two words of one clause: a space, not a break;
    // not after a negative word ("never-ending numbness" is not "never ... numbness").
    const joins = code === HYPHEN && isWordChar(canonical.charCodeAt(i - 1)) && isWordChar(canonical.charCodeAt(i + 1)) && !rulesWords.cueWords.has(canonical.slice(start, i));
    // A decimal point or comma between digits ("36.8", "38,5") is part of the number, not a break.
    const decimal = (code === DOT || code === COMMA) && KINDS[canonical.charCodeAt(i - 1)] === DIGIT && KINDS[canonical.charCodeAt(i + 1)] === DIGIT;
    const k = joins || decimal ? SEPARATOR : (KINDS[code] ?? SEPARATOR);
    if (k === APOSTROPHE) {
      apostrophe ||= start >= 0;
      continue;
    }
    if (k === LETTER || k === DIGIT) {
      if (inRun) {
        inRun = false;
        clauseLast = -1;
      }
      if (start >= 0 && k !== kind) endWord(i);
      if (start < 0) {
        start = i;
        kind = k;
        apostrophe = false;
      }
      continue;
    }
    endWord(i);
    if (k === SEPARATOR) {
      if (inRun) {
        inRun = false;
        clauseLast = -1;
      }
      continue;
    }
    inRun = true;
    if (clauseLast < 0) continue;
    breaks[clauseLast] = true;
    if (k === SENTENCE) ends[clauseLast] = true;
    if (code === QUESTION) asks[clauseLast] = true;
  }
  endWord(canonical.length);
  if (!inRun && clauseLast >= 0) breaks[clauseLast] = ends[clauseLast] = true;
  joinOneWordSentences(words, breaks, ends, asks, rulesWords.answers);
  return { words, breaks, ends, asks };
}

/** Fewest one-word sentences in a row that are read as one sentence said word by word. */
const ONE_WORD_RUN = 3;

/**
 * A run of at least ONE_WORD_RUN one-word sentences ("Pee. Just. Comes. Out.") read as one sentence: breaks and ends
 * inside it cleared. A question ends a run; a run holding one of `answers` is left as it is.
 */
function joinOneWordSentences(words: readonly string[], breaks: boolean[], ends: boolean[], asks: readonly boolean[], answers: ReadonlySet<string>): void {
  let runStart = 0;
  for (let i = 0; i <= ends.length; i++) {
    const oneWord = i < ends.length && ends[i] === true && (i === 0 || ends[i - 1] === true) && asks[i] !== true;
    if (oneWord) continue;
    if (i - runStart >= ONE_WORD_RUN && !words.slice(runStart, i).some((w) => answers.has(w))) for (let k = runStart; k < i - 1; k++) breaks[k] = ends[k] = false;
    runStart = i + 1;
  }
}
