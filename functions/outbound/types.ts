/** Why Backline sends a message nobody asked for in this turn. */
export type OutboundKind = 'alert' | 'tip' | 'text-me-this';

/** One SMS to send outside a webhook reply. */
export interface OutboundMessage {
  to: string;
  body: string;
  kind: OutboundKind;
}

/** Sends SMS: Twilio's REST API on AWS, the local outbox on one machine. */
export interface Sender {
  /** Resolves when the message is accepted; throws OptedOutError (Twilio 21610) or SendFailedError. */
  send(message: OutboundMessage, signal?: AbortSignal): Promise<void>;
  /** False when nothing can be sent (no Twilio account or sender configured): nobody is told a text is on its way. */
  readonly available?: boolean;
}
