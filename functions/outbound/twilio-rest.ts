import { OptedOutError, SendFailedError } from './errors.js';
import type { OutboundMessage, Sender } from './types.js';

/** Credentials and sender identity for Twilio's Messages API. */
export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  /** A Messaging Service SID (MG...) or a phone number in E.164 to send from. */
  from: string;
  /** Overridable for tests against a local server; Twilio's API otherwise. */
  apiBase?: string;
  timeoutMs?: number;
}

/** Sends SMS with one bounded POST to Twilio's Messages resource (no SDK: a fetch keeps the bundle small). */
export class TwilioRestSender implements Sender {
  constructor(private readonly account: TwilioAccount) {}

  async send(message: OutboundMessage, signal?: AbortSignal): Promise<void> {
    const { accountSid, authToken, from, apiBase = 'https://api.twilio.com', timeoutMs = 5000 } = this.account;
    const form = new URLSearchParams({ To: message.to, Body: message.body });
    form.set(from.startsWith('MG') ? 'MessagingServiceSid' : 'From', from);
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${apiBase}/2010-04-01/Accounts/${accountSid}/Messages.json`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      // A timeout may fire after Twilio accepted the message: retrying could send it twice, so it is final.
      const maybeSent = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new SendFailedError(maybeSent ? 'Twilio did not answer in time (the message may have been sent)' : 'Twilio could not be reached', !maybeSent, { cause: error });
    }
    if (response.ok) return;
    const code = await errorCode(response);
    if (code === 21610) throw new OptedOutError('recipient has opted out (21610)');
    const retryable = response.status === 429 || response.status >= 500;
    throw new SendFailedError(`Twilio answered ${response.status}${code ? ` (error ${code})` : ''}`, retryable);
  }
}

async function errorCode(response: Response): Promise<number | undefined> {
  try {
    const body = (await response.json()) as { code?: unknown };
    return typeof body.code === 'number' ? body.code : undefined;
  } catch {
    return undefined;
  }
}
