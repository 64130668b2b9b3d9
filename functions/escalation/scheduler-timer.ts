import { CreateScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import type { PageRef } from '../store/page-book.js';
import type { LadderTimer } from './ladder.js';

/** Where ladder steps are sent: the alerts function, through a role EventBridge Scheduler assumes, in the stage's schedule group. */
export interface LadderTarget {
  functionArn: string;
  roleArn: string;
  group: string;
  deadLetterArn?: string;
}

/** The schedule for one ladder step: unique per page and step, so setting it twice is a conflict, not a second page. */
export function scheduleName(ref: PageRef, step: number): string {
  return `page-${ref.day}-${ref.code}-${step}`;
}

/**
 * Ladder steps as EventBridge Scheduler one-time schedules (`at(...)`, deleted after they run): durable, each step
 * one asynchronous invocation of the alerts function (Scheduler retries delivering it for up to an hour; Lambda
 * retries a failed run twice, then the event goes to the failures queue, which is alarmed).
 */
export class SchedulerTimer implements LadderTimer {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: LadderTarget,
  ) {}

  async schedule(ref: PageRef, step: number, at: number): Promise<void> {
    const when = new Date(Math.ceil(at / 1000) * 1000).toISOString().slice(0, 19);
    try {
      await this.client.send(new CreateScheduleCommand({
        Name: scheduleName(ref, step),
        GroupName: this.target.group,
        ScheduleExpression: `at(${when})`,
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: this.target.functionArn,
          RoleArn: this.target.roleArn,
          Input: JSON.stringify({ ladder: { day: ref.day, code: ref.code, step } }),
          RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 20 },
          ...(this.target.deadLetterArn ? { DeadLetterConfig: { Arn: this.target.deadLetterArn } } : {}),
        },
      }));
    } catch (error) {
      if ((error as Error).name === 'ConflictException') return;
      throw error;
    }
  }
}
