import type { LadderTimer } from '../functions/escalation/ladder.js';
import { scheduleName } from '../functions/escalation/scheduler-timer.js';
import type { PageRef } from '../functions/store/page-book.js';

/** A step that failed runs again this much later (Lambda retries an asynchronous invocation within minutes). */
const RETRY_MS = 60_000;

interface Due {
  ref: PageRef;
  step: number;
  at: number;
}

/**
 * The local stand-in for EventBridge Scheduler: ladder steps wait in memory, keyed like the schedules (so one
 * step is held once), and run when the local clock reaches them: on every tick and whenever the clock is moved.
 */
export class LocalLadderTimer implements LadderTimer {
  private readonly due = new Map<string, Due>();

  async schedule(ref: PageRef, step: number, at: number): Promise<void> {
    const name = scheduleName(ref, step);
    if (!this.due.has(name)) this.due.set(name, { ref: { day: ref.day, code: ref.code }, step, at });
  }

  /**
   * Runs every step due by `now`, earliest first, with `run`, one run at a time (the ticker and a moved clock never
   * run a step twice). A step that throws is tried again a minute later, as Lambda would, without holding up the
   * others; the first error is rethrown once the rest have run. Answers how many ran.
   */
  async runDue(now: number, run: (ref: PageRef, step: number) => Promise<void>): Promise<number> {
    const previous = this.running;
    let release = () => {};
    this.running = new Promise<void>((resolve) => (release = resolve));
    await previous;
    let ran = 0;
    let failure: unknown;
    try {
      for (;;) {
        const next = [...this.due.entries()].filter(([, d]) => d.at <= now).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!next) break;
        const [name, due] = next;
        try {
          await run(due.ref, due.step);
          this.due.delete(name);
          ran += 1;
        } catch (error) {
          failure ??= error;
          this.due.set(name, { ...due, at: Math.max(due.at, now) + RETRY_MS });
        }
      }
    } finally {
      release();
    }
    if (failure !== undefined) throw failure;
    return ran;
  }

  private running: Promise<void> = Promise.resolve();

  /** Steps still waiting (for the simulator and tests). */
  pending(): Array<Due & { name: string }> {
    return [...this.due.entries()].map(([name, d]) => ({ name, ...d }));
  }
}
