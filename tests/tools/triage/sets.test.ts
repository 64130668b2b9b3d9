import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIAGE_SETS, trainingSets } from '../../../tools/triage/sets.js';

const SET = 'items:\n  - {text: "hello", lang: en, tier: none}\n';

describe('trainingSets', () => {
  it('reads every training set and never the blind set', () => {
    const root = mkdtempSync(join(tmpdir(), 'sets-'));
    mkdirSync(join(root, 'tests/triage/blind'), { recursive: true });
    for (const s of TRIAGE_SETS) writeFileSync(join(root, s.file), SET);
    const names = trainingSets(root).map((s) => s.name);
    expect(names).toContain('tests/triage/corpus-v.yaml');
    expect(names).toContain('tests/triage/corpus-w.yaml');
    expect(names).toContain('tests/triage/corpus-x.yaml');
    expect(names).toContain('tests/triage/corpus-y.yaml');
    expect(names).toContain('tests/triage/corpus-z.yaml');
    expect(names).toContain('tests/triage/corpus-aa.yaml');
    expect(names).toContain('tests/triage/corpus-ab.yaml');
    expect(names).toContain('tests/triage/corpus-ac.yaml');
    expect(names).toContain('tests/triage/corpus-ad.yaml');
    expect(names).toContain('tests/triage/corpus-ae.yaml');
    expect(names).toContain('tests/triage/corpus-af.yaml');
    expect(names).toContain('tests/triage/corpus-ag.yaml');
    expect(names).toContain('tests/triage/corpus-ah.yaml');
    expect(names).toContain('tests/triage/corpus-ai.yaml');
    expect(names).toContain('tests/triage/corpus-aj.yaml');
    expect(names).toContain('tests/triage/corpus-ak.yaml');
    expect(names).toContain('tests/triage/corpus-al.yaml');
    expect(names).toContain('tests/triage/corpus-am.yaml');
    expect(names).toContain('tests/triage/corpus-an.yaml');
    expect(names).toContain('tests/triage/corpus-ao.yaml');
    expect(names).toContain('tests/triage/corpus-ap.yaml');
    expect(names).toContain('tests/triage/corpus-aq.yaml');
    expect(names).toContain('tests/triage/corpus-ar.yaml');
    expect(names).toContain('tests/triage/corpus-as.yaml');
    expect(names).toContain('tests/triage/corpus-at.yaml');
    expect(names).toContain('tests/triage/corpus-au.yaml');
    expect(names).toContain('tests/triage/corpus-av.yaml');
    expect(names).toContain('tests/triage/corpus-aw.yaml');
    expect(names).toContain('tests/triage/corpus-ax.yaml');
    expect(names).toContain('tests/triage/corpus-ay.yaml');
    expect(names).toContain('tests/triage/corpus-az.yaml');
    expect(names).not.toContain('tests/triage/blind/blind.yaml');
    expect(names).toHaveLength(TRIAGE_SETS.length - 1);
  });
});
