import { describe, expect, it } from 'vitest';
import { openCallback, sealCallback } from '../../../functions/privacy/sealed-number.js';

describe('sealed callback numbers', () => {
  it('round-trip, and never contain the number in clear', () => {
    const sealed = sealCallback('secret-one-long-enough', '+15551234567');
    expect(sealed).not.toContain('5551234567');
    expect(openCallback('secret-one-long-enough', sealed)).toBe('+15551234567');
  });

  it('differ each time (random IV) and fail under another secret or when tampered with', () => {
    const a = sealCallback('secret-one-long-enough', '+15551234567');
    expect(sealCallback('secret-one-long-enough', '+15551234567')).not.toBe(a);
    expect(() => openCallback('secret-two-long-enough', a)).toThrow();
    const [iv, tag, data] = a.split('.');
    const flipped = `${iv}.${tag}.${data!.startsWith('A') ? `B${data!.slice(1)}` : `A${data!.slice(1)}`}`;
    expect(() => openCallback('secret-one-long-enough', flipped)).toThrow();
  });
});
