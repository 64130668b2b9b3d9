/**
 * Texting shorthand read as the word it stands for ("q" que, "xq" porque, "bn" bien, "u" you, "wen" when, "bak"
 * back): a message's words and the rules' words are both spelled out, so a rule written either way reads both.
 * Only one-word expansions that are never a word of their own in English or Spanish.
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
  // English
  ['u', 'you'],
  ['ur', 'your'],
  ['wen', 'when'],
  ['bak', 'back'],
  ['rly', 'really'],
  ['cuz', 'because'],
  ['bc', 'because'],
  ['wat', 'what'],
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
]);

/** The word `word` stands for when it is texting shorthand; else `word` itself. */
export function spelledOut(word: string): string {
  return SHORTHAND.get(word) ?? word;
}
