import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../functions/triage/compile.js';
import { prepare } from '../../../functions/triage/message.js';
import { cueHits } from '../../../functions/triage/modifiers.js';
import { tokenize } from '../../../functions/triage/tokens.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';

const rules = loadTriageRules(fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url)));

describe('cueHits', () => {
  it('finds the cues of the rules asking, even on a message another rules object read first', () => {
    const c = compileRules(rules);
    const none = { en: [], es: [] };
    const bare = compileRules({ ...rules, negation: { ...rules.negation, cues: none } });
    const p = prepare(c, tokenize('no numbness down there'), false);
    expect(new Set(cueHits(c, p, 'negation').map((h) => h.start))).toEqual(new Set([0]));
    expect(cueHits(bare, p, 'negation')).toEqual([]);
    expect(new Set(cueHits(c, p, 'negation').map((h) => h.start))).toEqual(new Set([0]));
  });
});
