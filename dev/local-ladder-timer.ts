import type { LadderTimer } from '../functions/escalation/ladder.js';
import { scheduleName } from '../functions/escalation/scheduler-timer.js';
import type { PageRef } from '../functions/store/page-book.js';

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

  /** Runs every step due by `now`, earliest first, with `run`; a step that throws stays due (Scheduler retries too). Answers how many ran. */
  async runDue(now: number, run: (ref: PageRef, step: number) => Promise<void>): Promise<number> {
    let ran = 0;
    for (;;) {
      const next = [...this.due.entries()].filter(([, d]) => d.at <= now).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next) return ran;
      const [name, { ref, step }] = next;
      await run(ref, step);
      this.due.delete(name);
      ran += 1;
    }
  }

  /** Steps still waiting (for the simulator and tests). */
  pending(): Array<Due & { name: string }> {
    return [...this.due.entries()].map(([name, d]) => ({ name, ...d }));
  }
}
