import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config.js';
import { jsonLogger, type Logger } from '../core/log.js';
import type { Content } from '../content/model.js';
import type { Sender } from '../outbound/types.js';
import type { TipDeliveryDeps } from '../tip-delivery/deliver.js';
import { DynamoDueTable } from '../store/due-table.js';
import { DEFAULT_BACKOFF, Pacer } from '../tip-delivery/pacer.js';
import { NO_METRICS, type MetricSink } from '../core/metrics.js';

/** Delivery dependencies from checked configuration (the Lambda handler and the local scheduler route build them the same way). */
export function buildTipDeps(
  config: Pick<Config, 'TABLE_NAME' | 'PHONE_HASH_KEY' | 'STATE_TTL_DAYS' | 'TIPS_SEND_CONCURRENCY' | 'TIPS_SENDS_PER_SECOND'>,
  parts: { client: DynamoDBDocumentClient; sender: Sender; content: Content; log?: Logger; metrics?: MetricSink },
): TipDeliveryDeps {
  const rate = config.TIPS_SENDS_PER_SECOND;
  return {
    content: parts.content,
    table: new DynamoDueTable(parts.client, config.TABLE_NAME),
    sender: parts.sender,
    secret: config.PHONE_HASH_KEY,
    stateTtlDays: config.STATE_TTL_DAYS,
    concurrency: config.TIPS_SEND_CONCURRENCY,
    pacer: new Pacer({ minIntervalMs: rate ? 1000 / rate : 0, ...DEFAULT_BACKOFF }),
    log: parts.log ?? jsonLogger,
    metrics: parts.metrics ?? NO_METRICS,
  };
}
