import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, fingerprintText } from '../../../tools/lint/copied-text.js';
import { FINGERPRINT_FILE, readFingerprint } from '../../../tools/lint/source-fingerprint.js';

const root = new URL('../../../', import.meta.url).pathname;
const source = fingerprintText('A made-up source: the quick brown fox jumps over the lazy dog near the river bank today.', 'salt-for-this-test-0001');

describe('copiedRuns', () => {
  it('finds the longest shared run, ignoring case and punctuation', () => {
    expect(copiedRuns('THE FOX: quick brown fox, jumps over the lazy dog near the river - and swims.', source)).toEqual([
      'quick brown fox jumps over the lazy dog near the river',
    ]);
  });

  it('allows a shared run of 7 words', () => {
    expect(copiedRuns('A quick brown fox jumps over the lazy cat.', source)).toEqual([]);
  });

  it('reports separate runs separately', () => {
    const two = fingerprintText('one two three four five six seven eight nine. alpha beta gamma delta epsilon zeta eta theta', 'salt-for-this-test-0002');
    expect(copiedRuns('one two three four five six seven eight and alpha beta gamma delta epsilon zeta eta theta', two)).toEqual([
      'one two three four five six seven eight',
      'alpha beta gamma delta epsilon zeta eta theta',
    ]);
  });

  it('keeps no text of the source: only salted hashes, which change with the salt', () => {
    const other = fingerprintText('A made-up source: the quick brown fox jumps over the lazy dog near the river bank today.', 'another-salt-000002');
    expect(JSON.stringify(source)).not.toMatch(/fox|lazy|river/);
    expect(other.hashes).not.toEqual(source.hashes);
    expect(copiedRuns('the quick brown fox jumps over the lazy dog', other)).toEqual(['the quick brown fox jumps over the lazy dog']);
  });
});

describe('the committed fingerprint of the source article', () => {
  const committed = readFingerprint(root);

  it('finds a phrase the article contains and passes fresh writing', () => {
    // An 11-word phrase of the article, kept here as the one known positive.
    expect(copiedRuns('A nerve which branches out from the lower back into the legs, they say.', committed)).toEqual([
      'nerve which branches out from the lower back into the legs',
    ]);
    expect(copiedRuns('The sciatic nerve runs from your lower back down each leg to the foot.', committed)).toEqual([]);
  });

  it('fails with a message naming the file and the command when it is missing or malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    expect(() => readFingerprint(dir)).toThrow(/content\/source-fingerprint\.json.*npm run content:fingerprint/);
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, FINGERPRINT_FILE), JSON.stringify({ format: 'backline-fingerprint/1', runLength: 7, salt: 'x', hashes: [] }));
    expect(() => readFingerprint(dir)).toThrow(/malformed: runLength/);
  });
});
