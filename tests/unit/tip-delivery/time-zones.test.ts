import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE } from '../../../functions/engine/daily-program.js';
import { KNOWN_STATES, zoneFor } from '../../../functions/tip-delivery/time-zones.js';

describe('zoneFor', () => {
  it('maps Twilio FromState codes to their main zone, any case', () => {
    expect(zoneFor('NY')).toBe('America/New_York');
    expect(zoneFor('ca')).toBe('America/Los_Angeles');
    expect(zoneFor(' TX ')).toBe('America/Chicago');
    expect(zoneFor('AZ')).toBe('America/Phoenix');
    expect(zoneFor('HI')).toBe('Pacific/Honolulu');
    expect(zoneFor('PR')).toBe('America/Puerto_Rico');
    expect(zoneFor('ON')).toBe('America/Toronto');
  });

  it('falls back to the documented default when FromState is missing, blank or unknown', () => {
    expect(DEFAULT_TIME_ZONE).toBe('America/New_York');
    for (const state of [undefined, '', 'ZZ', 'New York']) expect(zoneFor(state)).toBe(DEFAULT_TIME_ZONE);
  });

  it('covers the 50 states and DC, and names only zones the runtime knows', () => {
    const us = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
    expect(us).toHaveLength(51);
    for (const state of us) expect(KNOWN_STATES).toContain(state);
    for (const state of KNOWN_STATES) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zoneFor(state) })).not.toThrow();
  });
});
