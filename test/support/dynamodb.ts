import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDynamoDbClient, ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { eventTableCreateInput } from '../../functions/adapters/event-table.js';

/** A client for the DynamoDB Local that the global setup started for this test run. */
export const localDynamoDb = () => createDynamoDbClient({ endpoint: inject('dynamoDbEndpoint') });

/** Integration tests run in parallel: each gets tables of its own. */
export const uniqueTableName = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export async function newEventTable(label = 'events') {
  const client = localDynamoDb();
  const tableName = uniqueTableName(label);
  await ensureTable(client, eventTableCreateInput(tableName));
  return { client, tableName };
}
