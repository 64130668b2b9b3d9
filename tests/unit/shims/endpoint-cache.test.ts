import { afterEach, describe, expect, it, vi } from 'vitest';
import { EndpointCache as PackageCache } from '@aws-sdk/endpoint-cache';
import { EndpointCache } from '../../../functions/shims/endpoint-cache.js';

// The shim stands in for the package in Lambda bundles: the same calls must give the same answers as the package.
describe('EndpointCache shim', () => {
  afterEach(() => vi.useRealTimers());

  const both = (capacity: number) => [new EndpointCache(capacity), new PackageCache(capacity)] as const;

  it('answers like the package: set, get, getEndpoint, has, delete, clear', () => {
    for (const cache of both(10)) {
      expect(cache.get('k')).toBeUndefined();
      expect(cache.has('k')).toBe(false);
      cache.set('k', [{ Address: 'a.example', CachePeriodInMinutes: 5 }]);
      expect(cache.has('k')).toBe(true);
      expect(cache.getEndpoint('k')).toBe('a.example');
      expect(cache.get('k')?.map((e) => e.Address)).toEqual(['a.example']);
      cache.delete('k');
      expect(cache.has('k')).toBe(false);
      expect(cache.getEndpoint('k')).toBeUndefined();
      cache.set('k', [{ Address: 'b.example', CachePeriodInMinutes: 5 }]);
      cache.clear();
      expect(cache.get('k')).toBeUndefined();
    }
  });

  it('drops endpoints whose cache period is over', () => {
    vi.useFakeTimers({ now: 2 * 60_000 });
    for (const cache of both(10)) {
      cache.set('k', [
        { Address: 'short.example', CachePeriodInMinutes: 1 },
        { Address: 'long.example', CachePeriodInMinutes: 10 },
      ]);
      vi.setSystemTime(2 * 60_000 + 90_000);
      expect(cache.get('k')?.map((e) => e.Address)).toEqual(['long.example']);
      vi.setSystemTime(2 * 60_000 + 11 * 60_000);
      expect(cache.getEndpoint('k')).toBeUndefined();
      expect(cache.has('k')).toBe(false);
      vi.setSystemTime(2 * 60_000);
    }
  });

  it('keeps at most its capacity of keys, dropping the oldest', () => {
    for (const cache of both(2)) {
      for (const key of ['a', 'b', 'c']) cache.set(key, [{ Address: `${key}.example`, CachePeriodInMinutes: 5 }]);
      expect(cache.has('a')).toBe(false);
      expect(cache.getEndpoint('b')).toBe('b.example');
      expect(cache.getEndpoint('c')).toBe('c.example');
    }
  });
});
