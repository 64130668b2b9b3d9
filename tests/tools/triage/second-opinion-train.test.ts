import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, MODEL_FILE, modelSource, pickThresholds, type Scored } from '../../../tools/triage/second-opinion-train.js';

const ROOT = join(import.meta.dirname, '../../..');

describe('the committed second-opinion model', () => {
  it('is what the trainer makes from the committed training sets (run `npm run triage:train` after changing them)', () => {
    expect(readFileSync(join(ROOT, MODEL_FILE), 'utf8')).toBe(modelSource(buildModel(ROOT)));
  }, 3_600_000); // 68 fits (one per training set left out, then all): 15 to 47 minutes on 2 cores at 72,327 messages, as busy as the machine is
});

describe('pickThresholds', () => {
  const doc = (tier: Scored['doc']['tier'], e: number, c: number): Scored => ({ doc: { codes: new Int32Array(), tier, set: 's' }, z: [e, c] });

  it('catches the most emergency and crisis messages while raising at most the allowed share of non-flags', () => {
    const none = Array.from({ length: 100 }, (_, i) => doc('none', i / 10, i / 20));
    const scored = [...none, doc('emergency', 9.95, 0), doc('emergency', 5, 0), doc('crisis', 0, 4.96), doc('crisis', 0, 2), doc('crisis', 9.99, 0)];
    const [e = 0, c = 0] = pickThresholds(scored, 0.02);
    expect(none.filter((s) => (s.z[0] ?? 0) >= e || (s.z[1] ?? 0) >= c).length).toBeLessThanOrEqual(2);
    expect(scored.filter((s) => s.doc.tier !== 'none' && ((s.z[0] ?? 0) >= e || (s.z[1] ?? 0) >= c)).length).toBe(3);
  });

  it('then lets urgent raise at most its own further share of the non-flags emergency and crisis left alone (none when zero)', () => {
    const u = (tier: Scored['doc']['tier'], e: number, urgent: number): Scored => ({ doc: { codes: new Int32Array(), tier, set: 's' }, z: [e, 0, urgent] });
    // Non-flags 0..99: the highest emergency logits are also the highest urgent ones, so urgent's budget goes to the next ones.
    const none = Array.from({ length: 100 }, (_, i) => u('none', i / 10, i / 10));
    const scored = [...none, u('emergency', 9.85, 0), u('urgent', 0, 9.55), u('soon', 0, 9.52), u('urgent', 0, 5)];
    const [e = 0, c = 0, urgent = 0] = pickThresholds(scored, 0.02, 0.03);
    const raisedBy = (s: Scored) => (s.z[0] ?? 0) >= e || (s.z[1] ?? 0) >= c;
    expect(none.filter(raisedBy).length).toBe(1);
    expect(none.filter((s) => !raisedBy(s) && (s.z[2] ?? 0) >= urgent).length).toBe(3);
    // Emergency raises the 9.9 non-flag (to catch its 9.85); urgent's three are 9.8, 9.7 and 9.6 (its threshold just above
    // 9.5), so the urgent and soon messages near the top are caught, the low one not.
    expect(scored.filter((s) => s.doc.tier !== 'none' && s.doc.tier !== 'emergency' && (s.z[2] ?? 0) >= urgent).length).toBe(2);
    expect(pickThresholds(scored, 0.02)[2]).toBe(Infinity);
  });

  it('then lets crisis alone go on down to its own share of non-flags raised in all, and no further', () => {
    // Non-flags: crisis logits 0..9.9, emergency logits low; the crisis messages sit between the non-flags' logits.
    const none = Array.from({ length: 100 }, (_, i) => doc('none', 0, i / 10));
    const crises = [9.95, 9.75, 9.55, 9.35].map((c) => doc('crisis', 0, c));
    const scored = [...none, ...crises, doc('emergency', 9.98, 0)];
    const raised = (th: number[]) => none.filter((s) => (s.z[0] ?? 0) >= (th[0] ?? 0) || (s.z[1] ?? 0) >= (th[1] ?? 0)).length;
    const caught = (th: number[]) => crises.filter((s) => (s.z[1] ?? 0) >= (th[1] ?? 0)).length;
    const joint = pickThresholds(scored, 0.01);
    const more = pickThresholds(scored, 0.01, 0, 0.04);
    expect(raised(joint)).toBe(1);
    expect(caught(joint)).toBe(1);
    // Four non-flags in all (9.9, 9.8, 9.7, 9.6): the crises at 9.75 and 9.55 are caught too, not the one at 9.35.
    expect(raised(more)).toBe(4);
    expect(caught(more)).toBe(3);
    expect(more[0]).toBe(joint[0]);
  });

  it('raises no non-flag when the share allowed is zero, even at the cost of every flag', () => {
    const [e = 0, c = 0] = pickThresholds([doc('none', 1, 1), doc('crisis', 0, 1), doc('emergency', 0.5, 0)], 0);
    expect(e).toBeGreaterThan(1);
    expect(c).toBeGreaterThan(1);
  });
});
