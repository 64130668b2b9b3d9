/**
 * Twilio's default opt-out handling, as the simulator models it: a text that is only an opt-out keyword (any case,
 * spaces around it ignored) blocks every later message from the hotline's number to that phone, replies included,
 * until the phone texts an opt-in keyword. Backline's own wider stop words (ALTO, "stop sending me tips") change
 * Backline's state, not Twilio's block.
 */
const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const OPT_IN = new Set(['START', 'UNSTOP', 'YES']);

/** What Twilio makes of an inbound text: an opt-out, an opt-in, or neither. */
export function twilioKeyword(body: string): 'opt-out' | 'opt-in' | undefined {
  const word = body.trim().toUpperCase();
  if (OPT_OUT.has(word)) return 'opt-out';
  return OPT_IN.has(word) ? 'opt-in' : undefined;
}

/** The phones Twilio would refuse to text (error 21610), by number. */
export class TwilioOptOuts {
  private readonly blocked = new Set<string>();

  /** Applies an inbound text from `phone` (before its reply is sent, as Twilio does); answers what it changed: an opt-out, an opt-in of a blocked phone, or nothing. */
  inbound(phone: string, body: string): 'opt-out' | 'opt-in' | undefined {
    const keyword = twilioKeyword(body);
    if (keyword === 'opt-out') this.blocked.add(phone);
    if (keyword === 'opt-in') return this.blocked.delete(phone) ? keyword : undefined;
    return keyword;
  }

  /** True when Twilio would block a message to `phone` now. */
  isBlocked(phone: string): boolean {
    return this.blocked.has(phone);
  }

  /** Forgets `phone` (a reset contact is a new phone). */
  forget(phone: string): void {
    this.blocked.delete(phone);
  }
}
