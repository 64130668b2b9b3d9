import type { Tokens } from './tokens.js';

/** Words a fronted fragment may have at most ("I can't,", "Both of them.", "The numbness,", "no puedo,"). */
const FRAGMENT_WORDS = 4;

function clauses(tokens: Tokens): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  tokens.words.forEach((_w, i) => {
    if (tokens.breaks[i] || i === tokens.words.length - 1) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  });
  return out;
}

function joined(tokens: Tokens, [a0, a1]: [number, number], [b0, b1]: [number, number]): Tokens {
  const pick = <T>(list: readonly T[]) => [...list.slice(a0, a1), ...list.slice(b0, b1)];
  const breaks = pick(tokens.breaks);
  const ends = pick(tokens.ends);
  const asks = pick(tokens.asks);
  // The fragment ends a clause, not a sentence: a short gap may cross it, a negation may not.
  breaks[a1 - a0 - 1] = true;
  ends[a1 - a0 - 1] = false;
  asks[a1 - a0 - 1] = false;
  return { words: pick(tokens.words), breaks, ends, asks };
}

/**
 * A sign told around a digression ("I can't, and I've been trying since 6am, standing, sitting, everything, pee";
 * "I fell. It was from the top of the orchard ladder"): when the message opens with a fragment of at most four
 * words and has three clauses or more (the second not a one-word answer, `isAnswer`; the fragment not a question an
 * opener opens, `isOpener`), the fragment read on into the
 * clauses after it when it ends a sentence (its end then a clause break) and joined to the last clause, as token
 * lists to match as well (never the message itself again). Otherwise none.
 */
export function frontedFragments(tokens: Tokens, isAnswer: (word: string) => boolean = () => false, isOpener: (word: string) => boolean = () => false): Tokens[] {
  const parts = clauses(tokens);
  const first = parts[0];
  const second = parts[1];
  const last = parts[parts.length - 1];
  if (parts.length < 3 || !first || !second || !last || first[1] - first[0] > FRAGMENT_WORDS) return [];
  // A fragment answered in one word ("Chest pain? Nope. Breathing? Fine.") is a checklist, not a digression.
  if (second[1] - second[0] === 1 && isAnswer(tokens.words[second[0]] ?? '')) return [];
  // A fragment asked ("whats foot drop? my physio mentioned it, my feet are fine": an opener opens it, a question mark ends it) tells no sign.
  if (tokens.asks[first[1] - 1] && isOpener(tokens.words[first[0]] ?? '')) return [];
  // The fragment read on into the rest of the message (what follows may still set the sign aside: "chest pain this
  // morning, went away, the ER said it was reflux"): only when it ends a sentence, else that is the message itself.
  const readOn = tokens.ends[first[1] - 1] ? [joined(tokens, first, [second[0], tokens.words.length])] : [];
  // And joined to the last clause, over the digression.
  return [...readOn, joined(tokens, first, last)];
}
