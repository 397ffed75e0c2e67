import type { DomainEvent } from '../events/catalog.js';
import { StreamVersionConflictError } from '../functions/ports/event-store.js';
import { type BenchContext, benchMetadata, freshEventStore, runsFor, sized } from './context.js';
import { medianOf, round, timed } from './measure.js';

const sale = (saleId: string, n: number): DomainEvent => ({
  type: 'SaleRecorded',
  data: {
    saleId,
    mpnId: String(1_000_000 + (n % 10_000)),
    customerId: `c-${n % 997}`,
    sku: 'M365-E5',
    quantity: 1 + (n % 20),
    licenseType: 'Open',
    soldAt: '2026-08-01T00:00:00Z',
  },
});

const revision = (campaignId: string, n: number): DomainEvent => ({
  type: 'CampaignTermsRevised',
  data: {
    campaignId,
    termsText: `Revision ${n}`,
    termsSha256: n.toString(16).padStart(64, '0'),
    revisedAt: '2026-08-01T00:00:00Z',
  },
});

/**
 * Appends through the event store to DynamoDB Local: one stream written by one writer (each
 * append reads the head for the hash chain, then writes conditionally), 100 streams written at
 * once, and ten writers racing on one stream (how often a writer loses and must decide again).
 */
export async function appendBench(ctx: BenchContext) {
  const singleEvents = sized(ctx, { tiny: 10, quick: 100, full: 2000 });
  const streams = sized(ctx, { tiny: 5, quick: 50, full: 100 });
  const perStream = sized(ctx, { tiny: 2, quick: 5, full: 30 });
  const raced = sized(ctx, { tiny: 10, quick: 50, full: 500 });
  return medianOf(runsFor(ctx, 3), async () => {
    const { store } = await freshEventStore(ctx.dynamoDbEndpoint);
    const single = await timed(async () => {
      for (let v = 0; v < singleEvents; v++) {
        await store.appendToStream('campaign-bench-single', [revision('bench-single', v)], {
          expectedVersion: v,
          metadata: benchMetadata,
        });
      }
    });
    const concurrent = await timed(() =>
      Promise.all(
        Array.from({ length: streams }, async (_, s) => {
          for (let v = 0; v < perStream; v++) {
            await store.appendToStream(`campaign-bench-${s}`, [revision(`bench-${s}`, v)], {
              expectedVersion: v,
              metadata: benchMetadata,
            });
          }
        }),
      ),
    );
    let conflicts = 0;
    const contention = await timed(() =>
      Promise.all(
        Array.from({ length: 10 }, async (_, w) => {
          for (let n = 0; n < Math.ceil(raced / 10); n++) {
            for (;;) {
              const { version } = await store.readStream('campaign-bench-race');
              try {
                await store.appendToStream('campaign-bench-race', [revision('bench-race', w * 1000 + n)], {
                  expectedVersion: version,
                  metadata: benchMetadata,
                });
                break;
              } catch (error) {
                if (!(error instanceof StreamVersionConflictError)) throw error;
                conflicts++;
              }
            }
          }
        }),
      ),
    );
    const sales = await timed(() =>
      Promise.all(
        Array.from({ length: 16 }, async (_, w) => {
          for (let n = w; n < singleEvents; n += 16) {
            await store.appendToStream(`sale-B-${n}`, [sale(`B-${n}`, n)], {
              expectedVersion: 0,
              metadata: benchMetadata,
            });
          }
        }),
      ),
    );
    return {
      singleStreamPerSecond: round(singleEvents / single.seconds),
      concurrentPerSecond: round((streams * perStream) / concurrent.seconds),
      newSaleStreamsPerSecond: round(singleEvents / sales.seconds),
      contendedAppendsPerSecond: round(raced / contention.seconds),
      conflictsPerSecond: round(conflicts / contention.seconds),
    };
  });
}
