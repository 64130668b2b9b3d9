import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../../functions/app/deps.js';
import { startDynalite } from '../../dev/embedded-dynamo.js';
import { ensureTable } from '../../dev/ensure-table.js';
import { LocalLadderTimer } from '../../dev/local-ladder-timer.js';
import { DynamoPageBook } from '../../functions/store/dynamo-page-book.js';
import type { LadderDeps } from '../../functions/escalation/ladder.js';
import type { Sender } from '../../functions/outbound/types.js';
import type { Logger } from '../../functions/core/log.js';
import { fixtureContent } from './content.js';

process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

/** The phone-hash secret ladder tests use. */
export const LADDER_SECRET = 'a-test-secret-of-enough-length';

/** An embedded DynamoDB with Backline's table, and ladder deps on it: pages in the real table, steps on the local timer. */
export interface LadderBench {
  deps(options: { sender: Sender; onCallNumbers: readonly string[]; now?: () => number; log?: Logger; timeZone?: string }): Promise<LadderDeps & { timer: LocalLadderTimer; pages: DynamoPageBook }>;
  close(): Promise<void>;
}

let tables = 0;

/** Starts dynalite; each `deps` call gets a fresh table, so tests never see each other's pages. */
export async function startLadderBench(): Promise<LadderBench> {
  const db = await startDynalite();
  const raw = new DynamoDBClient({ region: 'us-east-1', endpoint: db.endpoint });
  const client = dynamoClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: db.endpoint });
  return {
    deps: async ({ sender, onCallNumbers, now = Date.now, log = () => {}, timeZone = 'America/Chicago' }) => {
      const table = `ladder-${++tables}`;
      await ensureTable(raw, table);
      const pages = new DynamoPageBook(client, table, 30);
      return { content: fixtureContent, sender, pages, timer: new LocalLadderTimer(), onCallNumbers, secret: LADDER_SECRET, timeZone, ackMinutes: 10, now, log };
    },
    close: async () => {
      raw.destroy();
      await db.close();
    },
  };
}
