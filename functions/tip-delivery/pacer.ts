/** How sends are spaced: a minimum gap between starts, and a shared back-off after a transient failure (429, 5xx, timeout). */
export interface PacerOptions {
  /** Minimum ms between two send starts across all workers (1000 / sends per second); 0 for none. */
  minIntervalMs: number;
  /** First back-off after a failure; it doubles on each further failure up to `maxBackoffMs` and resets on a success. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** Default back-off: 1 s doubling to 16 s. */
export const DEFAULT_BACKOFF = { backoffMs: 1000, maxBackoffMs: 16_000 } as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Paces sends shared by all workers of a run (the worker count caps concurrency). Twilio accepts a REST
 * request long before the message leaves: it queues messages per sender (about 1 segment/s on a long code,
 * ~10 hours' worth) and answers 429 when too many requests are in flight, which is what this backs off from.
 */
export class Pacer {
  private nextStart = 0;
  private penalty = 0;

  constructor(
    private readonly options: PacerOptions,
    private readonly clock: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  /** Resolves when the caller may start its send. */
  async turn(): Promise<void> {
    const now = this.clock();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + this.options.minIntervalMs;
    if (start > now) await this.wait(start - now);
  }

  /** A send was refused for now: every worker waits the (growing) back-off before its next start. */
  slowDown(): void {
    this.penalty = this.penalty === 0 ? this.options.backoffMs : Math.min(this.penalty * 2, this.options.maxBackoffMs);
    this.nextStart = Math.max(this.nextStart, this.clock() + this.penalty);
  }

  /** A send went through: the back-off starts small again. */
  succeeded(): void {
    this.penalty = 0;
  }
}
