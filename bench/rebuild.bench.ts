import { randomUUID } from 'node:crypto';
import { rebuildReadModels } from '../cli/maintenance.js';
import { campaignDecider } from '../domain/campaigns/decide.js';
import type { DomainEvent } from '../events/catalog.js';
import { ensureTable } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbReadModels } from '../functions/adapters/dynamodb-read-models.js';
import { readModelTableCreateInput } from '../functions/adapters/read-model-table.js';
import { readSlice } from '../functions/application/read-slice.js';
import { bulkSeed } from './bulk-seed.js';
import { type BenchContext, benchMetadata, freshEventStore, runsFor, sized } from './context.js';
import { medianOf, round, timed } from './measure.js';
import { seedProgram } from './seed.js';

/** The read models rebuilt from every event: scan, parse and check, fold, and write them all. */
export async function rebuildBench(ctx: BenchContext) {
  const events = sized(ctx, { tiny: 200, quick: 2_000, full: 100_000 });
  const { client, tableName, store } = await freshEventStore(ctx.dynamoDbEndpoint, '2026-11-01T00:00:00Z');
  const seeding = await timed(() =>
    bulkSeed(client, tableName, '2026-11-01T00:00:00Z', (seedStore) => seedProgram(seedStore, events)),
  );
  ctx.log(`  seeded ${events} events in ${seeding.seconds.toFixed(1)} s`);
  const result = await medianOf(runsFor(ctx, 3), async () => {
    const table = `bench-read-models-${randomUUID().slice(0, 8)}`;
    await ensureTable(client, readModelTableCreateInput(table));
    const { result, seconds } = await timed(() =>
      rebuildReadModels(store, new DynamoDbReadModels(client, table)),
    );
    return {
      events: result.events,
      items: result.items,
      seconds: round(seconds, 2),
      eventsPerSecond: round(result.events / seconds),
    };
  });
  return { ...result, seedingSeconds: round(seeding.seconds, 1) };
}

const revision = (n: number): DomainEvent => ({
  type: 'CampaignTermsRevised',
  data: {
    campaignId: 'long',
    termsText: `Revision ${n}`,
    termsSha256: n.toString(16).padStart(64, '0'),
    revisedAt: '2026-08-01T00:00:00Z',
  },
});

/**
 * How long loading the longest stream a command meets takes (read, check, fold): the measure that
 * decides whether streams need snapshots.
 */
export async function streamLoadBench(ctx: BenchContext) {
  const length = sized(ctx, { tiny: 50, quick: 1_000, full: 10_000 });
  const { store } = await freshEventStore(ctx.dynamoDbEndpoint);
  for (let v = 0; v < length; v += 99) {
    const batch = Array.from({ length: Math.min(99, length - v) }, (_, i) => revision(v + i));
    await store.appendToStream('campaign-long', batch, { expectedVersion: v, metadata: benchMetadata });
  }
  return medianOf(runsFor(ctx, 5), async () => {
    const { seconds } = await timed(() => readSlice(store, campaignDecider, 'campaign-long'));
    return { events: length, milliseconds: round(seconds * 1000) };
  });
}
