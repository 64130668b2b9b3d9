import * as z from 'zod/mini';
import { ACCOUNT_SID } from './sids.js';

/** `AccountSid`, optional, but a Twilio account SID when present. */
export const accountSidParam = z.optional(z.string().check(z.regex(ACCOUNT_SID, 'AccountSid is not a Twilio account SID')));

/** `To`: the hotline number the message or call was sent to. */
export const toParam = z.optional(z.string('To must be one value'));

/** A Twilio parameter that must be present and not blank. */
export function requiredParam(name: string) {
  return z.string(`${name} is required`).check(z.trim(), z.minLength(1, `${name} is required`));
}

/** The first problem in a params parse, as a short reason for a 400. */
export function firstProblem(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'malformed request';
}
