import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { handleAlertStream, handleLadderStep, LadderStepEvent, type BatchResult } from '../escalation/stream-consumer.js';
import { SchedulerTimer } from '../escalation/scheduler-timer.js';
import type { LadderTimer } from '../escalation/ladder.js';
import { coldStart } from '../app/lambda-handler.js';
import { ladderDeps } from '../app/ladder-deps.js';
import type { Config } from '../app/config.js';
import { onceAtColdStart } from '../core/cold-start.js';

const ready = onceAtColdStart(() => coldStart('alerts', process.env));
let scheduler: SchedulerClient | undefined;

/** Ladder steps as one-time schedules that invoke this same function; a stage without the scheduler settings cannot continue a ladder (the failure is logged and alarmed). */
function timerFor(config: Config, functionArn: string | undefined): LadderTimer {
  const { LADDER_ROLE_ARN: roleArn, LADDER_SCHEDULE_GROUP: group, LADDER_DEAD_LETTER_ARN: deadLetterArn } = config;
  if (!roleArn || !group || !functionArn) return { schedule: () => Promise.reject(new Error('LADDER_ROLE_ARN and LADDER_SCHEDULE_GROUP are not set')) };
  scheduler ??= new SchedulerClient({ region: config.AWS_REGION });
  return new SchedulerTimer(scheduler, { functionArn, roleArn, group, ...(deadLetterArn ? { deadLetterArn } : {}) });
}

/**
 * Lambda entry for the table's stream (alert items only, by filter), which opens each page and pages the first
 * on-call number, and for the ladder's scheduled steps (`{ ladder: { day, code, step } }`), which page the next.
 */
export async function handler(event: unknown, context?: { invokedFunctionArn?: string }): Promise<BatchResult | void> {
  const deps = await ready();
  const ladder = ladderDeps(deps, timerFor(deps.config, context?.invokedFunctionArn));
  const step = LadderStepEvent.safeParse(event);
  if (step.success) return handleLadderStep(ladder, step.data);
  return handleAlertStream(ladder, event);
}
