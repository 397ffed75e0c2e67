import { defaultProgramPolicy } from '../domain/program-policy.js';
import type { BatchResult } from '../functions/application/sales-batch.js';
import * as salesRecord from '../functions/handlers/api/sales-record.js';
import { manualClock } from '../functions/ports/clock.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { type BenchContext, freshEventStore, runsFor, sized } from './context.js';
import { startBenchApi } from './local-api.js';
import { medianOf, percentile, round, timed } from './measure.js';
import { benchSale } from './seed.js';

// After every sale benchSale dates, so that none is refused as dated in the future.
const NOW = '2026-11-01T00:00:00Z';
const PARTNERS = 100;

/**
 * The sales system's `POST /sales` through the local gateway and the route's handler to DynamoDB
 * Local: batches of distinct lines, one after another, each line its own sale stream. A batch's
 * latency is the whole request. Each run starts on a fresh table and API; the median of the runs'
 * numbers is reported (with 20 batches a run's p99 is its slowest batch).
 */
export async function ingestionBench(ctx: BenchContext) {
  const batches = sized(ctx, { tiny: 2, quick: 3, full: 20 });
  const linesPerBatch = sized(ctx, { tiny: 20, quick: 1_000, full: 1_000 });
  let runs = 0;
  const measured = await medianOf(runsFor(ctx, 3), async () => {
    // The section's own DynamoDB Local serves the first run (quick runs have no other).
    const latenciesMs =
      runs++ === 0
        ? await ingestInto(ctx.dynamoDbEndpoint, batches, linesPerBatch)
        : await ingest(batches, linesPerBatch);
    const totalSeconds = latenciesMs.reduce((sum, ms) => sum + ms, 0) / 1000;
    return {
      linesPerSecond: round((batches * linesPerBatch) / totalSeconds),
      p50Ms: round(percentile(latenciesMs, 50)),
      p99Ms: round(percentile(latenciesMs, 99)),
    };
  });
  return { ...measured, batches, linesPerBatch };
}

// DynamoDB Local slows down as it holds more: each further run gets one of its own.
async function ingest(batches: number, linesPerBatch: number): Promise<number[]> {
  const dynamo = await startDynamoDbLocal();
  try {
    return await ingestInto(dynamo.endpoint, batches, linesPerBatch);
  } finally {
    await dynamo.stop();
  }
}

async function ingestInto(endpoint: string, batches: number, linesPerBatch: number): Promise<number[]> {
  const { store } = await freshEventStore(endpoint, NOW);
  const api = await startBenchApi({ store, clock: manualClock(NOW), policy: defaultProgramPolicy }, [
    salesRecord,
  ]);
  try {
    const latenciesMs: number[] = [];
    for (let batch = 0; batch < batches; batch++) {
      const lines = Array.from({ length: linesPerBatch }, (_, i) =>
        benchSale(batch * linesPerBatch + i, PARTNERS),
      );
      const { result, seconds } = await timed(() => api.call('POST', '/sales', 'salesSystem', { lines }));
      const { accepted, rejected } = JSON.parse(result) as BatchResult;
      // Refused or duplicate lines would be measured as cheaper than recorded ones.
      if (accepted !== linesPerBatch)
        throw new Error(`${accepted} of ${linesPerBatch} lines recorded: ${JSON.stringify(rejected[0])}`);
      latenciesMs.push(seconds * 1000);
    }
    return latenciesMs;
  } finally {
    await api.close();
  }
}
