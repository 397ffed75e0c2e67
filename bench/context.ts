import { randomUUID } from 'node:crypto';
import { createDynamoDbClient, ensureTable } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import { eventTableCreateInput } from '../functions/adapters/event-table.js';
import { manualClock } from '../functions/ports/clock.js';
import { localCredentials, localRegion } from '../infra/local/local-config.js';

export type BenchSize = 'tiny' | 'quick' | 'full';

/** What every benchmark section gets: the DynamoDB Local to use, and how big to make things. */
export type BenchContext = { dynamoDbEndpoint: string; size: BenchSize; log: (line: string) => void };

/** A number per size: tiny checks that the code runs (tests), quick gives numbers in a minute. */
export const sized = (ctx: BenchContext, sizes: Record<BenchSize, number>) => sizes[ctx.size];

/** Several runs give a median; a tiny run only checks that the code works. */
export const runsFor = (ctx: BenchContext, full: number) => (ctx.size === 'tiny' ? 1 : full);

export const benchClient = (endpoint: string) =>
  createDynamoDbClient({ endpoint, region: localRegion, credentials: localCredentials });

export const benchMetadata = {
  correlationId: 'bench',
  causationId: 'bench',
  actor: { role: 'system' as const },
};

/** A fresh event table and a store on it, so runs never see each other's events. */
export async function freshEventStore(endpoint: string, now = '2026-09-01T00:00:00Z') {
  const client = benchClient(endpoint);
  const tableName = `bench-events-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, eventTableCreateInput(tableName));
  return { client, tableName, store: new DynamoDbEventStore(client, tableName, manualClock(now)) };
}
