import * as z from 'zod/mini';
import { requiredParam } from './params.js';

/** The inbound-SMS parameters Backline reads; every other parameter is accepted and ignored. */
export const SmsParamsSchema = z.looseObject({
  MessageSid: requiredParam('MessageSid'),
  From: requiredParam('From'),
  Body: z._default(z.string('Body must be one value'), ''),
  FromState: z.optional(z.string()),
});
export type SmsParams = z.infer<typeof SmsParamsSchema>;
