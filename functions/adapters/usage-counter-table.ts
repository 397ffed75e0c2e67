import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** The usage counters' table: one item per counter, gone once its window has passed (TTL). */
export const usageCounterTable = { partitionKey: 'counter', timeToLiveAttribute: 'expiresAt' } as const;

export const usageCounterTableCreateInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: usageCounterTable.partitionKey, AttributeType: 'S' }],
  KeySchema: [{ AttributeName: usageCounterTable.partitionKey, KeyType: 'HASH' }],
});
