import * as z from 'zod/mini';
import { accountSidParam, requiredParam, toParam } from './params.js';
import { CALL_SID } from './sids.js';

/** The voice-webhook parameters Backline reads (first request and every Gather action); `From` may be `anonymous` or a client id. */
export const VoiceParamsSchema = z.looseObject({
  CallSid: requiredParam('CallSid').check(z.regex(CALL_SID, 'CallSid is not a Twilio call SID')),
  AccountSid: accountSidParam,
  To: toParam,
  From: z._default(z.string('From must be one value'), ''),
  Digits: z.optional(z.string('Digits must be one value')),
  SpeechResult: z.optional(z.string('SpeechResult must be one value')),
});
export type VoiceParams = z.infer<typeof VoiceParamsSchema>;
