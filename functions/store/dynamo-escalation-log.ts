import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ALERT_WINDOW_MS, type Escalation, type EscalationLog, type PendingAlert } from './escalation-log.js';
import { StoreUnavailableError } from './errors.js';
import { ALERT_PREFIX, contactPartition, ESCALATION_PREFIX } from './keys.js';

/** Alert items (they hold a sealed callback number) are deleted by TTL a day after they are written. */
const ALERT_TTL_S = 24 * 3600;

/** Escalation records and alert claims as items in the contact's partition. */
export class DynamoEscalationLog implements EscalationLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retentionDays: number,
  ) {}

  async record(e: Escalation, signal?: AbortSignal): Promise<void> {
    const at = new Date(e.at).toISOString();
    const item = {
      pk: contactPartition(e.contact),
      sk: `${ESCALATION_PREFIX}${at}#${e.inputId}`,
      tier: e.tier,
      rule: e.rule,
      ...(e.also?.length ? { also: e.also } : {}),
      channel: e.channel,
      contentVersion: e.contentVersion,
      at,
      ...(e.page ? { page: e.page } : {}),
      ttl: Math.floor(e.at / 1000) + this.retentionDays * 86_400,
    };
    await this.put(item, 'attribute_not_exists(pk)', undefined, signal);
  }

  async claimAlert(alert: PendingAlert, signal?: AbortSignal): Promise<boolean> {
    const item = {
      pk: contactPartition(alert.contact),
      sk: `${ALERT_PREFIX}${alert.tier}`,
      tier: alert.tier,
      rule: alert.rule,
      ...(alert.also?.length ? { also: alert.also } : {}),
      channel: alert.channel,
      contentVersion: alert.contentVersion,
      inputId: alert.inputId,
      sentAt: alert.at,
      ...(alert.sealedCallback ? { callback: alert.sealedCallback } : {}),
      ttl: Math.floor(alert.at / 1000) + ALERT_TTL_S,
    };
    return this.put(item, 'attribute_not_exists(pk) OR sentAt < :cutoff', { ':cutoff': alert.at - ALERT_WINDOW_MS }, signal);
  }

  /** Conditional put; true when written, false when the condition held it back. */
  private async put(item: Record<string, unknown>, condition: string, values: Record<string, unknown> | undefined, signal?: AbortSignal): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: condition, ...(values ? { ExpressionAttributeValues: values } : {}) }),
        { abortSignal: signal },
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw new StoreUnavailableError('could not write an escalation record', { cause: error });
    }
  }
}
