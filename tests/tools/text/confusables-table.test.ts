import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confusablesVersion, encodeCodes, lookalikeTable, TABLE_FILE, tableSource } from '../../../tools/text/confusables-table.js';

const ROOT = join(import.meta.dirname, '../../..');

describe('the committed look-alike table', () => {
  it('is what the generator makes from the installed confusables package (run `npm run text:confusables` after updating it)', () => {
    expect(readFileSync(join(ROOT, TABLE_FILE), 'utf8')).toBe(tableSource(lookalikeTable(), confusablesVersion()));
  });
});

describe('lookalikeTable', () => {
  it('keeps only the look-alikes NFKC, accent removal and lower case leave unfolded, by their lower-case Latin target', () => {
    const table = lookalikeTable(
      new Map([
        ['\u0430', 'a'], // Cyrillic а: kept
        ['\u0391', 'A'], // Greek Α: kept, under a
        ['\u03b7', 'n'], // Greek η: kept
        ['\u00e6', 'ae'], // æ: kept, two letters
        ['|', 'l'], // ASCII
        ['\uff41', 'a'], // fullwidth ａ: NFKC rewrites it
        ['\u0c02', 'o'], // Telugu anusvara: a mark the package drops
        ['\u00e1', 'a'], // á: accent removal gives a
        ['\u0100', 'A'], // Ā: accent removal and lower case give a
        ['\u0410', '@'], // not a Latin letter or digit
        ['\u0406', 'l'], // Cyrillic capital І: the package's l (a capital I's skeleton), read as i
        ['\u04cf', 'l'], // Cyrillic small palochka ӏ: l
      ]),
    );
    expect(Object.fromEntries(table.folds)).toEqual({ a: [0x391, 0x430], n: [0x3b7], ae: [0xe6], i: [0x406], l: [0x4cf] });
    expect(table.leftOut).toEqual({ ascii: 1, nfkc: 1, mark: 1, already: 2, target: 1 });
    expect(table.read).toBe(12);
  });
});

describe('encodeCodes', () => {
  it('writes base-36 gaps from the previous code point and runs as +n', () => {
    expect(encodeCodes([0x61, 0x62, 0x63, 0x70])).toBe('2p+2 d');
    expect(encodeCodes([0x430])).toBe('ts');
    expect(encodeCodes([0x41, 0x43, 0x44, 0x1d400])).toBe('1t 2+1 2ke4');
    expect(encodeCodes([])).toBe('');
  });
});
