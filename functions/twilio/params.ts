import * as z from 'zod/mini';

const required = (name: string) => z.string(`${name} is required`).check(z.trim(), z.minLength(1, `${name} is required`));

/** The inbound-SMS parameters Backline reads; every other parameter is accepted and ignored. */
export const SmsParamsSchema = z.looseObject({
  MessageSid: required('MessageSid'),
  From: required('From'),
  Body: z._default(z.string('Body must be one value'), ''),
  FromState: z.optional(z.string()),
});
export type SmsParams = z.infer<typeof SmsParamsSchema>;

/** The first problem in a params parse, as a short reason for a 400. */
export function firstProblem(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'malformed request';
}

/** The voice-webhook parameters Backline reads (first request and every Gather action); `From` may be `anonymous` or a client id. */
export const VoiceParamsSchema = z.looseObject({
  CallSid: required('CallSid'),
  From: z._default(z.string('From must be one value'), ''),
  Digits: z.optional(z.string('Digits must be one value')),
  SpeechResult: z.optional(z.string('SpeechResult must be one value')),
});
export type VoiceParams = z.infer<typeof VoiceParamsSchema>;
