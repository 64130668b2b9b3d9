import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LabelledSetSchema, type LabelledMessage } from './score.js';

/** The labelled sets triage is measured on: the training corpora it was tuned on, and the blind set it never was. */
export const TRIAGE_SETS = [
  { name: 'training: original corpus', file: 'tests/triage/corpus.yaml', blind: false },
  { name: 'training: set B', file: 'tests/triage/corpus-b.yaml', blind: false },
  { name: 'training: set A', file: 'tests/triage/corpus-a.yaml', blind: false },
  { name: 'training: set C', file: 'tests/triage/corpus-c.yaml', blind: false },
  { name: 'training: set D', file: 'tests/triage/corpus-d.yaml', blind: false },
  { name: 'training: set E', file: 'tests/triage/corpus-e.yaml', blind: false },
  { name: 'training: set F', file: 'tests/triage/corpus-f.yaml', blind: false },
  { name: 'training: set G', file: 'tests/triage/corpus-g.yaml', blind: false },
  { name: 'training: set H', file: 'tests/triage/corpus-h.yaml', blind: false },
  { name: 'blind set I (held out)', file: 'tests/triage/blind/blind.yaml', blind: true },
] as const;

/** Reads one labelled set (relative to the project root). */
export function readLabelledSet(root: string, file: string): LabelledMessage[] {
  return LabelledSetSchema.parse(parse(readFileSync(join(root, file), 'utf8'))).items;
}

/** Set I: held out while the rules were tuned, then moved into training as corpus-i.yaml (the blind folder's copy is read until then). */
const SET_I = { moved: 'tests/triage/corpus-i.yaml', blind: 'tests/triage/blind/blind.yaml', howMade: 'tests/triage/blind/HOW-MADE.md' } as const;

/**
 * The sets the statistical second opinion is trained on, by file: every training set of TRIAGE_SETS plus set I,
 * from corpus-i.yaml when it exists, else from the blind folder only while that folder still holds set I (its
 * HOW-MADE note says so), so a newer blind set put there is never trained on.
 */
export function trainingSets(root: string): Array<{ name: string; items: LabelledMessage[] }> {
  const files: string[] = TRIAGE_SETS.filter((s) => !s.blind).map((s) => s.file);
  if (existsSync(join(root, SET_I.moved))) files.push(SET_I.moved);
  else if (/^# How blind set I was made/m.test(readFileSync(join(root, SET_I.howMade), 'utf8'))) files.push(SET_I.blind);
  else throw new Error(`set I is neither at ${SET_I.moved} nor in the blind folder`);
  return [...new Set(files)].map((file) => ({ name: file, items: readLabelledSet(root, file) }));
}
