import { gzipSync } from 'node:zlib';
import type { PayoutReport } from '../domain/payouts/statement.js';
import { defaultProgramPolicy } from '../domain/program-policy.js';
import type { CampaignTerms } from '../events/campaign-terms.js';
import { ensureTable } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbReadModels } from '../functions/adapters/dynamodb-read-models.js';
import { readModelTableCreateInput } from '../functions/adapters/read-model-table.js';
import { publishCampaign } from '../functions/application/publish-campaign.js';
import * as reportsPayouts from '../functions/handlers/api/reports-payouts.js';
import { manualClock } from '../functions/ports/clock.js';
import { bulkSeed } from './bulk-seed.js';
import { type BenchContext, benchMetadata, freshEventStore, runsFor, sized } from './context.js';
import { startBenchApi } from './local-api.js';
import { medianOf, round, timed } from './measure.js';
import { seedProgram } from './seed.js';

// After the campaign period and every seeded sale: the report's default `asOf`.
const NOW = '2026-11-01T00:00:00Z';

/**
 * The campaign seedProgram registers its partners for, paying per unit of three of its five SKUs
 * under two of its three licence types, so that statements hold both paid and excluded lines.
 */
const benchCampaign: { terms: CampaignTerms; termsText: string } = {
  terms: {
    campaignId: 'bench-campaign',
    name: 'Bench rate card',
    type: 'dollarPerSku',
    currency: 'CAD',
    period: { start: '2026-07-01T00:00:00Z', end: '2026-10-01T00:00:00Z' },
    registrationDeadline: '2026-09-15T00:00:00Z',
    eligibleLicenseTypes: ['Open', 'OpenValue'],
    minUnitsPerSale: 1,
    minUnitsPerPartner: 0,
    rateCard: [
      { sku: 'M365-E5', amountCents: 4000 },
      { sku: 'M365-E3', amountCents: 1500 },
      { sku: 'D365-SALES', amountCents: 6000 },
    ],
    maxUnitsPerPartner: 2000,
  },
  termsText: 'Bench rate card: CAD 40.00 per M365-E5, 15.00 per M365-E3 and 60.00 per D365-SALES unit.',
};

/**
 * Finance's payout report for one campaign, end to end: the local gateway, the route's handler,
 * and the replay of the campaign, its registrations and every registered partner's sales from
 * DynamoDB Local, every page of it (the largest page's size is reported). Seeding is timed for
 * information only.
 */
export async function reportBench(ctx: BenchContext) {
  // About 200, 2,500 and 100,000 sale lines; seedProgram's other events sign up and register partners.
  const events = sized(ctx, { tiny: 260, quick: 2_700, full: 107_400 });
  const { client, tableName, store } = await freshEventStore(ctx.dynamoDbEndpoint, NOW);
  // The flags on the report's partners are read from the read models (none here).
  await ensureTable(client, readModelTableCreateInput(`${tableName}-read-models`));
  const readModels = new DynamoDbReadModels(client, `${tableName}-read-models`);
  const deps = { store, readModels, clock: manualClock(NOW), policy: defaultProgramPolicy };
  const seeding = await timed(async () => {
    const seeded = await bulkSeed(client, tableName, NOW, (seedStore) => seedProgram(seedStore, events));
    await publishCampaign(deps, benchCampaign, benchMetadata);
    return seeded;
  });
  const { partners, sales } = seeding.result;
  ctx.log(`  seeded ${sales} sales of ${partners} partners in ${seeding.seconds.toFixed(1)} s`);

  const api = await startBenchApi(deps, [reportsPayouts]);
  try {
    const measured = await medianOf(runsFor(ctx, 3), async () => {
      // The whole report as of an instant (replayed from the events; as it stands, it reads the
      // summaries), as a client reads it: page after page of the most rows a page holds.
      const first = `/reports/payouts?campaignId=${benchCampaign.terms.campaignId}&asOf=${NOW}&limit=1000`;
      const { result: pages, seconds } = await timed(() => api.everyPage(first, 'finance'));
      const statements = pages.flatMap((body) => (JSON.parse(body) as PayoutReport).statements);
      if (statements.length !== partners)
        throw new Error(`The report holds ${statements.length} statements for ${partners} partners`);
      // A function's result may hold at most 6 MB (of 2^20 bytes). The body travels in it as a JSON
      // string, escaped; gzipped (for clients that accept it, as the route does) it is base64.
      const largest = (bytesOf: (body: string) => number) => Math.max(...pages.map(bytesOf)) / 2 ** 20;
      return {
        seconds: round(seconds, 2),
        pages: pages.length,
        lambdaResponseMb: round(
          largest((body) => Buffer.byteLength(JSON.stringify(body))),
          2,
        ),
        lambdaResponseMbGzipped: round(
          largest((body) => Buffer.byteLength(gzipSync(body).toString('base64'))),
          2,
        ),
      };
    });
    return { sales, partners, ...measured, seedingSeconds: round(seeding.seconds, 1) };
  } finally {
    await api.close();
  }
}
