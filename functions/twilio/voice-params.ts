import * as z from 'zod/mini';
import { requiredParam } from './params.js';
import { ACCOUNT_SID, CALL_SID } from './sids.js';

/** The voice-webhook parameters Backline reads (first request and every Gather action); `From` may be `anonymous` or a client id. */
export const VoiceParamsSchema = z.looseObject({
  CallSid: requiredParam('CallSid').check(z.regex(CALL_SID, 'CallSid is not a Twilio call SID')),
  AccountSid: z.optional(z.string().check(z.regex(ACCOUNT_SID, 'AccountSid is not a Twilio account SID'))),
  From: z._default(z.string('From must be one value'), ''),
  Digits: z.optional(z.string('Digits must be one value')),
  SpeechResult: z.optional(z.string('SpeechResult must be one value')),
});
export type VoiceParams = z.infer<typeof VoiceParamsSchema>;
