import type { OutboundKind, OutboundMessage, Sender } from '../functions/outbound/types.js';

/** A message the local hotline would have sent, as `GET /_local/outbox` lists it. */
export interface OutboxEntry {
  to: string;
  body: string;
  at: string;
  kind: OutboundKind;
  /** Twilio would have refused it: the phone texted STOP and not START since (error 21610). */
  blocked?: true;
}

/** The Sender used when no Twilio account is configured: keeps messages in memory, newest last. */
export class LocalOutbox implements Sender {
  private readonly entries: OutboxEntry[] = [];

  /** `blocked` says whether Twilio would refuse a message to a number now (the simulator's opt-out model). */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly blocked: (to: string) => boolean = () => false,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    this.entries.push({ ...message, at: new Date(this.now()).toISOString(), ...(this.blocked(message.to) ? { blocked: true as const } : {}) });
  }

  /** Every message sent so far, oldest first. */
  list(): readonly OutboxEntry[] {
    return [...this.entries];
  }
}
