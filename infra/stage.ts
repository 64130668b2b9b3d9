import * as z from 'zod';
import { E164 } from '../functions/core/phone.js';
import { MESSAGING_SERVICE_SID } from '../functions/twilio/sids.js';

/** Stages this app deploys; each gets its own pair of stacks. */
const STAGE_NAMES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

const E164Number = z.string().regex(E164, 'must be an E.164 number like +15551234567');
/** Retention values CloudWatch Logs accepts (days). */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** Settings of one stage, from cdk.json context `backline:stages.<stage>` (overridable with `-c`). */
export const StageConfigSchema = z.strictObject({
  /** Pins the stacks to an account/region; omitted = environment-agnostic (synth offline, deploy to the CLI's). */
  account: z.string().regex(/^\d{12}$/).optional(),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/).optional(),
  logRetentionDays: z.number().refine((d) => (RETENTION_DAYS as readonly number[]).includes(d), 'must be a CloudWatch Logs retention value').default(30),
  /** Alarm notifications go to this address (subscription must be confirmed) besides the SNS topic. */
  alarmEmail: z.email().optional(),
  /** Numbers the alerts function texts when an escalation is recorded. */
  onCallNumbers: z.array(E164Number).default([]),
  /** IANA time zone the on-call team reads page times in. */
  onCallTimeZone: z.string().refine((tz) => { try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; } }, 'must be an IANA time zone like America/Chicago').default('America/New_York'),
  /** Minutes a page waits for an ACK before the ladder pages the next on-call number. */
  alertAckMinutes: z.number().int().min(1).max(120).default(10),
  nurseLineNumber: E164Number.optional(),
  /** The hotline's own numbers: webhooks addressed to any other number are refused (403). Empty: not checked. */
  hotlineNumbers: z.array(E164Number).default([]),
  /** Sender for outbound SMS (tips, alerts): the Twilio number or a Messaging Service SID. */
  twilioFrom: z.union([E164Number, z.string().regex(MESSAGING_SERVICE_SID)]).optional(),
  /** A custom domain keeps the webhook URLs stable across API re-creation; the certificate must be in the stack's region. */
  customDomain: z.strictObject({ domainName: z.string().min(3), certificateArn: z.string().startsWith('arn:aws:acm:') }).optional(),
  /** Reserved concurrency per function: opt-in; omit on accounts still at the default 10-execution quota. */
  reservedConcurrency: z.record(z.string(), z.number().int().min(1)).default({}),
  /** The account's Lambda concurrency quota (10 on a new account): reservations must leave 100 unreserved. */
  concurrencyQuota: z.number().int().min(10).default(10),
  turnTimeoutMs: z.number().int().min(100).max(12_000).default(6000),
  stateTtlDays: z.number().int().min(1).max(3650).default(30),
  /** API Gateway stage throttling (requests per second, burst). */
  throttle: z.strictObject({ rateLimit: z.number().positive(), burstLimit: z.number().int().positive() }).default({ rateLimit: 20, burstLimit: 40 }),
});
export type StageConfig = z.infer<typeof StageConfigSchema> & { name: StageName };

/** Context key holding every stage's settings. */
export const STAGES_CONTEXT_KEY = 'backline:stages';

/**
 * Picks the stage from context `stage`, else env BACKLINE_STAGE, else `dev`, and parses its settings;
 * throws naming every bad field so a typo in cdk.json fails synth instead of deploying defaults.
 */
export function resolveStage(context: (key: string) => unknown, env: Readonly<Record<string, string | undefined>> = process.env): StageConfig {
  const name = z.enum(STAGE_NAMES).parse(context('stage') ?? env.BACKLINE_STAGE ?? 'dev');
  const stages = z.record(z.string(), z.unknown()).parse(context(STAGES_CONTEXT_KEY) ?? {});
  const parsed = StageConfigSchema.safeParse(stages[name] ?? {});
  if (!parsed.success) {
    throw new Error(`Invalid stage config ${STAGES_CONTEXT_KEY}.${name}: ${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, name };
}
