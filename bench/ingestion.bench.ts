import { defaultProgramPolicy } from '../functions/application/deps.js';
import type { BatchResult } from '../functions/application/sales-batch.js';
import * as salesRecord from '../functions/handlers/api/sales-record.js';
import { manualClock } from '../functions/ports/clock.js';
import { type BenchContext, freshEventStore, sized } from './context.js';
import { startBenchApi } from './local-api.js';
import { percentile, round, timed } from './measure.js';
import { benchSale } from './seed.js';

// After every sale benchSale dates, so that none is refused as dated in the future.
const NOW = '2026-11-01T00:00:00Z';
const PARTNERS = 100;

/**
 * The sales system's `POST /sales` through the local gateway and the route's handler to DynamoDB
 * Local: batches of distinct lines, one after another, each line its own sale stream. A batch's
 * latency is the whole request; with 20 batches the p99 is the slowest of them.
 */
export async function ingestionBench(ctx: BenchContext) {
  const batches = sized(ctx, { tiny: 2, quick: 5, full: 20 });
  const linesPerBatch = sized(ctx, { tiny: 20, quick: 1_000, full: 1_000 });
  const { store } = await freshEventStore(ctx.dynamoDbEndpoint, NOW);
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
    const totalSeconds = latenciesMs.reduce((sum, ms) => sum + ms, 0) / 1000;
    return {
      linesPerSecond: round((batches * linesPerBatch) / totalSeconds),
      p50Ms: round(percentile(latenciesMs, 50)),
      p99Ms: round(percentile(latenciesMs, 99)),
      batches,
      linesPerBatch,
    };
  } finally {
    await api.close();
  }
}
