import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Content } from '../content/model.js';
import { DynamoStateStore } from '../store/dynamo-state-store.js';
import type { StateStore } from '../store/state-store.js';
import { DynamoEscalationLog } from '../store/dynamo-escalation-log.js';
import type { EscalationLog } from '../store/escalation-log.js';
import { DynamoPageBook } from '../store/dynamo-page-book.js';
import type { PageBook } from '../store/page-book.js';
import { SendFailedError } from '../outbound/errors.js';
import { TwilioRestSender } from '../outbound/twilio-rest.js';
import type { Sender } from '../outbound/types.js';
import type { Config } from './config.js';
import { jsonLogger, type Logger } from '../core/log.js';
import { countingErrors, NO_METRICS, type MetricSink } from '../core/metrics.js';
import { emfSink } from '../core/emf.js';

/** Everything a webhook needs, built once per process and injectable in tests. */
export interface AppDeps {
  config: Config;
  content: Content;
  store: StateStore;
  escalations: EscalationLog;
  /** Pages to on-call staff and their acknowledgements. */
  pages: PageBook;
  /** Outbound SMS off the reply path (text-me-this); Twilio's REST API when an account is configured. */
  sender: Sender;
  now: () => number;
  /** Every error-level line is also counted as an `error` metric event. */
  log: Logger;
  /** De-identified metric events (turns, red flags, texts); EMF in Lambda when METRICS_NAMESPACE is set. */
  metrics: MetricSink;
}

/** A DynamoDB document client with timeouts well inside Twilio's 15 s webhook budget. */
export function dynamoClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.AWS_REGION,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2500 },
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Builds the production dependencies from checked configuration and loaded content (YAML locally, compiled in Lambda); tests may swap any client. */
export function buildDeps(config: Config, content: Content, overrides: Partial<Omit<AppDeps, 'config' | 'content'>> = {}): AppDeps {
  let client: DynamoDBDocumentClient | undefined;
  const db = () => (client ??= dynamoClient(config));
  const metrics = overrides.metrics ?? metricsSink(config);
  const now = overrides.now ?? Date.now;
  return {
    config,
    content,
    store: overrides.store ?? new DynamoStateStore(db(), config.TABLE_NAME),
    escalations: overrides.escalations ?? new DynamoEscalationLog(db(), config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS),
    pages: overrides.pages ?? new DynamoPageBook(db(), config.TABLE_NAME, config.ESCALATION_RETENTION_DAYS),
    sender: overrides.sender ?? twilioSender(config),
    now,
    log: countingErrors(overrides.log ?? jsonLogger, metrics, now),
    metrics,
  };
}

/** EMF lines on stdout when a namespace is configured (every deployed function), otherwise nothing. */
export function metricsSink(config: Pick<Config, 'METRICS_NAMESPACE'>): MetricSink {
  return config.METRICS_NAMESPACE ? emfSink(config.METRICS_NAMESPACE) : NO_METRICS;
}

/** Twilio's REST API when an account and sender are configured; otherwise a sender that refuses (logged by the caller). */
export function twilioSender(config: Config): Sender {
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_FROM) {
    return new TwilioRestSender({ accountSid: config.TWILIO_ACCOUNT_SID, authToken: config.TWILIO_AUTH_TOKEN, from: config.TWILIO_FROM, timeoutMs: 3000 });
  }
  return {
    available: false,
    send: () => Promise.reject(new SendFailedError('no Twilio account configured (TWILIO_ACCOUNT_SID, TWILIO_FROM)', false)),
  };
}
