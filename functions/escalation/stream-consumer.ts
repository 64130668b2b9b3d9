import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod/mini';
import { ALERT_ATTRIBUTES } from '../store/escalation-log.js';
import { continueLadder, startPage, type LadderDeps } from './ladder.js';
import { describeError } from '../core/log.js';
import { ALERT_PREFIX, contactOf } from '../store/keys.js';

const StreamEvent = z.object({
  Records: z.array(
    z.object({
      eventName: z.optional(z.string()),
      dynamodb: z.optional(z.object({ SequenceNumber: z.optional(z.string()), NewImage: z.optional(z.record(z.string(), z.unknown())) })),
    }),
  ),
});

/** A ladder step the timer fires (EventBridge Scheduler's input on AWS). */
export const LadderStepEvent = z.object({
  ladder: z.object({ day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), code: z.string().check(z.regex(/^\d{4}$/)), step: z.number().check(z.int(), z.minimum(1), z.maximum(100)) }),
});

const AlertItem = z.object({
  pk: z.string().check(z.refine((pk: string) => contactOf(pk) !== undefined)),
  sk: z.string().check(z.startsWith(ALERT_PREFIX)),
  ...ALERT_ATTRIBUTES,
  sentAt: z.number(),
});

/** Lambda's partial-batch answer: the records to retry. */
export interface BatchResult {
  batchItemFailures: Array<{ itemIdentifier: string }>;
}

/**
 * The alerts function: for each alert item the webhook claimed (DynamoDB stream, new image), open its page and
 * page the first on-call number. Processing stops at the first record nobody could be paged for and reports it:
 * Lambda retries the batch from that record, and a page already sent is not sent again.
 */
export async function handleAlertStream(deps: LadderDeps, event: unknown): Promise<BatchResult> {
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
    const { pk, sk: _sk, sentAt, callback, ...alert } = item.data;
    try {
      await startPage(deps, { ...alert, contact: contactOf(pk) ?? pk, at: sentAt, ...(callback ? { sealedCallback: callback } : {}) });
    } catch (error) {
      deps.log('error', { event: 'alert.failed', tier: alert.tier, ...describeError(error) });
      if (record.dynamodb.SequenceNumber) failures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
      break;
    }
  }
  return { batchItemFailures: failures };
}

/** A timer's ladder step (the next on-call number, everyone once more, or the alarm); throws so the timer retries when nobody could be paged. */
export async function handleLadderStep(deps: LadderDeps, event: z.infer<typeof LadderStepEvent>): Promise<void> {
  const { day, code, step } = event.ladder;
  try {
    await continueLadder(deps, { day, code }, step);
  } catch (error) {
    deps.log('error', { event: 'alert.failed', step, ...describeError(error) });
    throw error;
  }
}
