import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { dueKeys } from '../tip-delivery/schedule.js';

/** Attribute names of the single table, shared by the store, local setup and infra. */
export const TABLE_KEYS = { partition: 'pk', sort: 'sk', ttl: 'ttl' } as const;

/** Sparse GSI of state items with a daily tip due: only items carrying `duePk`/`dueSk` are in it (infra declares the same). */
export const DUE_INDEX = { name: 'byDue', partition: 'duePk', sort: 'dueSk' } as const;

/** State-item attributes kept for tips delivery only: the sealed number to text, and a pending retry of today's tip. */
export const TIPS_ATTRS = { address: 'addr', retry: 'retry' } as const;

/** The `byDue` index attributes of a state item whose next tip is due at `due` (epoch ms). */
export function dueAttributes(contact: string, due: number): Record<string, string> {
  const keys = dueKeys(due, contact);
  return { [DUE_INDEX.partition]: keys.pk, [DUE_INDEX.sort]: keys.sk };
}

/** The table definition used to create it locally (dynalite, DynamoDB Local); infra declares the same keys. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
      { AttributeName: DUE_INDEX.partition, AttributeType: 'S' },
      { AttributeName: DUE_INDEX.sort, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: DUE_INDEX.name,
        KeySchema: [
          { AttributeName: DUE_INDEX.partition, KeyType: 'HASH' },
          { AttributeName: DUE_INDEX.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
