import { describe, expect, it } from 'vitest';
import { hasSeenInput, MAX_SEEN_INPUTS, withSeenInput } from '../../../functions/store/seen-inputs.js';

const sid = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;

describe('seen inputs', () => {
  it('remembers every input added and no other', () => {
    let seen = '';
    for (let n = 0; n < 500; n++) seen = withSeenInput(seen, sid(n));
    for (let n = 0; n < 500; n++) expect(hasSeenInput(seen, sid(n))).toBe(true);
    for (let n = 500; n < 1000; n++) expect(hasSeenInput(seen, sid(n))).toBe(false);
    expect(seen.length).toBe(500 * 11);
  });

  it('keeps the newest when a conversation outgrows the cap', () => {
    let seen = '';
    for (let n = 0; n < MAX_SEEN_INPUTS + 10; n++) seen = withSeenInput(seen, sid(n));
    expect(hasSeenInput(seen, sid(MAX_SEEN_INPUTS + 9))).toBe(true);
    expect(hasSeenInput(seen, sid(0))).toBe(false);
    expect(seen.length).toBe(MAX_SEEN_INPUTS * 11);
  });
});
