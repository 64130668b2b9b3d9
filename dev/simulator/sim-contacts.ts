import type { ReplyReason } from './why-reply.js';

/** One line of a phone's thread as the simulator shows it. */
export interface ThreadEntry {
  id: string;
  /** ISO instant on the local clock. */
  at: string;
  /** `out`: the phone sent it; `in`: the phone received it; `note`: what Twilio did, in words. */
  side: 'out' | 'in' | 'note';
  text: string;
  /** Why Backline sent it when nobody asked in this turn (a tip, text-me-this, a page). */
  kind?: 'alert' | 'tip' | 'text-me-this';
  segments?: number;
  encoding?: string;
  /** Twilio would not deliver it: the phone texted STOP and not START since. */
  blocked?: true;
}

/** One SMS turn as a golden script step records it: what was sent, when, and what the engine answered. */
export interface RecordedStep {
  send: string;
  /** ISO instant the turn ran at (tips are picked by it). */
  at: string;
  /** The IANA zone the turn carried (from FromState). */
  timeZone: string;
  replies: string[];
  /** Side effects as the golden scripts name them (`escalate emergency`). */
  intents: string[];
  lang: string;
  topic: string | null;
  /** 1-based page of the topic, when on one. */
  page?: number;
}

/** What the simulator remembers about one phone (in memory: a restart forgets it, the hotline's table does not). */
export interface SimContact {
  thread: ThreadEntry[];
  steps: RecordedStep[];
  /** The recorded steps start from a new conversation (no state before the first), so they replay from nothing. */
  fresh: boolean;
  /** Twilio's FromState for this phone's texts (a US state code). */
  fromState: string;
  /** Outbox entries before this index belong to before the last reset. */
  outboxFrom: number;
  /** Why the last reply was chosen. */
  why?: ReplyReason;
  /** The call in progress or last made from this phone. */
  callSid?: string;
}

/** The simulator's memory of every phone it has used, by number. */
export class SimContacts {
  private readonly phones = new Map<string, SimContact>();
  private sequence = 0;

  constructor(private readonly defaultState: string) {}

  /** The memory of `phone`, created empty on first use. */
  of(phone: string): SimContact {
    let found = this.phones.get(phone);
    if (!found) this.phones.set(phone, (found = { thread: [], steps: [], fresh: true, fromState: this.defaultState, outboxFrom: 0 }));
    return found;
  }

  /** Every phone the simulator has used. */
  known(): string[] {
    return [...this.phones.keys()];
  }

  /** Adds lines to a phone's thread with fresh ids. */
  add(phone: string, entries: ReadonlyArray<Omit<ThreadEntry, 'id'>>): void {
    for (const entry of entries) this.of(phone).thread.push({ id: `t${++this.sequence}`, ...entry });
  }

  /** Forgets `phone`'s thread and steps (after a reset); messages already in the outbox stay out of its thread. */
  reset(phone: string, outboxLength: number): void {
    const { fromState } = this.of(phone);
    this.phones.set(phone, { thread: [], steps: [], fresh: true, fromState, outboxFrom: outboxLength });
  }
}
