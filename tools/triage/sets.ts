import { readFileSync } from 'node:fs';
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
  { name: 'training: set I', file: 'tests/triage/corpus-i.yaml', blind: false },
  { name: 'training: set J', file: 'tests/triage/corpus-j.yaml', blind: false },
  { name: 'training: set K', file: 'tests/triage/corpus-k.yaml', blind: false },
  { name: 'training: set L', file: 'tests/triage/corpus-l.yaml', blind: false },
  { name: 'training: set M', file: 'tests/triage/corpus-m.yaml', blind: false },
  { name: 'training: set N', file: 'tests/triage/corpus-n.yaml', blind: false },
  { name: 'training: set O', file: 'tests/triage/corpus-o.yaml', blind: false },
  { name: 'training: set P', file: 'tests/triage/corpus-p.yaml', blind: false },
  { name: 'training: set Q', file: 'tests/triage/corpus-q.yaml', blind: false },
  { name: 'training: set R', file: 'tests/triage/corpus-r.yaml', blind: false },
  { name: 'training: set S', file: 'tests/triage/corpus-s.yaml', blind: false },
  { name: 'training: set T', file: 'tests/triage/corpus-t.yaml', blind: false },
  { name: 'training: set U', file: 'tests/triage/corpus-u.yaml', blind: false },
  { name: 'training: set V', file: 'tests/triage/corpus-v.yaml', blind: false },
  { name: 'training: set W', file: 'tests/triage/corpus-w.yaml', blind: false },
  { name: 'training: set X', file: 'tests/triage/corpus-x.yaml', blind: false },
  { name: 'training: set Y', file: 'tests/triage/corpus-y.yaml', blind: false },
  { name: 'training: set Z', file: 'tests/triage/corpus-z.yaml', blind: false },
  { name: 'training: set AA', file: 'tests/triage/corpus-aa.yaml', blind: false },
  { name: 'training: set AB', file: 'tests/triage/corpus-ab.yaml', blind: false },
  { name: 'training: set AC', file: 'tests/triage/corpus-ac.yaml', blind: false },
  { name: 'training: set AD', file: 'tests/triage/corpus-ad.yaml', blind: false },
  { name: 'training: set AE', file: 'tests/triage/corpus-ae.yaml', blind: false },
  { name: 'training: set AF', file: 'tests/triage/corpus-af.yaml', blind: false },
  { name: 'training: set AG', file: 'tests/triage/corpus-ag.yaml', blind: false },
  { name: 'training: set AH', file: 'tests/triage/corpus-ah.yaml', blind: false },
  { name: 'training: set AI', file: 'tests/triage/corpus-ai.yaml', blind: false },
  { name: 'training: set AJ', file: 'tests/triage/corpus-aj.yaml', blind: false },
  { name: 'training: set AK', file: 'tests/triage/corpus-ak.yaml', blind: false },
  { name: 'training: set AL', file: 'tests/triage/corpus-al.yaml', blind: false },
  { name: 'training: set AM', file: 'tests/triage/corpus-am.yaml', blind: false },
  { name: 'training: set AN', file: 'tests/triage/corpus-an.yaml', blind: false },
  { name: 'training: set AO', file: 'tests/triage/corpus-ao.yaml', blind: false },
  { name: 'training: set AP', file: 'tests/triage/corpus-ap.yaml', blind: false },
  { name: 'training: set AQ', file: 'tests/triage/corpus-aq.yaml', blind: false },
  { name: 'training: set AR', file: 'tests/triage/corpus-ar.yaml', blind: false },
  { name: 'training: set AS', file: 'tests/triage/corpus-as.yaml', blind: false },
  { name: 'training: set AT', file: 'tests/triage/corpus-at.yaml', blind: false },
  { name: 'training: set AU', file: 'tests/triage/corpus-au.yaml', blind: false },
  { name: 'training: set AV', file: 'tests/triage/corpus-av.yaml', blind: false },
  { name: 'training: set AW', file: 'tests/triage/corpus-aw.yaml', blind: false },
  { name: 'training: set AX', file: 'tests/triage/corpus-ax.yaml', blind: false },
  { name: 'training: set AY', file: 'tests/triage/corpus-ay.yaml', blind: false },
  { name: 'training: set AZ', file: 'tests/triage/corpus-az.yaml', blind: false },
  { name: 'training: set BA', file: 'tests/triage/corpus-ba.yaml', blind: false },
  { name: 'training: set BB', file: 'tests/triage/corpus-bb.yaml', blind: false },
  { name: 'training: set BC', file: 'tests/triage/corpus-bc.yaml', blind: false },
  { name: 'training: set BDX (not blind)', file: 'tests/triage/corpus-bdx.yaml', blind: false },
  { name: 'training: set BD', file: 'tests/triage/corpus-bd.yaml', blind: false },
  { name: 'training: set BEX (written for training)', file: 'tests/triage/corpus-bex.yaml', blind: false },
  { name: 'training: set BEY (written for training)', file: 'tests/triage/corpus-bey.yaml', blind: false },
  { name: 'training: set BE', file: 'tests/triage/corpus-be.yaml', blind: false },
  { name: 'training: set BF', file: 'tests/triage/corpus-bf.yaml', blind: false },
  { name: 'training: set BG (seen by mistake while held out)', file: 'tests/triage/corpus-bg.yaml', blind: false },
  { name: 'training: set BH', file: 'tests/triage/corpus-bh.yaml', blind: false },
  { name: 'training: set BI', file: 'tests/triage/corpus-bi.yaml', blind: false },
  { name: 'training: set BJ', file: 'tests/triage/corpus-bj.yaml', blind: false },
  { name: 'training: set BK', file: 'tests/triage/corpus-bk.yaml', blind: false },
  { name: 'blind set BL (held out)', file: 'tests/triage/blind/blind.yaml', blind: true },
] as const;

/** Reads one labelled set (relative to the project root). */
export function readLabelledSet(root: string, file: string): LabelledMessage[] {
  return LabelledSetSchema.parse(parse(readFileSync(join(root, file), 'utf8'))).items;
}

/** The sets the statistical second opinion is trained on, by file: every training set of TRIAGE_SETS, never the blind set. */
export function trainingSets(root: string): Array<{ name: string; items: LabelledMessage[] }> {
  return TRIAGE_SETS.filter((s) => !s.blind).map(({ file }) => ({ name: file, items: readLabelledSet(root, file) }));
}
