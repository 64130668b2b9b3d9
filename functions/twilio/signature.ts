import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import type { FormParams } from './request.js';

/** True when `signature` is Twilio's HMAC of `url` and `params` under `authToken` (twilio's own helper, with and without :443). */
export function isValidSignature(authToken: string, signature: string, url: string, params: FormParams): boolean {
  return validateRequest(authToken, signature, url, params);
}
