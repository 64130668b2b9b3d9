import { rewriteTokens, type Tokens } from './tokens.js';

/**
 * Texting shorthand read as the word it stands for ("q" que, "xq" porque, "bn" bien, "u" you, "wen" when, "bak"
 * back): a message's words and the rules' words are both spelled out, so a rule written either way reads both.
 * Only one-word expansions, of shorthand that is seldom a word of its own ("u" is Spanish "or" before an o-word: read
 * as "you" it changes no sign); not "bc", which on a health line may be birth control.
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  // Spanish
  ['q', 'que'],
  ['ke', 'que'],
  ['xq', 'porque'],
  ['pq', 'porque'],
  ['xk', 'porque'],
  ['porq', 'porque'],
  ['tmb', 'tambien'],
  ['tmbn', 'tambien'],
  ['bn', 'bien'],
  ['mxo', 'mucho'],
  ['aki', 'aqui'],
  ['nda', 'nada'],
  ['tng', 'tengo'],
  ['tngo', 'tengo'],
  ['dsd', 'desde'],
  ['d', 'de'],
  ['smnas', 'semanas'],
  ['smns', 'semanas'],
  ['sem', 'semanas'],
  // Spelled as said where s and c sound alike (seseo)
  ['dise', 'dice'],
  ['disen', 'dicen'],
  ['sierto', 'cierto'],
  // English
  ['u', 'you'],
  ['ur', 'your'],
  ['wen', 'when'],
  ['bak', 'back'],
  ['rly', 'really'],
  ['cuz', 'because'],
  ['wat', 'what'],
  ['wt', 'what'],
  ['tho', 'though'],
  ['b4', 'before'],
  ['tonite', 'tonight'],
  ['2nite', 'tonight'],
  ['nite', 'night'],
  ['abt', 'about'],
  ['prolly', 'probably'],
  ['yrs', 'years'],
  ['hrs', 'hours'],
  ['sum1', 'someone'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['wnt', 'want'],
  ['wknd', 'weekend'],
  ['luv', 'love'],
  ['cnt', 'cant'],
  ['smth', 'something'],
  ['sth', 'something'],
]);

/** The word `word` stands for when it is texting shorthand; else `word` itself. */
export function spelledOut(word: string): string {
  return SHORTHAND.get(word) ?? word;
}

/** Sounds a speaker fills a pause with; never a word of a sign ("no puedo um control my bladder"). */
const FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'hmm', 'mmm', 'ehh']);

/** The tokens without fillers, a dropped word's clause break or sentence end kept on the word before it; the same tokens when there is none. */
export function withoutFillers(tokens: Tokens): Tokens {
  return rewriteTokens(tokens, (i) => (FILLERS.has(tokens.words[i] ?? '') ? DROPPED : undefined));
}

/** A filler rewritten: no words for it, its break or end kept on the word before. */
const DROPPED = { words: [], take: 1 } as const;
