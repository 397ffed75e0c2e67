import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** The read-model table's shape, shared by the adapter, the CDK stack and the local runtime. */
export const readModelTable = { partitionKey: 'pk', sortKey: 'sk' } as const;

export const readModelTableCreateInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: readModelTable.partitionKey, AttributeType: 'S' },
    { AttributeName: readModelTable.sortKey, AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: readModelTable.partitionKey, KeyType: 'HASH' },
    { AttributeName: readModelTable.sortKey, KeyType: 'RANGE' },
  ],
});
