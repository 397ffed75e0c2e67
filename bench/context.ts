import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient, ensureTable } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import { eventTableCreateInput } from '../functions/adapters/event-table.js';
import { manualClock } from '../functions/ports/clock.js';
import { localCredentials, localRegion } from '../infra/local/local-config.js';

export type BenchSize = 'tiny' | 'quick' | 'full';

/** What every benchmark section gets: the DynamoDB Local to use, and how big to make things. */
export type BenchContext = { dynamoDbEndpoint: string; size: BenchSize; log: (line: string) => void };

/** A number per size: tiny checks that the code runs (tests), quick gives indicative numbers in 90 seconds. */
export const sized = (ctx: BenchContext, sizes: Record<BenchSize, number>) => sizes[ctx.size];

/** Several runs give a full run's medians; quick takes one look, and a tiny run only checks that the code works. */
export const runsFor = (ctx: BenchContext, full: number) => (ctx.size === 'full' ? full : 1);

export const benchClient = (endpoint: string) =>
  createDynamoDbClient({ endpoint, region: localRegion, credentials: localCredentials });

export const benchMetadata = {
  correlationId: 'bench',
  causationId: 'bench',
  actor: { role: 'system' as const },
};

/**
 * The event table as the stack makes it, without its stream: no benchmark reads it, and DynamoDB
 * Local's emulation of streams makes every write to a table with one dearer, the more so the more
 * stream records it holds, even of tables dropped since (bench/README.md).
 */
export function benchEventTable(tableName: string) {
  const { StreamSpecification: _, ...table } = eventTableCreateInput(tableName);
  return table;
}

/** A fresh event table and a store on it, so runs never see each other's events. */
export async function freshEventStore(endpoint: string, now = '2026-09-01T00:00:00Z') {
  const client = benchClient(endpoint);
  const tableName = `bench-events-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, benchEventTable(tableName));
  return { client, tableName, store: new DynamoDbEventStore(client, tableName, manualClock(now)) };
}

/** Drops every table of a DynamoDB Local, so that the next section finds it empty. */
export async function dropTables(endpoint: string) {
  const client = benchClient(endpoint);
  for await (const page of paginateListTables({ client }, {})) {
    for (const TableName of page.TableNames ?? []) await client.send(new DeleteTableCommand({ TableName }));
  }
}
