import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEV_PHONE_HASH_KEY, parseConfig, type Config } from '../functions/app/config.js';
import { buildDeps, dynamoClient, type AppDeps } from '../functions/app/deps.js';
import type { Logger, LogFields } from '../functions/core/log.js';
import { loadContent } from '../tools/content/load-yaml.js';
import type { Content } from '../functions/content/model.js';
import { startDynalite, type EmbeddedDynamo } from '../dev/embedded-dynamo.js';
import { ensureTable } from '../dev/ensure-table.js';
import { LocalOutbox } from '../dev/local-outbox.js';
import { DynamoEscalationLog } from '../functions/store/dynamo-escalation-log.js';
import { DynamoStateStore } from '../functions/store/dynamo-state-store.js';
import { DynamoCounter, instrument } from './dynamo.js';

/** The project root (bench/ sits directly under it). */
export const ROOT = join(import.meta.dirname, '..');
/** The real conversation content. */
export const CONTENT_DIR = join(ROOT, 'content');
/** Signing token and public URL the bench's webhook events are signed for. */
const BENCH_TOKEN = 'bench-auth-token';
const BENCH_BASE = 'https://hooks.example.org';

/** An embedded DynamoDB with the Backline table, and webhook dependencies on it whose requests are counted. */
export interface BenchEnv {
  dynamo: EmbeddedDynamo;
  config: Config;
  deps: AppDeps;
  content: Content;
  /** The instrumented document client the store and escalation log use. */
  client: DynamoDBDocumentClient;
  counter: DynamoCounter;
  outbox: LocalOutbox;
  /** Log lines the handlers wrote (kept in memory, never printed). */
  logs: LogFields[];
  /** Moves the handlers' clock; undefined follows real time. */
  setNow(ms: number | undefined): void;
  close(): Promise<void>;
}

/** Starts dynalite in-process, creates the table and builds AppDeps as production does, with a counting client. */
export async function startBenchEnv(env: Readonly<Record<string, string>> = {}): Promise<BenchEnv> {
  const dynamo = await startDynalite();
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  const config = parseConfig({
    TWILIO_AUTH_TOKEN: BENCH_TOKEN, PUBLIC_BASE_URL: BENCH_BASE, PHONE_HASH_KEY: DEV_PHONE_HASH_KEY, CONTENT_DIR,
    ON_CALL_NUMBERS: '+12025550199', DYNAMODB_ENDPOINT: dynamo.endpoint, ...env,
  });
  const admin = new DynamoDBClient({ region: config.AWS_REGION, endpoint: dynamo.endpoint });
  await ensureTable(admin, config.TABLE_NAME);
  admin.destroy();
  const counter = new DynamoCounter();
  const client = instrument(dynamoClient(config), counter);
  const content = loadContent(config.CONTENT_DIR);
  const outbox = new LocalOutbox();
  const logs: LogFields[] = [];
  const log: Logger = (_level, fields) => void logs.push(fields);
  let fixed: number | undefined;
  const deps = buildDeps(config, content, {
    sender: outbox, log, now: () => fixed ?? Date.now(),
    store: new DynamoStateStore(client, config.TABLE_NAME),
    escalations: new DynamoEscalationLog(client, config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS),
  });
  return {
    dynamo, config, deps, content, client, counter, outbox, logs,
    setNow: (ms) => void (fixed = ms),
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}
