/**
 * Stands in for `@aws-sdk/endpoint-cache` inside Lambda bundles (esbuild alias, see infra/bundling.ts). The DynamoDB
 * client builds one for endpoint discovery, which Backline never turns on, and the package's LRU cache (mnemonist and
 * obliterator) is about 6.5 KB of the SMS bundle. This keeps the same behaviour with a Map: entries expire after
 * their cache period and the oldest is dropped past `capacity`.
 */

interface Discovered {
  Address?: string;
  CachePeriodInMinutes?: number;
}

interface Expiring {
  Address?: string;
  Expires: number;
}

/** The endpoint cache the DynamoDB client's endpoint-discovery middleware reads and writes; unused unless discovery is on. */
export class EndpointCache {
  private readonly cache = new Map<string, Expiring[]>();

  constructor(private readonly capacity: number) {}

  /** One unexpired endpoint address for `key`, at random, or undefined. */
  getEndpoint(key: string): string | undefined {
    const endpoints = this.get(key);
    return endpoints?.[Math.floor(Math.random() * endpoints.length)]?.Address;
  }

  /** The unexpired endpoints for `key`, or undefined when none are left (the key is then emptied). */
  get(key: string): Expiring[] | undefined {
    const now = Date.now();
    const live = (this.cache.get(key) ?? []).filter((endpoint) => now < endpoint.Expires);
    if (live.length > 0) return live;
    if (this.cache.has(key)) this.delete(key);
    return undefined;
  }

  /** Stores `endpoints` for `key`, each expiring after its cache period. */
  set(key: string, endpoints: readonly Discovered[]): void {
    const now = Date.now();
    this.cache.delete(key);
    this.cache.set(key, endpoints.map(({ Address, CachePeriodInMinutes = 0 }) => ({ Address, Expires: now + CachePeriodInMinutes * 60_000 })));
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value ?? '');
  }

  /** Empties `key` (its entry stays, with no endpoints, as the package does). */
  delete(key: string): void {
    this.cache.set(key, []);
  }

  /** True when `key` holds at least one endpoint, expired or not. */
  has(key: string): boolean {
    return (this.cache.get(key)?.length ?? 0) > 0;
  }

  /** Drops every entry. */
  clear(): void {
    this.cache.clear();
  }
}
