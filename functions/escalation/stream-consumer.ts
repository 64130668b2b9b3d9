import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod/mini';
import { ChannelSchema } from '../core/channels.js';
import { EscalationTierSchema } from '../core/tiers.js';
import { deliverAlert, type AlertDeps } from './deliver.js';
import { describeError, type Logger } from '../core/log.js';
import { ALERT_PREFIX, contactOf } from '../store/keys.js';

const StreamEvent = z.object({
  Records: z.array(
    z.object({
      eventName: z.optional(z.string()),
      dynamodb: z.optional(z.object({ SequenceNumber: z.optional(z.string()), NewImage: z.optional(z.record(z.string(), z.unknown())) })),
    }),
  ),
});

const AlertItem = z.object({
  pk: z.string().check(z.refine((pk: string) => contactOf(pk) !== undefined)),
  sk: z.string().check(z.startsWith(ALERT_PREFIX)),
  tier: EscalationTierSchema,
  rule: z.string(),
  channel: ChannelSchema,
  contentVersion: z.string(),
  inputId: z.string(),
  sentAt: z.number(),
  callback: z.optional(z.string()),
});

/** Lambda's partial-batch answer: the records to retry. */
export interface BatchResult {
  batchItemFailures: Array<{ itemIdentifier: string }>;
}

/**
 * The alerts function: for each alert item the webhook claimed (DynamoDB stream, new image),
 * page every on-call number. Processing stops at the first record nobody could be paged for and
 * reports it: Lambda retries the batch from that record, so records after it are not paged twice.
 */
export async function handleAlertStream(deps: AlertDeps & { log: Logger }, event: unknown): Promise<BatchResult> {
  const parsed = StreamEvent.safeParse(event);
  if (!parsed.success) {
    deps.log('error', { event: 'alerts.bad-event' });
    return { batchItemFailures: [] };
  }
  const failures: BatchResult['batchItemFailures'] = [];
  for (const record of parsed.data.Records) {
    if (record.eventName === 'REMOVE' || !record.dynamodb?.NewImage) continue;
    const item = AlertItem.safeParse(unmarshall(record.dynamodb.NewImage as Parameters<typeof unmarshall>[0]));
    if (!item.success) continue;
    const { pk, sentAt, callback, ...alert } = item.data;
    try {
      const delivery = await deliverAlert(deps, { ...alert, contact: contactOf(pk) ?? pk, at: sentAt, ...(callback ? { sealedCallback: callback } : {}) });
      deps.log(delivery.failed > 0 ? 'error' : 'info', { event: delivery.failed > 0 ? 'alert.partial' : 'alert.sent', tier: alert.tier, replies: delivery.sent });
    } catch (error) {
      deps.log('error', { event: 'alert.failed', tier: alert.tier, ...describeError(error) });
      if (record.dynamodb.SequenceNumber) failures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
      break;
    }
  }
  return { batchItemFailures: failures };
}
