import type { OutboundKind, OutboundMessage, Sender } from '../functions/outbound/types.js';

/** A message the local hotline would have sent, as `GET /_local/outbox` lists it. */
export interface OutboxEntry {
  to: string;
  body: string;
  at: string;
  kind: OutboundKind;
}

/** The Sender used when no Twilio account is configured: keeps messages in memory, newest last. */
export class LocalOutbox implements Sender {
  private readonly entries: OutboxEntry[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  async send(message: OutboundMessage): Promise<void> {
    this.entries.push({ ...message, at: new Date(this.now()).toISOString() });
  }

  /** Every message sent so far, oldest first. */
  list(): readonly OutboxEntry[] {
    return [...this.entries];
  }
}
