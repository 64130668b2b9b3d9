import { describe, expect, it } from 'vitest';
import { Pacer } from '../../../functions/tip-delivery/pacer.js';

/** A clock that only moves when a wait ends (or never, with `frozen`: the waits then show each start's offset from now). */
function fakeTime(frozen = false) {
  let now = 0;
  const waits: number[] = [];
  return {
    clock: () => now,
    wait: async (ms: number) => {
      waits.push(ms);
      if (!frozen) now += ms;
    },
    waits,
  };
}

describe('Pacer', () => {
  it('spaces send starts by the minimum interval', async () => {
    const t = fakeTime(true);
    const pacer = new Pacer({ minIntervalMs: 250, backoffMs: 1000, maxBackoffMs: 4000 }, t.clock, t.wait);
    await Promise.all([pacer.turn(), pacer.turn(), pacer.turn()]);
    expect(t.waits).toEqual([250, 500]);
  });

  it('backs off after refusals, doubling to the cap, and starts small again after a success', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ minIntervalMs: 0, backoffMs: 1000, maxBackoffMs: 4000 }, t.clock, t.wait);
    for (let i = 0; i < 4; i++) {
      pacer.slowDown();
      await pacer.turn();
    }
    expect(t.waits).toEqual([1000, 2000, 4000, 4000]);
    pacer.succeeded();
    pacer.slowDown();
    await pacer.turn();
    expect(t.waits.at(-1)).toBe(1000);
  });

  it('does not wait at all without an interval or a refusal', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ minIntervalMs: 0, backoffMs: 1000, maxBackoffMs: 4000 }, t.clock, t.wait);
    await Promise.all(Array.from({ length: 10 }, () => pacer.turn()));
    expect(t.waits).toEqual([]);
  });
});
