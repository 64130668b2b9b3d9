import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';

/** Form parameters as Twilio sent them: every name kept, blank values too; a repeated name becomes a list. */
export type FormParams = Record<string, string | string[]>;

/** True when `signature` is Twilio's HMAC of `url` and `params` under `authToken` (twilio's own helper, with and without :443). */
export function isValidSignature(authToken: string, signature: string, url: string, params: FormParams): boolean {
  return validateRequest(authToken, signature, url, params);
}
