import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { defaultProgramPolicy } from '../../domain/program-policy.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../../functions/adapters/dynamodb-read-models.js';
import { eventTableCreateInput } from '../../functions/adapters/event-table.js';
import { readModelTableCreateInput } from '../../functions/adapters/read-model-table.js';
import { mapWithConcurrency } from '../../functions/application/concurrency.js';
import * as salesRecord from '../../functions/handlers/api/sales-record.js';
import { createHandler as createProjector } from '../../functions/handlers/projector.js';
import { manualClock } from '../../functions/ports/clock.js';
import { saleDayOf } from '../../functions/read-models/ledger-pages.js';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { invokeLocally } from '../../infra/local/lambda-context.js';
import { localCredentials, localRegion } from '../../infra/local/local-config.js';
import { memoryCheckpoints, StreamPoller } from '../../infra/local/stream-poller.js';
import { type BenchContext, benchClient, sized } from '../context.js';
import { startBenchApi } from '../local-api.js';
import { round } from '../measure.js';
import { benchSale } from '../seed.js';

const NOW = '2026-11-01T00:00:00Z';
const SENDERS = 4;
const LINES_PER_BATCH = 1_000;

/**
 * From the last accepted batch to the partner's ledger pages (what its statement reads) holding
 * that batch's last line, while the sales arrive from 4 senders and the projector Lambda's handler,
 * fed by the local stream poller as `npm start` feeds it, keeps up with them. The event table has
 * its stream here, as it must: DynamoDB Local writes more slowly with one, so the rate of this run
 * is reported beside the lag.
 */
export async function measureProjectionLag(ctx: BenchContext) {
  const lines = sized(ctx, { tiny: 400, quick: 4_000, full: 20_000 });
  const partners = sized(ctx, { tiny: 20, quick: 1_000, full: 10_000 });
  const batchSize = Math.min(LINES_PER_BATCH, lines);
  const batches = Array.from({ length: lines / batchSize }, (_, b) =>
    Array.from({ length: batchSize }, (_, i) => benchSale(b * batchSize + i, partners)),
  );
  const dynamo = await startDynamoDbLocal();
  const client = benchClient(dynamo.endpoint);
  const suffix = Math.random().toString(36).slice(2, 10);
  const [events, views] = [`bench-events-${suffix}`, `bench-read-models-${suffix}`];
  await ensureTable(client, eventTableCreateInput(events));
  await ensureTable(client, readModelTableCreateInput(views));
  const clock = manualClock(NOW);
  const store = new DynamoDbEventStore(client, events, clock);
  const readModels = new DynamoDbReadModels(client, views);
  const poller = new StreamPoller({
    dynamoDb: client,
    streams: new DynamoDBStreamsClient({
      endpoint: dynamo.endpoint,
      region: localRegion,
      credentials: localCredentials,
    }),
    tableName: events,
    handler: invokeLocally<DynamoDBStreamEvent, DynamoDBBatchResponse>(
      'projector',
      createProjector(() => ({ readModels, store })),
    ),
    checkpoints: memoryCheckpoints(),
    idleDelayMs: 20,
  });
  const api = await startBenchApi({ store, clock, policy: defaultProgramPolicy }, [salesRecord]);
  try {
    poller.start();
    const started = performance.now();
    await mapWithConcurrency(batches, SENDERS, (batch) =>
      api.call('POST', '/sales', 'salesSystem', { lines: batch }),
    );
    const accepted = performance.now();
    const last = batches.at(-1)?.at(-1) as ReturnType<typeof benchSale>;
    const days = { from: saleDayOf(last.soldAt), to: saleDayOf(last.soldAt) };
    while (!(await readModels.ledgerEntries(last.mpnId, days)).some((e) => e.saleId === last.saleId)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const projected = performance.now();
    return {
      lines,
      linesPerSecond: round(lines / ((accepted - started) / 1000)),
      projectionLagMs: round(projected - accepted),
    };
  } finally {
    await poller.stop();
    await api.close();
    await dynamo.stop();
  }
}
