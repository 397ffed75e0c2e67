import { randomUUID } from 'node:crypto';
import { defaultProgramPolicy } from '../../domain/program-policy.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import type { DynamoDbReadModels } from '../../functions/adapters/dynamodb-read-models.js';
import * as reportsPayouts from '../../functions/handlers/api/reports-payouts.js';
import * as statementsGet from '../../functions/handlers/api/statements-get.js';
import { createAuthorizer } from '../../functions/handlers/partner-authorizer.js';
import { manualClock } from '../../functions/ports/clock.js';
import { signSessionToken } from '../../functions/security/session-tokens.js';
import { generateSigningKey } from '../../functions/security/signed-claims.js';
import { type BenchContext, benchClient, benchEventTable, sized } from '../context.js';
import { startBenchApi } from '../local-api.js';
import { FailedCheckError, round } from '../measure.js';
import { measureScaleIngestion } from './ingestion.js';
import { measureProjectionLag } from './projection-lag.js';
import {
  amountsDiffering,
  measureRebuild,
  measureReplayFromStored,
  medianMs,
  projectTheRest,
} from './read-side.js';
import { seedScale } from './seed-scale.js';
import { dollarCampaign, type ScaleWorkload, scaleCalendar, scaleMpnId, scaleWorkload } from './workload.js';

/** What the check reads of a row of the report. */
type ReportRow = { mpnId: string; amountCents: number };

// BatchWriteItem requests in flight while seeding: DynamoDB Local wrote the most items a second
// with 16 (4 and 8 wrote fewer, 32 and 64 no more; bench/README.md).
const SEED_IN_FLIGHT = 16;

/**
 * The program at the scale of issue 17 (see workload.ts): seeded straight into a fresh event table,
 * its read models built by the product's rebuild, read through the real handlers on the local
 * gateway, and replayed from the stored items. The report's amounts (and the replay's) must equal
 * those of a replay in memory of the seeded events, cent for cent: otherwise the section fails.
 */
export async function scaleBench(ctx: BenchContext) {
  // Ingestion and the projection lag run on DynamoDB Locals of their own, before the seeding.
  ctx.log('  ingestion through POST /sales...');
  const ingestion = await measureScaleIngestion(ctx);
  ctx.log('  the projection lag, with the stream on...');
  const lag = await measureProjectionLag(ctx);
  const workload = scaleWorkload(ctx.size);
  const client = benchClient(ctx.dynamoDbEndpoint);
  const tableName = `bench-scale-events-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, benchEventTable(tableName));
  const store = new DynamoDbEventStore(client, tableName, manualClock(scaleCalendar.now));

  // Today's rebuild holds every stored event in memory (about a kilobyte each: four million do not
  // fit in Node's heap): at full size it is measured on the history's first events, and the
  // projector brings its read models up to date with the rest before the reads. Raise the bound
  // once the rebuild streams. (Tiny runs take that way too, so that it is tested.)
  const rebuildAtMost = sized(ctx, { tiny: 1_000, quick: Number.POSITIVE_INFINITY, full: 250_000 });
  let rebuilt: Awaited<ReturnType<typeof measureRebuild>> | undefined;
  ctx.log(`  seeding ${workload.partners} partners, ${workload.lines} lines in the period...`);
  const seeded = await seedScale({ client, tableName }, workload, {
    inFlight: SEED_IN_FLIGHT,
    pause: {
      afterEvents: rebuildAtMost,
      run: async () => {
        rebuilt = await measureRebuild(client, store);
      },
    },
  });
  const { bulk } = seeded;
  ctx.log(`  seeded ${seeded.events} events, ${round(bulk.items / bulk.seconds, 0)} items/s`);
  rebuilt ??= await measureRebuild(client, store);
  const wholeHistory = rebuilt.events === seeded.events;
  const prefix = wholeHistory ? '' : ' (a prefix of the history)';
  ctx.log(`  rebuilt the read models from ${rebuilt.events} events${prefix} in ${round(rebuilt.seconds)} s`);
  const caughtUp = wholeHistory
    ? { events: 0, seconds: 0 }
    : await projectTheRest(client, tableName, store, rebuilt.readModels);
  if (!wholeHistory)
    ctx.log(`  the projector went over ${caughtUp.events} events in ${round(caughtUp.seconds)} s`);

  const { read, statements } = await readThroughHandlers(ctx, workload, store, rebuilt.readModels);
  const replay = await measureReplayFromStored(client, tableName, dollarCampaign.terms, [
    ...seeded.owed.keys(),
  ]);
  const differing = [
    ...amountsDiffering(statements, seeded.owed).map((d) => `report: ${d}`),
    ...amountsDiffering(replay.statements, seeded.owed).map((d) => `replay from stored: ${d}`),
  ];
  const measured = {
    partners: workload.partners,
    lines: seeded.lines,
    events: seeded.events,
    payoutsIssued: seeded.payoutsIssued,
    'statement.lines': workload.linesOf[workload.designated] as number,
    'seed.items': bulk.items,
    'seed.seconds': round(bulk.seconds),
    'seed.itemsPerSecond': round(bulk.items / bulk.seconds, 0),
    'seed.inFlight': SEED_IN_FLIGHT,
    'rebuild.events': rebuilt.events,
    'rebuild.wholeHistory': wholeHistory,
    'rebuild.seconds': round(rebuilt.seconds, 2),
    'rebuild.eventsPerSecond': round(rebuilt.events / rebuilt.seconds, 0),
    'catchUp.events': caughtUp.events,
    'catchUp.seconds': round(caughtUp.seconds, 1),
    ...read,
    'replayFromStored.events': replay.events,
    'replayFromStored.seconds': round(replay.seconds, 3),
    'replayFromStored.eventsPerSecond': replay.eventsPerSecond,
    ...Object.fromEntries(Object.entries(ingestion).map(([key, value]) => [`ingestion.${key}`, value])),
    projectionLagMs: lag.projectionLagMs,
    'projectionLag.lines': lag.lines,
    'projectionLag.linesPerSecond': lag.linesPerSecond,
    checkedEqual: differing.length === 0,
  };
  ctx.log(`  the report's amounts ${differing.length === 0 ? 'equal' : 'differ from'} a replay in memory`);
  if (differing.length > 0) {
    const some = differing.slice(0, 5).join('; ');
    throw new FailedCheckError(`Amounts differ from the replay in memory: ${some}`, measured);
  }
  return measured;
}

/**
 * The finance report of the per-SKU campaign as finance, and the measured partner's statement as
 * that partner (a session of the run's own key, checked by the real authorizer), through the local
 * gateway and the routes' handlers.
 */
async function readThroughHandlers(
  ctx: BenchContext,
  workload: ScaleWorkload,
  store: DynamoDbEventStore,
  readModels: DynamoDbReadModels,
) {
  const clock = manualClock(scaleCalendar.now);
  const key = generateSigningKey();
  const api = await startBenchApi(
    { store, clock, policy: defaultProgramPolicy, readModels },
    [reportsPayouts, statementsGet],
    createAuthorizer(() => ({ sessionKey: async () => key, clock, readModels })),
  );
  const partner = {
    partnerToken: signSessionToken(key, {
      mpnId: scaleMpnId(workload.designated),
      sessionId: 'bench-session',
      openedAt: '2026-11-14T23:00:00Z',
      expiresAt: '2026-11-15T23:00:00Z',
    }),
  };
  const reportRuns = sized(ctx, { tiny: 1, quick: 1, full: 3 });
  const statementRuns = sized(ctx, { tiny: 1, quick: 5, full: 9 });
  const { campaignId } = dollarCampaign.terms;
  const path = `/reports/payouts?campaignId=${campaignId}`;
  let statements: ReportRow[] = [];
  try {
    // The report as it stands, every page of the most rows a page holds; its CSV is one file.
    const reportMs = await medianMs(reportRuns, async () => {
      const pages = await api.everyPage(`${path}&limit=1000`, 'finance');
      statements = pages.flatMap((body) => (JSON.parse(body) as { statements: ReportRow[] }).statements);
    });
    const csvMs = await medianMs(reportRuns, () => api.call('GET', `${path}&format=csv`, 'finance'));
    const read = {
      'report.seconds': round(reportMs / 1000, 2),
      'report.csvSeconds': round(csvMs / 1000, 2),
      'statement.ms': await medianMs(statementRuns, () =>
        api.call('GET', `/statements/${campaignId}`, partner),
      ),
      'asOfStatement.ms': await medianMs(statementRuns, () =>
        api.call('GET', `/statements/${campaignId}?asOf=${scaleCalendar.midPeriod}`, partner),
      ),
    };
    return { read, statements };
  } finally {
    await api.close();
  }
}
