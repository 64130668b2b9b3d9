import { rewriteTokens, type Tokens } from './tokens.js';
import { isLetters, readsAsLexiconWord, type Vocabulary } from './vocabulary.js';

/** Fewest letters of one word read as several words typed without spaces ("bothlegsnumb"); below LONG_RUN every piece must be a known word. */
const MIN_RUN = 10;
const LONG_RUN = 14;
/** Longest word looked for inside a run. */
const MAX_PIECE = 20;
/** The words of one or two letters a run may hold (any other short piece counts as unknown letters: "un con st it uti on al" is not a reading). */
const SHORT_WORDS = new Set(['i', 'a', 'y', 'o', 'e', 'my', 'no', 'to', 'be', 'is', 'of', 'in', 'on', 'at', 'me', 'im', 'it', 'so', 'do', 'go', 'up', 'we', 'he', 'us', 'la', 'el', 'de', 'se', 'mi', 'ya', 'yo', 'tu', 'te', 'lo', 'le', 'en', 'es', 'ni', 'si', 'mas']);

/** A way to read the letters so far: letters no known word covers, then pieces (a one-letter word counts 1.5). */
interface Cost {
  unknown: number;
  pieces: number;
}
const better = (a: Cost, b: Cost | undefined) => !b || a.unknown < b.unknown || (a.unknown === b.unknown && a.pieces < b.pieces);

/**
 * The known words `run` reads as when typed without spaces ("bothlegsnumb": both legs numb), fewest unknown
 * letters first and then fewest pieces; undefined when more than a seventh of its letters are in no known word (any,
 * below LONG_RUN letters) or it splits in fewer than three words.
 */
export function wordsOfRun(run: string, known: ReadonlySet<string>): string[] | undefined {
  const n = run.length;
  const best: Array<Cost | undefined> = [{ unknown: 0, pieces: 0 }];
  const from: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = best[i];
    if (!at) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_PIECE); j++) {
      const piece = run.slice(i, j);
      const word = piece.length <= 2 ? SHORT_WORDS.has(piece) : known.has(piece);
      if (!word && j > i + 1) continue;
      const cost = word ? { unknown: at.unknown, pieces: at.pieces + (piece.length === 1 ? 1.5 : 1) } : { unknown: at.unknown + 1, pieces: at.pieces + 1 };
      if (better(cost, best[j])) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const end = best[n];
  if (!end || end.unknown * 7 > n || (n < LONG_RUN && end.unknown > 0)) return undefined;
  const words: string[] = [];
  for (let j = n; j > 0; j = from[j] ?? 0) words.unshift(run.slice(from[j] ?? 0, j));
  return words.length >= 3 ? words : undefined;
}

/**
 * The tokens with each long word that is no known word (MIN_RUN letters or more) read as the words typed without
 * spaces, when it splits into them (wordsOfRun) and is no typo of a clinical word of `vocabulary` ("adormesimiento"
 * is adormecimiento, not "a do r me si mi en to"), and "no" typed onto one of `signWords` split off ("nosiento"); the
 * tokens themselves when none does. `known` is called only then.
 */
export function splitRunTogether(tokens: Tokens, known: () => ReadonlySet<string>, vocabulary: Vocabulary, signWords: ReadonlySet<string>): Tokens {
  return rewriteTokens(tokens, (i) => {
    const word = tokens.words[i] ?? '';
    const pieces = word.length >= MIN_RUN && isLetters(word) ? piecesOf(word, known(), vocabulary) : gluedNegation(word, signWords);
    return pieces && { words: pieces, take: 1 };
  });
}

/** "no" typed onto a negative sign word ("nosiento", "nopuedo"): the two words; else undefined. */
function gluedNegation(word: string, signWords: ReadonlySet<string>): string[] | undefined {
  return word.startsWith('no') && signWords.has(word.slice(2)) ? ['no', word.slice(2)] : undefined;
}

/** Most long words remembered per set of known words (a warm Lambda meets the same words again); past it the memory starts over. */
const MEMORY = 4096;
const memories = new WeakMap<ReadonlySet<string>, Map<string, string[] | null>>();

/** Empties what is remembered of long words read with the set of known words `known`. */
export function forgetRuns(known: ReadonlySet<string>): void {
  memories.delete(known);
}

/** wordsOfRun for a word that is no known word nor a typo of one, remembered per set of known words; undefined for a known word. */
function piecesOf(word: string, known: ReadonlySet<string>, vocabulary: Vocabulary): string[] | undefined {
  if (known.has(word)) return undefined;
  let memory = memories.get(known);
  if (!memory) memories.set(known, (memory = new Map()));
  const hit = memory.get(word);
  if (hit !== undefined) return hit ?? undefined;
  if (memory.size >= MEMORY) memory.clear();
  const pieces = readsAsLexiconWord(vocabulary, word) ? undefined : wordsOfRun(word, known);
  memory.set(word, pieces ?? null);
  return pieces;
}
