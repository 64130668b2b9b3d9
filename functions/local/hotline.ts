import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEV_AUTH_TOKEN, DEV_PHONE_HASH_KEY, parseConfig, type Config } from '../app/config.js';
import { buildDeps, dynamoClient, type AppDeps } from '../app/deps.js';
import { describeError } from '../app/log.js';
import { handleSmsWebhook } from '../app/smsWebhook.js';
import { loadContent } from '../content/load.js';
import { deliverAlert } from '../escalation/deliver.js';
import { InlineAlerting } from '../escalation/inline.js';
import { LocalOutbox } from '../outbound/localOutbox.js';
import { TwilioRestSender } from '../outbound/twilioRest.js';
import type { Sender } from '../outbound/types.js';
import { DynamoEscalationLog } from '../store/DynamoEscalationLog.js';
import { startDynalite, type EmbeddedDynamo } from './dynalite.js';
import { listEscalations } from './records.js';
import { jsonResponse, startServer, type Route } from './server.js';
import { ensureTable } from './table.js';

/** On-call number alerts go to locally when ON_CALL_NUMBERS is unset (a fictional 555-01xx number). */
export const DEV_ON_CALL = '+12025550199';

/** How to run the local hotline; `env` supplies the same variables Lambda reads. */
export interface HotlineOptions {
  port: number;
  /** Where the embedded DynamoDB persists; omitted keeps it in memory (tests). */
  dataDir?: string;
  env: Readonly<Record<string, string | undefined>>;
  overrides?: Partial<Omit<AppDeps, 'config'>>;
}

/** A running local hotline: the webhook server on its own DynamoDB (embedded unless DYNAMODB_ENDPOINT is set). */
export interface Hotline {
  url: string;
  config: Config;
  deps: AppDeps;
  outbox: LocalOutbox;
  /** Webhook paths Twilio would call. */
  webhooks: readonly string[];
  close(): Promise<void>;
}

/** Starts the embedded DynamoDB (or uses DYNAMODB_ENDPOINT), creates the table, and serves the webhooks and local inspection routes. */
export async function startHotline(options: HotlineOptions): Promise<Hotline> {
  const embedded: EmbeddedDynamo | undefined = options.env.DYNAMODB_ENDPOINT ? undefined : await startDynalite(options.dataDir);
  // Local DynamoDB accepts any credentials; the SDK still wants some.
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  const env = {
    TWILIO_AUTH_TOKEN: DEV_AUTH_TOKEN,
    PHONE_HASH_KEY: DEV_PHONE_HASH_KEY,
    ON_CALL_NUMBERS: DEV_ON_CALL,
    ...options.env,
    ...(embedded ? { DYNAMODB_ENDPOINT: embedded.endpoint } : {}),
  };
  let deps: AppDeps | undefined;
  let config: Config | undefined;
  const overrides = options.overrides ?? {};
  const outbox = new LocalOutbox(overrides.now);
  const server = await startServer((url) => {
    config = parseConfig({ PUBLIC_BASE_URL: url, ...env });
    deps = buildDeps(config, { ...overrides, escalations: overrides.escalations ?? localEscalations(config, outbox, overrides) });
    return routes(deps, outbox);
  }, options.port).catch(async (error: unknown) => {
    await embedded?.close();
    throw error;
  });
  if (!config || !deps) throw new Error('server started without configuration');
  const client = new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  await ensureTable(client, config.TABLE_NAME);
  client.destroy();
  return {
    url: server.url,
    config,
    deps,
    outbox,
    webhooks: Object.keys(WEBHOOKS),
    close: async () => {
      await server.close();
      await embedded?.close();
    },
  };
}

const WEBHOOKS = { '/twilio/sms': handleSmsWebhook } as const;

function routes(deps: AppDeps, outbox: LocalOutbox): Record<string, Route> {
  const table = dynamoClient(deps.config);
  const webhooks = Object.fromEntries(Object.entries(WEBHOOKS).map(([path, webhook]) => [path, (event) => webhook(deps, event)] as [string, Route]));
  return {
    ...webhooks,
    '/_local/outbox': async () => jsonResponse(outbox.list()),
    '/_local/escalations': async () => jsonResponse(await listEscalations(table, deps.config.TABLE_NAME)),
  };
}

/** Escalations recorded in the table, with alerts delivered in-process to Twilio (when an account is configured) or the outbox. */
function localEscalations(config: Config, outbox: LocalOutbox, overrides: Partial<Omit<AppDeps, 'config'>>): InlineAlerting {
  const content = overrides.content ?? loadContent(config.CONTENT_DIR);
  const sender: Sender =
    config.TWILIO_ACCOUNT_SID && config.TWILIO_FROM && config.TWILIO_AUTH_TOKEN !== DEV_AUTH_TOKEN
      ? new TwilioRestSender({ accountSid: config.TWILIO_ACCOUNT_SID, authToken: config.TWILIO_AUTH_TOKEN, from: config.TWILIO_FROM })
      : outbox;
  const log = new DynamoEscalationLog(dynamoClient(config), config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS);
  const alertDeps = { content, sender, onCallNumbers: config.ON_CALL_NUMBERS, secret: config.PHONE_HASH_KEY };
  return new InlineAlerting(log, (alert) => deliverAlert(alertDeps, alert), (error) =>
    (overrides.log ?? console.error)('error', { event: 'alert.failed', ...describeError(error) }),
  );
}
