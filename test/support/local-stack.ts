import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { inject } from 'vitest';
import { defaultProgramPolicy } from '../../domain/program-policy.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../../functions/adapters/dynamodb-read-models.js';
import { readModelTableCreateInput } from '../../functions/adapters/read-model-table.js';
import { usageCounterTableCreateInput } from '../../functions/adapters/usage-counter-table.js';
import type { AppDeps } from '../../functions/application/deps.js';
import { createHandler as createProjector } from '../../functions/handlers/projector.js';
import { createHandler as createSummarizer } from '../../functions/handlers/summarizer.js';
import { manualClock } from '../../functions/ports/clock.js';
import { invokeLocally } from '../../infra/local/lambda-context.js';
import { memoryCheckpoints, type StreamHandler, StreamPoller } from '../../infra/local/stream-poller.js';
import { localDynamoDb, newEventTable, uniqueTableName } from './dynamodb.js';

/**
 * The event table, the read-model table and the projector Lambda module, wired as in the cloud
 * (clients configured through the environment) and fed by the local stream poller.
 */
export async function localEventStack(now = '2026-07-25T12:00:00Z') {
  const { client, tableName } = await newEventTable();
  const readModelsTable = uniqueTableName('read-models');
  await ensureTable(client, readModelTableCreateInput(readModelsTable));
  const readModels = new DynamoDbReadModels(localDynamoDb(), readModelsTable);
  const clock = manualClock(now);
  const store = new DynamoDbEventStore(client, tableName, clock);
  const handler = invokeLocally<DynamoDBStreamEvent, DynamoDBBatchResponse>(
    'projector',
    createProjector(() => ({ readModels, store })),
  );
  const deps: AppDeps = { store, clock, policy: defaultProgramPolicy };
  const usageCountersTable = uniqueTableName('usage-counters');
  await ensureTable(client, usageCounterTableCreateInput(usageCountersTable));
  const streams = new DynamoDBStreamsClient({ endpoint: inject('dynamoDbEndpoint') });
  /** Another reader of the event table's stream, from its start (the outbox, in the cloud). */
  const streamReader = (reader: StreamHandler) =>
    new StreamPoller({
      dynamoDb: client,
      streams,
      tableName,
      handler: reader,
      checkpoints: memoryCheckpoints(),
    });
  const poller = streamReader(handler);
  const summarizer = invokeLocally<unknown, { refreshed: number }>(
    'summarizer',
    createSummarizer(() => ({ readModels, store })),
  );
  /** The read models up to date with everything recorded so far, statement summaries included. */
  const project = async () => {
    await poller.drain();
    await summarizer({});
  };
  return {
    client,
    tableName,
    usageCountersTable,
    store,
    deps,
    clock,
    handler,
    poller,
    project,
    streamReader,
    readModels,
  };
}
