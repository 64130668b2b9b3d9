import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEV_AUTH_TOKEN, DEV_PHONE_HASH_KEY, parseConfig, type Config } from '../functions/app/config.js';
import { buildDeps, dynamoClient, twilioSender, type AppDeps } from '../functions/app/deps.js';
import { describeError, jsonLogger } from '../functions/core/log.js';
import { handleSmsWebhook } from '../functions/app/sms-webhook.js';
import { handleVoiceWebhook } from '../functions/app/voice-webhook.js';
import { loadContent } from '../tools/content/load-yaml.js';
import { continueLadder, startPage } from '../functions/escalation/ladder.js';
import { ladderDeps } from '../functions/app/ladder-deps.js';
import { DynamoPageBook } from '../functions/store/dynamo-page-book.js';
import { LocalLadderTimer } from './local-ladder-timer.js';
import { InlineAlerting } from '../functions/escalation/inline-alerting.js';
import { LocalOutbox } from './local-outbox.js';
import type { Sender } from '../functions/outbound/types.js';
import { DynamoEscalationLog } from '../functions/store/dynamo-escalation-log.js';
import type { PendingAlert } from '../functions/store/escalation-log.js';
import type { Logger } from '../functions/core/log.js';
import { startDynalite, type EmbeddedDynamo } from './embedded-dynamo.js';
import { listEscalations } from './records.js';
import { clockRoute, schedulerRoute } from './scheduler-route.js';
import { LocalClock } from './local-clock.js';
import { jsonResponse, startServer, type Route } from './http-server.js';
import { simulatorRoutes } from './simulator/routes.js';
import { SimContacts } from './simulator/sim-contacts.js';
import { TwilioOptOuts } from './simulator/twilio-opt-outs.js';
import { ensureTable } from './ensure-table.js';
import { countingErrors } from '../functions/core/metrics.js';
import { MetricsCollector } from './ops/collector.js';
import { opsRoutes } from './ops/routes.js';
import { ROUTES } from '../functions/core/routes.js';

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
  /** Ladder steps waiting for the local clock. */
  ladder: LocalLadderTimer;
  /** Every metric event since start, for `/ops`. */
  metrics: MetricsCollector;
  /** Webhook paths Twilio would call. */
  webhooks: readonly string[];
  close(): Promise<void>;
}

/**
 * Starts the embedded DynamoDB (or uses DYNAMODB_ENDPOINT), creates the table and loads content, and only then
 * opens the port: the first request gets a real answer. Serves the webhooks and local inspection routes.
 */
export async function startHotline(options: HotlineOptions): Promise<Hotline> {
  const embedded: EmbeddedDynamo | undefined = options.env.DYNAMODB_ENDPOINT ? undefined : await startDynalite(options.dataDir);
  try {
    return await serveHotline(options, embedded);
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}

async function serveHotline(options: HotlineOptions, embedded: EmbeddedDynamo | undefined): Promise<Hotline> {
  const started = Date.now();
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
  const clock = new LocalClock();
  const metrics = new MetricsCollector();
  const overrides = { now: clock.now, metrics, ...options.overrides };
  const optOuts = new TwilioOptOuts();
  const outbox = new LocalOutbox(overrides.now, (to) => optOuts.isBlocked(to));
  // Everything that can be slow or fail happens before the port opens; the URL is known only once it listens.
  const settings = parseConfig({ PUBLIC_BASE_URL: 'http://127.0.0.1', ...env });
  const content = overrides.content ?? loadContent(settings.CONTENT_DIR);
  const client = new DynamoDBClient({ region: settings.AWS_REGION, endpoint: settings.DYNAMODB_ENDPOINT });
  try {
    await ensureTable(client, settings.TABLE_NAME);
  } finally {
    client.destroy();
  }
  const timer = new LocalLadderTimer();
  let runLadder: (() => Promise<number>) | undefined;
  const server = await startServer((url) => {
    config = parseConfig({ PUBLIC_BASE_URL: url, ...env });
    const sender = overrides.sender ?? localSender(config, outbox);
    const pages = overrides.pages ?? new DynamoPageBook(dynamoClient(config), config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS);
    const log = countingErrors(overrides.log ?? jsonLogger, overrides.metrics, overrides.now);
    const ladder = ladderDeps({ config, content, sender, pages, now: overrides.now, log, metrics: overrides.metrics }, timer);
    const escalations = overrides.escalations ?? localEscalations(config, (alert) => startPage(ladder, alert), log);
    deps = buildDeps(config, content, { ...overrides, sender, escalations, pages });
    runLadder = () => timer.runDue(ladder.now(), (ref, step) => continueLadder(ladder, ref, step));
    const target = { url, publicBaseUrl: config.PUBLIC_BASE_URL, authToken: config.TWILIO_AUTH_TOKEN };
    const contacts = new SimContacts(SIMULATOR_FROM_STATE);
    return {
      ...routes(deps, outbox, clock, runLadder),
      ...simulatorRoutes({ target, deps, table: dynamoClient(config), outbox, ladder: timer, contacts, optOuts }),
      ...opsRoutes(metrics, overrides.now),
    };
  }, options.port);
  if (!config || !deps || !runLadder) throw new Error('server started without configuration');
  deps.metrics.emit({ kind: 'cold-start', at: deps.now(), fn: 'local', ms: Date.now() - started });
  // Ladder steps come due in real time too (a tester who waits ten minutes sees the next page).
  const tick = runLadder;
  const ticker = setInterval(() => void tick().catch((error: unknown) => (deps?.log ?? jsonLogger)('error', { event: 'ladder.failed', ...describeError(error) })), LADDER_TICK_MS);
  ticker.unref();
  return {
    url: server.url,
    config,
    deps,
    outbox,
    ladder: timer,
    metrics,
    webhooks: Object.keys(WEBHOOKS),
    close: async () => {
      clearInterval(ticker);
      await server.close();
      await embedded?.close();
    },
  };
}

/** Twilio's FromState for simulated texts until the tester picks another (the zone is America/Los_Angeles). */
const SIMULATOR_FROM_STATE = 'CA';

/** How often the local hotline looks for ladder steps that came due in real time. */
const LADDER_TICK_MS = 15_000;

const WEBHOOKS = { [ROUTES.sms]: handleSmsWebhook, [ROUTES.voice]: handleVoiceWebhook, [ROUTES.voiceInput]: handleVoiceWebhook } as const;

function routes(deps: AppDeps, outbox: LocalOutbox, clock: LocalClock, runLadder: () => Promise<number>): Record<string, Route> {
  const table = dynamoClient(deps.config);
  const webhooks = Object.fromEntries(Object.entries(WEBHOOKS).map(([path, webhook]) => [path, (event) => webhook(deps, event)] as [string, Route]));
  return {
    ...webhooks,
    '/_local/outbox': async () => jsonResponse(outbox.list()),
    '/_local/escalations': async () => jsonResponse(await listEscalations(table, deps.config.TABLE_NAME)),
    '/_local/scheduler': schedulerRoute(deps, table, deps.sender),
    '/_local/clock': clockRoute(clock, schedulerRoute(deps, table, deps.sender), runLadder),
  };
}

/** Twilio's REST API when a real account is configured, otherwise the local outbox. */
function localSender(config: Config, outbox: LocalOutbox): Sender {
  return config.TWILIO_ACCOUNT_SID && config.TWILIO_FROM && config.TWILIO_AUTH_TOKEN !== DEV_AUTH_TOKEN ? twilioSender(config) : outbox;
}

/** Escalations recorded in the table, with each claimed alert's page started in-process (what the stream and alerts function do on AWS). */
function localEscalations(config: Config, start: (alert: PendingAlert) => Promise<void>, log: Logger): InlineAlerting {
  const records = new DynamoEscalationLog(dynamoClient(config), config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS);
  return new InlineAlerting(records, start, (error) => log('error', { event: 'alert.failed', ...describeError(error) }));
}
