import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIAGE_SETS, trainingSets } from '../../../tools/triage/sets.js';

const SET = 'items:\n  - {text: "hello", lang: en, tier: none}\n';

function tree(howMade: string, withCorpusI: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'sets-'));
  mkdirSync(join(root, 'tests/triage/blind'), { recursive: true });
  for (const s of TRIAGE_SETS) writeFileSync(join(root, s.file), SET);
  writeFileSync(join(root, 'tests/triage/blind/HOW-MADE.md'), howMade);
  if (withCorpusI) writeFileSync(join(root, 'tests/triage/corpus-i.yaml'), SET);
  return root;
}

describe('trainingSets', () => {
  it('reads every training set and set I from the blind folder while that folder holds set I', () => {
    const names = trainingSets(tree('# How blind set I was made\n', false)).map((s) => s.name);
    expect(names).toEqual([...TRIAGE_SETS.filter((s) => !s.blind).map((s) => s.file), 'tests/triage/blind/blind.yaml']);
  });

  it('reads set I from corpus-i.yaml once it is there, never a newer blind set', () => {
    const names = trainingSets(tree('# How blind set J was made\n', true)).map((s) => s.name);
    expect(names).toContain('tests/triage/corpus-i.yaml');
    expect(names).not.toContain('tests/triage/blind/blind.yaml');
  });

  it('refuses to train when set I is nowhere to be found', () => {
    expect(() => trainingSets(tree('# How blind set J was made\n', false))).toThrow(/set I/);
  });
});
