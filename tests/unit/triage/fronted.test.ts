import { describe, expect, it } from 'vitest';
import { classify } from '../../../functions/triage/classify.js';
import { frontedFragments } from '../../../functions/triage/fronted.js';
import { tokenize } from '../../../functions/triage/tokens.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';

const rules = loadTriageRules('content/triage.yaml');

describe('frontedFragments', () => {
  it('reads an opening fragment of up to four words on into the clauses after it, and joins it to the last one', () => {
    const joined = frontedFragments(tokenize('I cant. And I tried all day, standing, sitting, everything, pee.'));
    expect(joined.map((t) => t.words.join(' '))).toEqual(['i cant and i tried all day standing sitting everything pee', 'i cant pee']);
    // The join is a clause break, not a sentence end: a negation stops there, a short gap crosses it.
    expect(joined[0]?.ends.slice(0, 2)).toEqual([false, false]);
    expect(joined[0]?.breaks[1]).toBe(true);
    expect(joined[1]?.breaks).toEqual([false, true, true]);
    expect(joined[1]?.ends).toEqual([false, false, true]);
  });

  it('does not read a fragment ending in a clause break on again: that is the message itself', () => {
    const joined = frontedFragments(tokenize('I cant, and I tried all day, standing, sitting, everything, pee.'));
    expect(joined.map((t) => t.words.join(' '))).toEqual(['i cant pee']);
  });

  it('joins nothing when the opening clause is a full sentence of five words or more, or there are under three clauses', () => {
    expect(frontedFragments(tokenize('My back has hurt since Monday, I walk a lot, I pee fine.'))).toEqual([]);
    expect(frontedFragments(tokenize('I cant, pee.'))).toEqual([]);
  });

  it('joins nothing when the fragment is answered in one word (a checklist, not a digression); a one-word digression still joins', () => {
    const isAnswer = (word: string) => word === 'nope';
    expect(frontedFragments(tokenize('Chest pain? Nope. Breathing? Fine. Just a sore calf from running.'), isAnswer)).toEqual([]);
    expect(frontedFragments(tokenize("I can't. Honestly. I've been trying since 6am, pee"), isAnswer).map((t) => t.words.join(' '))).toEqual(['i cant honestly ive been trying since 6 am pee', 'i cant pee']);
  });
  it('joins nothing when the fragment is a question an opener opens (round 34); one without a question mark still joins', () => {
    const isOpener = (word: string) => word === 'whats';
    expect(frontedFragments(tokenize('Whats foot drop? My physio said it, my feet are fine.'), () => false, isOpener)).toEqual([]);
    expect(frontedFragments(tokenize('Whats foot drop. My physio said it, my feet are fine.'), () => false, isOpener)).toHaveLength(2);
  });
});

describe('a sign told around a digression', () => {
  it('is caught when the fragment opens the message and the sign closes it', () => {
    expect(classify(rules, "I can't, and I've been trying since 6am, standing, sitting, running the faucet, everything, pee.").tier).toBe('emergency');
    expect(classify(rules, 'no puedo, desde ayer en la tarde, y luego en la noche, y esta mañana, orinar').tier).toBe('emergency');
    expect(classify(rules, "can't \u2014 long story, my back went out at a wedding, ice and ibuprofen \u2014 feel the toilet paper when I wipe").tier).toBe('emergency');
  });

  it('does not carry a negation from the fragment into the clause it is joined to', () => {
    expect(classify(rules, 'No numbness, I walked the dog, did the stretches, and honestly I am fine').tier).toBe('none');
  });

  it('leaves a fragment set aside by what the message says later (round 30)', () => {
    // Read with only its next clause, the fragment lost the explanation after it.
    expect(classify(rules, 'chest pain this morning, went away, the er said it was reflux').tier).toBe('none');
    expect(classify(rules, 'chest pain this morning, went away, then came back at lunch').tier).toBe('emergency');
  });
});
