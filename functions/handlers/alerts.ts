import { handleAlertStream, type BatchResult } from '../escalation/stream-consumer.js';
import type { AppDeps } from '../app/deps.js';
import { initDeps } from '../app/lambda-handler.js';

let deps: Promise<AppDeps> | undefined;

/** Lambda entry for the table's stream (alert items only, by filter): pages on-call staff; failed records are retried by Lambda. */
export async function handler(event: unknown): Promise<BatchResult> {
  deps ??= initDeps(process.env).catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  const { content, sender, config, log } = await deps;
  return handleAlertStream({ content, sender, onCallNumbers: config.ON_CALL_NUMBERS, secret: config.PHONE_HASH_KEY, log }, event);
}
