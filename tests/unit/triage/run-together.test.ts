import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../functions/triage/compile.js';
import { splitRunTogether, wordsOfRun } from '../../../functions/triage/run-together.js';
import { tokenize } from '../../../functions/triage/tokens.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';

const compiled = compileRules(loadTriageRules(fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url))));

const known = new Set(['no', 'siento', 'las', 'piernas', 'ya', 'ano', 'aguanto', 'both', 'legs', 'numb', 'since', 'lunch', 'i', 'dont', 'want', 'to', 'be', 'here']);

describe('words typed without spaces', () => {
  it('reads a run as the known words it is made of', () => {
    expect(wordsOfRun('nosientolaspiernas', known)).toEqual(['no', 'siento', 'las', 'piernas']);
    expect(wordsOfRun('bothlegsnumbsincelunch', known)).toEqual(['both', 'legs', 'numb', 'since', 'lunch']);
  });

  it('prefers two-letter words to a one-letter one where both read ("ya no", not "y ano")', () => {
    expect(wordsOfRun('yanoaguantomas', new Set([...known, 'mas']))).toEqual(['ya', 'no', 'aguanto', 'mas']);
  });

  it('leaves a word alone when a seventh of its letters are in no known word, or it splits in fewer than three', () => {
    expect(wordsOfRun('nosientoxxxxpiernas', known)).toBeUndefined();
    expect(wordsOfRun('unconstitutional', new Set(['con', 'uti', 'onal']))).toBeUndefined();
    expect(wordsOfRun('sientopiernas', known)).toBeUndefined();
  });

  it('splits only long unknown words and keeps the breaks on the last piece', () => {
    const tokens = splitRunTogether(tokenize('my back. idontwanttobehere. bye now'), () => known, compiled.vocabulary, compiled.signWords);
    expect(tokens.words).toEqual(['my', 'back', 'i', 'dont', 'want', 'to', 'be', 'here', 'bye', 'now']);
    expect(tokens.ends).toEqual([false, true, false, false, false, false, false, true, false, true]);
    const plain = tokenize('no siento las piernas');
    expect(splitRunTogether(plain, () => { throw new Error('not needed'); }, compiled.vocabulary, compiled.signWords)).toBe(plain);
  });

  it('keeps a long typo of a clinical word whole, though its letters would split into short known words', () => {
    // "adormesimiento" (adormecimiento with an s) reads as "a do r me si mi en to" with the rules' known words.
    expect(wordsOfRun('adormesimiento', compiled.knownWords())).toBeDefined();
    expect(splitRunTogether(tokenize('nalgas con adormesimiento'), compiled.knownWords, compiled.vocabulary, compiled.signWords).words).toEqual(['nalgas', 'con', 'adormesimiento']);
    expect(splitRunTogether(tokenize('nosientolaspiernas'), compiled.knownWords, compiled.vocabulary, compiled.signWords).words).toEqual(['no', 'siento', 'las', 'piernas']);
  });

  it('splits "no" typed onto a negative sign word, and no other word that starts with "no"', () => {
    const read = (text: string) => splitRunTogether(tokenize(text), compiled.knownWords, compiled.vocabulary, compiled.signWords).words;
    expect(read('nosiento la cola')).toEqual(['no', 'siento', 'la', 'cola']);
    expect(read('nopuedo orinar')).toEqual(['no', 'puedo', 'orinar']);
    expect(read('nosotros nomas noche notable')).toEqual(['nosotros', 'nomas', 'noche', 'notable']);
  });
});
