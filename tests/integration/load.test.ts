import { describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/load.js';

describe('load: 100 contacts x 10 texts through the local server, 20 at a time', () => {
  it('answers every request without a 5xx and leaves each conversation exactly where its script ends', { timeout: 60_000 }, async () => {
    const result = await runLoad({ contacts: 100, concurrency: 20 });
    expect(result.status).toEqual({ 200: result.requests });
    expect(result.turns).toBe(1000);
    expect(result.replays).toBeGreaterThan(0);
    expect(result.wrongFinalState).toEqual([]);
    expect([result.lost, result.doubleAdvanced, result.replayMismatches, result.errorLogs]).toEqual([0, 0, 0, 0]);
  });
});
