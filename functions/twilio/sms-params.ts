import * as z from 'zod/mini';
import { accountSidParam, requiredParam, toParam } from './params.js';
import { MESSAGE_SID } from './sids.js';

/** The inbound-SMS parameters Backline reads; every other parameter is accepted and ignored. */
export const SmsParamsSchema = z.looseObject({
  MessageSid: requiredParam('MessageSid').check(z.regex(MESSAGE_SID, 'MessageSid is not a Twilio message SID')),
  AccountSid: accountSidParam,
  To: toParam,
  From: requiredParam('From'),
  Body: z._default(z.string('Body must be one value'), ''),
  FromState: z.optional(z.string()),
});
export type SmsParams = z.infer<typeof SmsParamsSchema>;
