import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ESCALATION_PREFIX } from '../functions/store/keys.js';

/** An escalation as `GET /_local/escalations` lists it. */
export interface EscalationView {
  tier: string;
  channel: string;
  rule: string;
  at: string;
  /** For a tier that pages: queued, held (one went out within the hour) or failed. */
  page?: string;
}

/** Every escalation record in the local table, oldest first (a scan: fine for one machine, never used on AWS). */
export async function listEscalations(client: DynamoDBDocumentClient, tableName: string): Promise<EscalationView[]> {
  const views: EscalationView[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':prefix': ESCALATION_PREFIX },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) views.push({ tier: String(item.tier), channel: String(item.channel), rule: String(item.rule), at: String(item.at), ...(item.page ? { page: String(item.page) } : {}) });
    start = page.LastEvaluatedKey;
  } while (start);
  return views.sort((a, b) => a.at.localeCompare(b.at));
}
