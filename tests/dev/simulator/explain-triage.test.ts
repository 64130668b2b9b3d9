import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainTriage } from '../../../dev/simulator/explain-triage.js';
import { loadContent } from '../../../tools/content/load-yaml.js';

const rules = loadContent(join(import.meta.dirname, '../../../content')).triage;
const SADDLE = 'Saddle numbness, or not feeling toilet paper when wiping (cauda equina)';

describe('explainTriage', () => {
  it('names the tier and the sign by its label, never a rule id', () => {
    const x = explainTriage(rules, 'i cant feel anything when i wipe');
    expect(x).toMatchObject({ tier: 'emergency', signs: [SADDLE], someoneElse: false, setAside: [] });
  });

  it("says when the sign is someone else's", () => {
    expect(explainTriage(rules, 'my mom cant feel anything when she wipes')).toMatchObject({ tier: 'emergency', someoneElse: true });
  });

  it.each([
    ['no numbness when i wipe', 'negated'],
    ['years ago i lost control of my bladder but it went away', 'over or in the past'],
    ['what happens if you cant pee', 'only asked about'],
    ['i want to kill myself jk', 'joke'],
  ])('finds the sign a modifier set aside in "%s" (%s)', (text, why) => {
    const x = explainTriage(rules, text);
    expect(x.tier).toBe('none');
    expect(x.setAside[0]?.why).toContain(why);
    expect(x.setAside[0]?.sign).not.toMatch(/^[a-z_]+$/);
  });

  it('names what a YES would mean for an unclear hint, and nothing for a menu word', () => {
    expect(explainTriage(rules, 'my bladder feels weird').asks).toContain('Said yes to');
    expect(explainTriage(rules, 'menu')).toEqual({ tier: 'none', signs: [], someoneElse: false, setAside: [] });
  });
});
