import * as z from 'zod/mini';
import { requiredParam } from './params.js';
import { ACCOUNT_SID, MESSAGE_SID } from './sids.js';

/** The inbound-SMS parameters Backline reads; every other parameter is accepted and ignored. */
export const SmsParamsSchema = z.looseObject({
  MessageSid: requiredParam('MessageSid').check(z.regex(MESSAGE_SID, 'MessageSid is not a Twilio message SID')),
  AccountSid: z.optional(z.string().check(z.regex(ACCOUNT_SID, 'AccountSid is not a Twilio account SID'))),
  From: requiredParam('From'),
  Body: z._default(z.string('Body must be one value'), ''),
  FromState: z.optional(z.string()),
});
export type SmsParams = z.infer<typeof SmsParamsSchema>;
