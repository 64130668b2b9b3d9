import { describe, expect, it } from 'vitest';
import { onceAtColdStart } from '../../../functions/core/cold-start.js';

describe('onceAtColdStart', () => {
  it('runs init once and shares it between concurrent and later calls', async () => {
    let runs = 0;
    const ready = onceAtColdStart(async () => ({ run: ++runs }));
    const [a, b] = await Promise.all([ready(), ready()]);
    expect(a).toBe(b);
    expect(await ready()).toBe(a);
    expect(runs).toBe(1);
  });

  it('forgets a failed init so the next invocation tries again', async () => {
    let runs = 0;
    const ready = onceAtColdStart(async () => {
      runs += 1;
      if (runs === 1) throw new Error('secret not there yet');
      return 'deps';
    });
    await expect(ready()).rejects.toThrow('secret not there yet');
    expect(await ready()).toBe('deps');
    expect(await ready()).toBe('deps');
    expect(runs).toBe(2);
  });
});
