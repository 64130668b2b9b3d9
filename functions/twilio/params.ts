import * as z from 'zod/mini';

/** A Twilio parameter that must be present and not blank. */
export function requiredParam(name: string) {
  return z.string(`${name} is required`).check(z.trim(), z.minLength(1, `${name} is required`));
}

/** The first problem in a params parse, as a short reason for a 400. */
export function firstProblem(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'malformed request';
}
