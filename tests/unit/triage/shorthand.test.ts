import { describe, expect, it } from 'vitest';
import { classify } from '../../../functions/triage/classify.js';
import { parsePhrase } from '../../../functions/triage/pattern.js';
import { spelledOut, withoutFillers } from '../../../functions/triage/shorthand.js';
import { tokenize } from '../../../functions/triage/tokens.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';

const rules = loadTriageRules('content/triage.yaml');
const tierOf = (text: string) => classify(rules, text).tier;

describe('texting shorthand', () => {
  it('spells out shorthand and leaves every other word as it is', () => {
    expect(['q', 'xq', 'bn', 'u', 'wen', 'bak'].map(spelledOut)).toEqual(['que', 'porque', 'bien', 'you', 'when', 'back']);
    expect(['pee', 'que', 'no', ''].map(spelledOut)).toEqual(['pee', 'que', 'no', '']);
  });

  it("spells out a rule's words too, so a rule written either way reads both", () => {
    expect(parsePhrase('q pasa si')).toEqual(parsePhrase('que pasa si'));
  });

  it('reads a message in shorthand as the same message spelled out', () => {
    const pairs = [
      ['el doctor me dijo q si no podia orinar fuera a emergencias, pero orino bn', 'el doctor me dijo que si no podia orinar fuera a emergencias, pero orino bien'],
      ['i dont know wen i have to pee anymore and my bak hurts', 'i dont know when i have to pee anymore and my back hurts'],
    ];
    for (const [short, long] of pairs) expect(tierOf(short ?? ''), short).toBe(tierOf(long ?? ''));
    expect(pairs.map(([short]) => tierOf(short ?? ''))).toEqual(['none', 'emergency']);
  });

  it('reads "what do I do if" about a sign as asking for help now, not a question about red flags', () => {
    expect(tierOf("what do I do if I can't pee")).toBe('emergency');
    expect(tierOf('q hago si no puedo orinar y tengo dolor de espalda?')).toBe('emergency');
  });
});

describe('speech fillers', () => {
  it('drops um and uh, keeping a dropped word\'s clause break on the word before it', () => {
    const t = withoutFillers(tokenize('no puedo um, control my um bladder'));
    expect(t.words).toEqual(['no', 'puedo', 'control', 'my', 'bladder']);
    expect(t.breaks).toEqual([false, true, false, false, true]);
    const plain = tokenize('no puedo controlar la vejiga');
    expect(withoutFillers(plain)).toBe(plain);
  });

  it('reads a sign split by fillers as the sign', () => {
    expect(classify(rules, 'um i cant uh feel my um legs', true).tier).toBe(classify(rules, 'i cant feel my legs', true).tier);
    expect(classify(rules, 'um i cant uh feel my um legs', true).tier).toBe('emergency');
    expect(classify(rules, 'um hi si es que no puedo um control my blad der desde ayer', true).tier).toBe('emergency');
  });
});
