import * as z from 'zod/mini';
import { E164 } from '../core/phone.js';
import { ACCOUNT_SID, MESSAGING_SERVICE_SID } from '../twilio/sids.js';

/** Auth token `npm start` uses when TWILIO_AUTH_TOKEN is unset; never valid against Twilio. */
export const DEV_AUTH_TOKEN = 'backline-local-dev-token';
/** Phone-hash key `npm start` uses when PHONE_HASH_KEY is unset. */
export const DEV_PHONE_HASH_KEY = 'backline-local-dev-phone-hash-key';

/** A comma-separated list of E.164 numbers (empty by default). */
function numberList(name: string) {
  return z._default(
    z.pipe(
      z.string(),
      z.transform((v: string) => v.split(',').map((n) => n.trim()).filter(Boolean)),
    ).check(z.refine((ns: string[]) => ns.every((n) => E164.test(n)), `${name} must be E.164 numbers separated by commas`)),
    [],
  );
}

const ConfigSchema = z.object({
  TABLE_NAME: z._default(z.string().check(z.minLength(3)), 'backline'),
  TWILIO_AUTH_TOKEN: z.string().check(z.minLength(1, 'TWILIO_AUTH_TOKEN is required')),
  PUBLIC_BASE_URL: z.pipe(z.url('PUBLIC_BASE_URL must be a URL like https://example.com'), z.transform((u: string) => u.replace(/\/+$/, ''))),
  PHONE_HASH_KEY: z.string().check(z.minLength(16, 'PHONE_HASH_KEY must be at least 16 characters')),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  AWS_REGION: z._default(z.string(), 'us-east-1'),
  TURN_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.minimum(100), z.maximum(12_000)), 6000),
  STATE_TTL_DAYS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(3650)), 30),
  CONTENT_DIR: z._default(z.string(), 'content'),
  ESCALATION_RETENTION_DAYS: z._default(z.coerce.number().check(z.int(), z.minimum(30), z.maximum(3650)), 400),
  /** On-call numbers in the order the ladder pages them; texts from them are acknowledgements, never patient turns. */
  ON_CALL_NUMBERS: numberList('ON_CALL_NUMBERS'),
  /** Minutes a page waits for an ACK before the ladder pages the next number. */
  ALERT_ACK_MINUTES: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(120)), 10),
  /** EventBridge Scheduler settings for ladder steps (set by the CDK app on the alerts function). */
  LADDER_ROLE_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
  LADDER_SCHEDULE_GROUP: z.optional(z.string().check(z.minLength(1))),
  LADDER_DEAD_LETTER_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
  /** The hotline's own numbers: when set, a webhook addressed `To` any other number is refused. */
  HOTLINE_NUMBERS: numberList('HOTLINE_NUMBERS'),
  /** IANA time zone of the on-call team: the time on a page is given in it. */
  ON_CALL_TIME_ZONE: z._default(z.string().check(z.refine((tz: string) => { try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; } }, 'ON_CALL_TIME_ZONE must be an IANA time zone like America/Chicago')), 'America/New_York'),
  NURSE_LINE_NUMBER: z.optional(z.string().check(z.regex(E164, 'NURSE_LINE_NUMBER must be an E.164 number'))),
  TIPS_SEND_CONCURRENCY: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 8),
  TIPS_SENDS_PER_SECOND: z.optional(z.coerce.number().check(z.positive(), z.maximum(1000))),
  /** CloudWatch namespace for metric events (embedded metric format on stdout); unset: no metrics are written (the local hotline collects its own). */
  METRICS_NAMESPACE: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._/#:-]{1,255}$/, 'METRICS_NAMESPACE must be a CloudWatch namespace like Backline/dev'))),
  TWILIO_ACCOUNT_SID: z.optional(z.string().check(z.regex(ACCOUNT_SID, 'TWILIO_ACCOUNT_SID looks like AC followed by 32 hex digits'))),
  TWILIO_FROM: z.optional(z.string().check(z.refine((v: string) => E164.test(v) || MESSAGING_SERVICE_SID.test(v), 'TWILIO_FROM is an E.164 number or a Messaging Service SID'))),
});

/** Typed, checked settings; see the README's configuration table. */
export type Config = z.infer<typeof ConfigSchema>;

/** Parses settings from an environment once; throws naming every bad or missing variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}
