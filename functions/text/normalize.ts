import { canonicalText } from './canonical.js';

/** The canonical form (see canonicalText) with apostrophes dropped and other punctuation turned into single spaces, trimmed: how keywords and commands are compared. */
export function normalize(input: string): string {
  return canonicalText(input)
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
