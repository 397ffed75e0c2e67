import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The event table's shape, shared by the event store, the CDK stack and the local runtime, so
 * that the table in the cloud and the one on a laptop cannot drift apart.
 */
export const eventTable = {
  partitionKey: 'stream',
  sortKey: 'version',
  index: { name: 'byIndexKey', partitionKey: 'indexKey', sortKey: 'indexPosition' },
  timeToLiveAttribute: 'expiresAt',
  /** The stream key of the records that remember an idempotent append (they expire; events never do). */
  idempotencyPrefix: 'idempotency#',
  /** How long an idempotency record is kept: also how long an approval link can be found by it. */
  idempotencyTtlSeconds: 30 * 86_400,
} as const;

export const eventTableCreateInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: eventTable.partitionKey, AttributeType: 'S' },
    { AttributeName: eventTable.sortKey, AttributeType: 'N' },
    { AttributeName: eventTable.index.partitionKey, AttributeType: 'S' },
    { AttributeName: eventTable.index.sortKey, AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: eventTable.partitionKey, KeyType: 'HASH' },
    { AttributeName: eventTable.sortKey, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: eventTable.index.name,
      KeySchema: [
        { AttributeName: eventTable.index.partitionKey, KeyType: 'HASH' },
        { AttributeName: eventTable.index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
  StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
});
