import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../functions/text/canonical.js';
import { emojiAsWords } from '../../../functions/triage/emoji-words.js';
import { normalize, rewriteTokens, tokenize } from '../../../functions/triage/tokens.js';

describe('normalize', () => {
  it('lowercases, strips accents and apostrophes, turns punctuation into single spaces', () => {
    expect(normalize("  I CAN'T   pee!!  ")).toBe('i cant pee');
    expect(normalize('No puedo orinar, ¿qué hago? Señal')).toBe('no puedo orinar que hago senal');
    expect(normalize('can\u2019t feel... when i wipe')).toBe('cant feel when i wipe');
  });

  it('splits numbers from units', () => {
    expect(normalize('lost 15lbs, temp 101F')).toBe('lost 15 lbs temp 101 f');
  });
});

/** Rules' words as a compiled rules object gives them: one-word negation cues and one-word answers. */
const RULES_WORDS = { cueWords: new Set(['never', 'no', 'non', 'not', 'nunca']), answers: new Set(['no', 'nope', 'nah', 'yes', 'yeah', 'yep', 'si', 'nada', 'none', 'ok', 'okay']) };

describe('tokenize', () => {
  it('marks clause breaks where punctuation was', () => {
    const t = tokenize('no numbness, but i cant pee');
    expect(t.words).toEqual(['no', 'numbness', 'but', 'i', 'cant', 'pee']);
    expect(t.breaks).toEqual([false, true, false, false, false, true]);
  });

  it('marks sentence ends apart from commas: a short gap may cross a comma, not a full stop', () => {
    const t = tokenize('my legs, numb. then pain? ok');
    expect(t.words).toEqual(['my', 'legs', 'numb', 'then', 'pain', 'ok']);
    expect(t.breaks).toEqual([false, true, true, false, true, true]);
    expect(t.ends).toEqual([false, false, true, false, true, true]);
  });

  it('marks the last word of a sentence a question mark ends, and keeps the mark through rewrites', () => {
    const t = tokenize('is foot drop permanent? my foot is fine. o rinar?');
    expect(t.asks).toEqual([false, false, false, true, false, false, false, false, false, true]);
    const joined = rewriteTokens(t, (i) => (t.words[i] === 'o' ? { words: ['orinar'], take: 2 } : undefined));
    expect(joined.asks).toEqual([false, false, false, true, false, false, false, false, true]);
  });

  it('reads an emoji that stands for a word as that word, a run of one emoji as one word, and drops mood emoji', () => {
    expect(tokenize('done 💊💊💊💊 bye').words).toEqual(['done', 'pills', 'bye']);
    expect(tokenize('🍑numb + back 😩').words).toEqual(['butt', 'numb', 'back']);
    expect(tokenize('🌡\uFE0F 102 😂😂').words).toEqual(['fever', '102']);
    expect(tokenize('🌡\uFE0F🌡\uFE0F 🦵🏽🦵🏽').words).toEqual(['fever', 'leg']);
  });

  it('treats en and em dashes as clause breaks', () => {
    expect(tokenize('cant \u2014 long story \u2013 pee').breaks).toEqual([true, false, true, true]);
  });

  it('reads a hyphen inside a word as a space, one between words as a clause break', () => {
    expect(tokenize('tear-off').breaks).toEqual([false, true]);
    expect(tokenize('self-harm again').words).toEqual(['self', 'harm', 'again']);
    expect(tokenize('numb - both legs').breaks).toEqual([true, false, true]);
    expect(tokenize('never-ending numbness', RULES_WORDS).breaks).toEqual([true, false, true]);
  });

  it('reads three or more one-word sentences in a row as one sentence said word by word, unless one is a question', () => {
    const t = tokenize('Pee. Just. Comes. Out. Back pain.');
    expect(t.ends).toEqual([false, false, false, true, false, true]);
    expect(tokenize('Back. Pain.').ends).toEqual([true, true]);
    expect(tokenize('chest pain? nope. breathing? fine.').ends).toEqual([false, true, true, true, true]);
    expect(tokenize('Fever. No. Legs. Weak. Both.', RULES_WORDS).ends).toEqual([true, true, true, true, true]);
  });

  it('rewrites runs of tokens, keeping the breaks of the tokens taken on the last word given or on the word before', () => {
    const t = tokenize('o rinar. um, no puedo');
    const joined = rewriteTokens(t, (i) => (i === 0 ? { words: ['orinar'], take: 2 } : undefined));
    expect(joined).toEqual({ words: ['orinar', 'um', 'no', 'puedo'], breaks: [true, true, false, true], ends: [true, false, false, true], asks: [false, false, false, false] });
    const dropped = rewriteTokens(t, (i) => (t.words[i] === 'um' ? { words: [], take: 1 } : undefined));
    expect(dropped).toEqual({ words: ['o', 'rinar', 'no', 'puedo'], breaks: [false, true, false, true], ends: [false, true, false, true], asks: [false, false, false, false] });
    const split = rewriteTokens(t, (i) => (t.words[i] === 'rinar' ? { words: ['ri', 'nar'], take: 1 } : undefined));
    expect(split.words).toEqual(['o', 'ri', 'nar', 'um', 'no', 'puedo']);
    expect(split.ends).toEqual([false, false, true, false, false, true]);
    expect(rewriteTokens(t, () => undefined)).toBe(t);
  });

  it('reads a digit written for a letter inside a word as that letter ("su1c1de"), and no other digit', () => {
    expect(tokenize('su1c1de h3lp st0p').words).toEqual(['suicide', 'help', 'stop']);
    expect(tokenize('L5 S1, 3rd day, b12, 36.8').words).toEqual(['l', '5', 's', '1', '3', 'rd', 'day', 'b', '12', '36', '8']);
    // A count after an "x" that opens its word is a count: "x7wks", "x3d"; elsewhere a digit between letters is still a letter.
    expect(tokenize('sciatica x7wks, lbp x3d, t3xt').words).toEqual(['sciatica', 'x', '7', 'wks', 'lbp', 'x', '3', 'd', 'text']);
  });

  it('reads a star inside a short word, or an exclamation mark after consonants that are no word, as the hidden letter', () => {
    expect(tokenize('k!ll myself, d*e, sh!t').words).toEqual(['kill', 'myself', 'die', 'shit']);
    expect(tokenize('s*icide').words).toEqual(['siicide']);
    // A missing space after an exclamation mark is a sentence end, not a hidden letter.
    expect(tokenize('wow!so sore. Hi!I have pain, help!now').words).toEqual(['wow', 'so', 'sore', 'hi', 'i', 'have', 'pain', 'help', 'now']);
    expect(tokenize('wow!so sore').ends).toEqual([true, false, true]);
    // Never inside a long word, nor a star used for emphasis.
    expect(tokenize('everything*really hurts, *so* bad').words).toEqual(['everything', 'really', 'hurts', 'so', 'bad']);
  });

  it('reads a decimal point or comma between digits as part of the number, not a sentence end', () => {
    expect(tokenize('temp is 36.8 now')).toEqual({ words: ['temp', 'is', '36', '8', 'now'], breaks: [false, false, false, false, true], ends: [false, false, false, false, true], asks: [false, false, false, false, false] });
    expect(tokenize('38,5 de fiebre. 3. Ok').ends).toEqual([false, false, false, true, true, true]);
  });

  it('returns nothing for empty or symbol-only text', () => {
    expect(tokenize('').words).toEqual([]);
    expect(tokenize(' ?! ').words).toEqual([]);
  });
});

describe('tokenize in one pass', () => {
  // Splitting the normalized text on runs of clause punctuation, as it was written first: the same words, breaks and ends.
  const reference = (text: string) => {
    const words: string[] = [];
    const breaks: boolean[] = [];
    const ends: boolean[] = [];
    const asks: boolean[] = [];
    const folded = canonicalText(emojiAsWords(text)).replace(/(?<=[a-z])[013457](?=[a-z])/g, (d) => ({ 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' })[d] ?? d).replace(/(?<=(?:^|[^a-z])(?:[a-z]{1,5}(?=\*)|[b-df-hj-np-tv-xz]{1,3}(?=!)))[!*](?=[a-z]{1,9}(?![a-z]))/g, 'i').replace(/(^|[^a-z0-9])([a-z0-9]+)-(?=[a-z0-9])/g, (m, pre: string, word: string) => (['never', 'no', 'non', 'not', 'nunca'].includes(word) ? m : `${pre}${word} `)).replace(/(\d)[.,](?=\d)/g, '$1 ').replace(/['\u2018\u2019\u02bc`\u00b4]/g, '').replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2');
    const pieces = folded.split(/([.,;:!?\u00bf\u00a1()\n\r\u2026\u2013\u2014-]+)/);
    // Per sentence: its first word and whether a question mark ended it.
    const sentences: Array<{ from: number; asked: boolean }> = [];
    let from = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const clause = (pieces[i] ?? '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
      for (const w of clause) words.push(w), breaks.push(false), ends.push(false), asks.push(false);
      if (clause.length === 0) continue;
      breaks[breaks.length - 1] = true;
      const after = pieces[i + 1];
      if (after === undefined || /[.;!?\n\r\u2026]/.test(after)) {
        ends[ends.length - 1] = true;
        asks[asks.length - 1] = after?.includes('?') ?? false;
        sentences.push({ from, asked: after?.includes('?') ?? false });
        from = words.length;
      }
    }
    // Three or more one-word sentences in a row, none a question, read as one sentence ("Pee. Just. Comes. Out.").
    const one = sentences.map((s, k) => (sentences[k + 1]?.from ?? words.length) - s.from === 1 && !s.asked);
    const answers = ['no', 'nope', 'nah', 'yes', 'yeah', 'yep', 'si', 'nada', 'none', 'ok', 'okay'];
    for (let k = 0; k < one.length; ) {
      let n = 0;
      while (one[k + n]) n++;
      const answered = sentences.slice(k, k + n).some((s) => answers.includes(words[s.from] ?? ''));
      if (n >= 3 && !answered) for (let j = 0; j < n - 1; j++) breaks[(sentences[k + j]?.from ?? 0)] = ends[(sentences[k + j]?.from ?? 0)] = false;
      k += Math.max(n, 1);
    }
    return { words, breaks, ends, asks };
  };
  const pieces = ['a', 'b', '5', '0', ' ', '-', '.', ',', ';', ':', '!', '?', '¿', '¡', '(', ')', '\n', '\r', '…', "'", '’', 'ʼ', '`', '$', '/', 'é', '😀', '💊', '🍑\uFE0F', '\u2013', '\u2014', '\t', 'cant', '12'];

  it('finds the words, breaks and sentence ends of splitting on clause punctuation', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      expect(tokenize(text, RULES_WORDS)).toEqual(reference(text));
    }), { numRuns: 20_000, seed: 20_261_128 });
  });
});
