import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';

/** The number's webhook fields this script manages, all with method POST. */
export const WEBHOOK_FIELDS = ['smsUrl', 'smsFallbackUrl', 'voiceUrl', 'voiceFallbackUrl'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];
export type Webhooks = Partial<Record<WebhookField, string>>;

/** Service stack output carrying each field's URL (see infra/functions.ts). */
const OUTPUT_FOR: Record<WebhookField, string> = {
  smsUrl: 'SmsWebhookUrl', smsFallbackUrl: 'SmsFallbackUrl', voiceUrl: 'VoiceWebhookUrl', voiceFallbackUrl: 'VoiceFallbackUrl',
};
const METHOD_FOR: Record<WebhookField, 'smsMethod' | 'smsFallbackMethod' | 'voiceMethod' | 'voiceFallbackMethod'> = {
  smsUrl: 'smsMethod', smsFallbackUrl: 'smsFallbackMethod', voiceUrl: 'voiceMethod', voiceFallbackUrl: 'voiceFallbackMethod',
};

const HttpsUrl = z.url({ protocol: /^https$/ });
const OutputsSchema = z.record(z.string(), z.record(z.string(), z.string()));

/** The URLs to set, from `cdk deploy --outputs-file` JSON ({stack: {output: value}}); fields without an output are left alone. */
export function webhooksFromOutputs(outputs: unknown, stackName: string): Webhooks {
  const stacks = OutputsSchema.parse(outputs);
  const stack = stacks[stackName];
  if (!stack) throw new Error(`no outputs for stack ${stackName} (found: ${Object.keys(stacks).join(', ') || 'none'})`);
  const hooks: Webhooks = {};
  for (const field of WEBHOOK_FIELDS) {
    const value = stack[OUTPUT_FOR[field]];
    if (value !== undefined) hooks[field] = HttpsUrl.parse(value);
  }
  if (!hooks.smsUrl) throw new Error(`stack ${stackName} has no ${OUTPUT_FOR.smsUrl} output`);
  return hooks;
}

/** One field to change on the number. */
export interface Change {
  field: WebhookField;
  from: string | null;
  to: string;
  method: string | null;
}

/** Pure: what must change so `current` (the number as Twilio returns it) matches `desired` with POST everywhere. */
export function planChanges(current: Record<string, string | null | undefined>, desired: Webhooks): Change[] {
  const changes: Change[] = [];
  for (const field of WEBHOOK_FIELDS) {
    const to = desired[field];
    if (to === undefined) continue;
    const from = current[field] ?? null;
    const method = current[METHOD_FOR[field]] ?? null;
    if (from !== to || method?.toUpperCase() !== 'POST') changes.push({ field, from, to, method });
  }
  return changes;
}

/** The update request body for `changes` (Twilio's IncomingPhoneNumber update parameters). */
export function updateParams(changes: readonly Change[]): Record<string, string> {
  return Object.fromEntries(changes.flatMap((c) => [[c.field, c.to], [METHOD_FOR[c.field], 'POST']]));
}

const ArgsSchema = z.object({
  number: z.string().regex(/^\+[1-9]\d{6,14}$/, '--number must be E.164, like +15551234567'),
  outputs: z.string().default('cdk-outputs.json'),
  stack: z.string().default(`Backline-${process.env.BACKLINE_STAGE ?? 'dev'}-Service`),
  'dry-run': z.boolean().default(false),
});
const CredentialsSchema = z.object({
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-f]{32}$/, 'TWILIO_ACCOUNT_SID must look like AC + 32 hex digits'),
  TWILIO_AUTH_TOKEN: z.string().min(1, 'TWILIO_AUTH_TOKEN is required'),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { number: { type: 'string' }, outputs: { type: 'string' }, stack: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  const args = ArgsSchema.parse(values);
  const credentials = CredentialsSchema.parse(process.env);
  if (!existsSync(args.outputs)) throw new Error(`${args.outputs} not found: run \`npx cdk deploy --all --outputs-file ${args.outputs}\` first`);
  const desired = webhooksFromOutputs(JSON.parse(readFileSync(args.outputs, 'utf8')), args.stack);

  const { default: twilio } = await import('twilio');
  const client = twilio(credentials.TWILIO_ACCOUNT_SID, credentials.TWILIO_AUTH_TOKEN);
  const numbers = await client.incomingPhoneNumbers.list({ phoneNumber: args.number, limit: 2 });
  if (numbers.length !== 1 || !numbers[0]) throw new Error(`expected one number ${args.number} in account ${credentials.TWILIO_ACCOUNT_SID}, found ${numbers.length}`);
  const number = numbers[0];
  const changes = planChanges(number as unknown as Record<string, string | null>, desired);
  if (changes.length === 0) {
    console.log(`${args.number} (${number.sid}) already points at ${args.stack}; nothing to change.`);
    return;
  }
  for (const c of changes) console.log(`${c.field}: ${c.from ?? '(none)'} [${c.method ?? '-'}] -> ${c.to} [POST]`);
  if (args['dry-run']) {
    console.log('--dry-run: nothing changed.');
    return;
  }
  await client.incomingPhoneNumbers(number.sid).update(updateParams(changes));
  console.log(`Updated ${args.number} (${number.sid}).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
