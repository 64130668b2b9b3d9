import { handleAlertStream, type BatchResult } from '../escalation/stream-consumer.js';
import { initDeps } from '../app/lambda-handler.js';
import { onceAtColdStart } from '../core/cold-start.js';

const ready = onceAtColdStart(() => initDeps(process.env));

/** Lambda entry for the table's stream (alert items only, by filter): pages on-call staff; failed records are retried by Lambda. */
export async function handler(event: unknown): Promise<BatchResult> {
  const { content, sender, config, log } = await ready();
  return handleAlertStream({ content, sender, onCallNumbers: config.ON_CALL_NUMBERS, secret: config.PHONE_HASH_KEY, timeZone: config.ON_CALL_TIME_ZONE, log }, event);
}
