import type { Escalation, EscalationLog, PendingAlert } from '../store/escalation-log.js';

/**
 * An EscalationLog that also starts each claimed alert's page in this process, after the claim and off the
 * webhook's path: what the DynamoDB stream and the alerts function do on AWS.
 */
export class InlineAlerting implements EscalationLog {
  constructor(
    private readonly inner: EscalationLog,
    private readonly start: (alert: PendingAlert) => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  record(escalation: Escalation, signal?: AbortSignal): Promise<void> {
    return this.inner.record(escalation, signal);
  }

  async claimAlert(alert: PendingAlert, signal?: AbortSignal): Promise<boolean> {
    const claimed = await this.inner.claimAlert(alert, signal);
    if (claimed) setImmediate(() => this.start(alert).catch(this.onError));
    return claimed;
  }
}
