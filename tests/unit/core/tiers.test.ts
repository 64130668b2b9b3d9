import { describe, expect, it } from 'vitest';
import { HOLDING_TIERS, isImmediate, tierRank, TIERS } from '../../../functions/core/tiers.js';
import { ALERT_TIERS } from '../../../functions/escalation/policy.js';

describe('tiers', () => {
  it('rank from most to least severe, as the clinical brief orders them', () => {
    expect(['soon', 'none', 'emergency', 'urgent', 'crisis'].sort((a, b) => tierRank(a as never) - tierRank(b as never))).toEqual(['emergency', 'crisis', 'urgent', 'soon', 'none']);
    expect(TIERS).toHaveLength(5);
  });

  it('page on-call staff and hold tips for emergency, crisis and urgent only; stop the conversation for 911 and 988 only', () => {
    expect([...ALERT_TIERS].sort()).toEqual(['crisis', 'emergency', 'urgent']);
    expect([...HOLDING_TIERS].sort()).toEqual(['crisis', 'emergency', 'urgent']);
    expect(TIERS.filter(isImmediate)).toEqual(['emergency', 'crisis']);
  });
});
