import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEV_AUTH_TOKEN, DEV_PHONE_HASH_KEY, parseConfig, type Config } from '../app/config.js';
import { buildDeps, type AppDeps } from '../app/deps.js';
import { startDynalite, type EmbeddedDynamo } from './dynalite.js';
import { startServer } from './server.js';
import { ensureTable } from './table.js';

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
  close(): Promise<void>;
}

/** Starts the embedded DynamoDB (or uses DYNAMODB_ENDPOINT), creates the table, and serves the webhooks. */
export async function startHotline(options: HotlineOptions): Promise<Hotline> {
  const embedded: EmbeddedDynamo | undefined = options.env.DYNAMODB_ENDPOINT ? undefined : await startDynalite(options.dataDir);
  const env = {
    TWILIO_AUTH_TOKEN: DEV_AUTH_TOKEN,
    PHONE_HASH_KEY: DEV_PHONE_HASH_KEY,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    ...options.env,
    ...(embedded ? { DYNAMODB_ENDPOINT: embedded.endpoint } : {}),
  };
  // The SDK reads credentials from the environment; local DynamoDB accepts any.
  process.env.AWS_ACCESS_KEY_ID ??= env.AWS_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY ??= env.AWS_SECRET_ACCESS_KEY;
  let config: Config | undefined;
  const server = await startServer((url) => {
    config = parseConfig({ PUBLIC_BASE_URL: url, ...env });
    return buildDeps(config, options.overrides);
  }, options.port);
  if (!config) throw new Error('server started without configuration');
  const client = new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  await ensureTable(client, config.TABLE_NAME);
  client.destroy();
  return {
    url: server.url,
    config,
    deps: server.deps,
    close: async () => {
      await server.close();
      await embedded?.close();
    },
  };
}
