import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { DUE_INDEX, TABLE_KEYS } from './keys.js';

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
