import { randomUUID } from 'node:crypto';
import {
  type DynamoDBClient,
  paginateQuery,
  paginateScan,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { rebuildReadModels } from '../../cli/maintenance.js';
import { campaignDecider } from '../../domain/campaigns/decide.js';
import { fold } from '../../domain/decider.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement } from '../../domain/payouts/statement.js';
import { campaignRegistrationsFold } from '../../domain/registrations/campaign-registrations.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { emptyLedger, evolveLedgers, type Ledgers, ledgerFold } from '../../domain/sales/ledger.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import { indexKeys, streamIds } from '../../events/streams.js';
import { ensureTable } from '../../functions/adapters/dynamodb-client.js';
import type { DynamoDbEventStore } from '../../functions/adapters/dynamodb-event-store.js';
import { DynamoDbReadModels } from '../../functions/adapters/dynamodb-read-models.js';
import { eventTable } from '../../functions/adapters/event-table.js';
import { readModelTableCreateInput } from '../../functions/adapters/read-model-table.js';
import { eventOfItem, type StoredItem } from '../../functions/adapters/stored-event.js';
import { mapWithConcurrency } from '../../functions/application/concurrency.js';
import { ownEvents } from '../../functions/application/read-slice.js';
import { createHandler as createProjector } from '../../functions/handlers/projector.js';
import { createHandler as createSummarizer } from '../../functions/handlers/summarizer.js';
import { invokeLocally } from '../../infra/local/lambda-context.js';
import { median, round, timed } from '../measure.js';
import { firstPeriodSaleStream } from './workload.js';

/**
 * The product's rebuild of every read model (`npm run rebuild`) from what the event table holds,
 * into a fresh read-model table, which the reads measured afterwards then use.
 */
export async function measureRebuild(client: DynamoDBClient, store: DynamoDbEventStore) {
  const readModels = new DynamoDbReadModels(client, `bench-read-models-${randomUUID().slice(0, 8)}`);
  await ensureTable(client, readModelTableCreateInput(readModels.tableName));
  const { result, seconds } = await timed(() => rebuildReadModels(store, readModels));
  return { ...result, seconds, readModels };
}

/**
 * Brings read models rebuilt from a prefix of the history up to date with the rest, as the
 * projector does from the table's stream: the table is scanned in pages of 1,000 items (each
 * stream's events in order), each page handed to the projector handler as a batch of stream
 * records (what it already holds it skips), then the summarizer runs until no statement summary is
 * due. Answers the events handed over and the seconds it took.
 */
export async function projectTheRest(
  client: DynamoDBClient,
  tableName: string,
  store: DynamoDbEventStore,
  readModels: DynamoDbReadModels,
) {
  const deps = () => ({ readModels, store });
  const project = invokeLocally('projector', createProjector(deps));
  const summarize = invokeLocally('summarizer', createSummarizer(deps));
  const { partitionKey, sortKey } = eventTable;
  const started = performance.now();
  let events = 0;
  for await (const page of paginateScan({ client }, { TableName: tableName, Limit: 1000 })) {
    const Records = (page.Items ?? []).map(
      (item, i) =>
        ({
          eventName: 'INSERT',
          dynamodb: {
            Keys: { [partitionKey]: item[partitionKey], [sortKey]: item[sortKey] },
            NewImage: item,
            SequenceNumber: String(events + i),
          },
        }) as unknown as DynamoDBRecord,
    );
    const { batchItemFailures } = await project({ Records });
    if (batchItemFailures.length > 0)
      throw new Error(`The projector refused ${batchItemFailures.length} records`);
    events += Records.length;
  }
  // Each sweep works out the summaries due within its budget; the next takes what is left.
  while ((await summarize({})).refreshed > 0);
  return { events, seconds: (performance.now() - started) / 1000 };
}

/** The median of `runs` timings of `call`, in milliseconds. */
export async function medianMs(runs: number, call: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await timed(call)).seconds * 1000);
  return round(median(ms));
}

// Partners' sales are queried a few at a time, as the product's campaign replay does.
const PARTNERS_IN_FLIGHT = 16;

async function queryAll(client: DynamoDBClient, input: QueryCommandInput): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  for await (const page of paginateQuery({ client }, input)) items.push(...(page.Items ?? []));
  return items;
}

/** A campaign's events as DynamoDB returns them: its stream, its registrations, its partners' sales of the period. */
type CampaignItems = { campaign: StoredItem[]; registrations: StoredItem[]; sales: StoredItem[] };

async function campaignItems(
  client: DynamoDBClient,
  tableName: string,
  { campaignId, period }: Pick<CampaignTerms, 'campaignId' | 'period'>,
  mpnIds: readonly string[],
): Promise<CampaignItems> {
  const { partitionKey, index } = eventTable;
  const [campaign, registrations, sales] = await Promise.all([
    queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': partitionKey },
      ExpressionAttributeValues: { ':s': { S: streamIds.campaign(campaignId) } },
    }),
    queryAll(client, {
      TableName: tableName,
      IndexName: index.name,
      KeyConditionExpression: '#k = :k',
      ExpressionAttributeNames: { '#k': index.partitionKey },
      ExpressionAttributeValues: { ':k': { S: indexKeys.registrationsOfCampaign(campaignId) } },
    }),
    mapWithConcurrency(mpnIds, PARTNERS_IN_FLIGHT, (mpnId) =>
      // The lines of the year before earn nothing in the period: only the period's are read, those
      // recorded since it began (the index's order) whose invoice numbers are the period's.
      queryAll(client, {
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#k = :k AND #p >= :from',
        FilterExpression: '#s >= :first',
        ExpressionAttributeNames: { '#k': index.partitionKey, '#p': index.sortKey, '#s': partitionKey },
        ExpressionAttributeValues: {
          ':k': { S: indexKeys.salesOfPartner(mpnId) },
          ':from': { S: new Date(period.start).toISOString() },
          ':first': { S: firstPeriodSaleStream },
        },
      }),
    ),
  ]);
  return { campaign, registrations, sales: sales.flat() };
}

/** Every registration's statement from the items: each read with `eventOfItem`, folded, then calculated. */
function replayItems({ campaign, registrations, sales }: CampaignItems): Statement[] {
  const read = (items: StoredItem[]) => items.map(eventOfItem);
  const campaignState = fold(
    campaignDecider.evolve,
    campaignDecider.initialState(),
    ownEvents(campaignDecider, read(campaign), 'The campaign'),
  );
  if (campaignState.status !== 'published') throw new Error('The replayed campaign is not published');
  const registered = fold(
    campaignRegistrationsFold.evolve,
    campaignRegistrationsFold.initialState(),
    ownEvents(campaignRegistrationsFold, read(registrations), 'The campaign’s registrations'),
  );
  const ledgers: Ledgers = new Map();
  for (const item of sales) {
    const event = eventOfItem(item);
    if (!ledgerFold.isOwnEvent(event)) throw new Error(`A partner's sales hold ${event.type}`);
    evolveLedgers(ledgers, event);
  }
  return [...registered.values()].map((registration) =>
    calculateStatement({
      terms: campaignState.terms,
      mpnId: registration.mpnId,
      registrationStatus: statementStatusOf(registration.status),
      ledger: ledgers.get(registration.mpnId) ?? emptyLedger(),
    }),
  );
}

/**
 * The replay from the stored form: the campaign's items read from DynamoDB Local once, then timed
 * from there to every registration's statement (the part that runs in the function).
 */
export async function measureReplayFromStored(
  client: DynamoDBClient,
  tableName: string,
  terms: CampaignTerms,
  mpnIds: readonly string[],
) {
  const items = await campaignItems(client, tableName, terms, mpnIds);
  const events = items.campaign.length + items.registrations.length + items.sales.length;
  const { result: statements, seconds } = await timed(async () => replayItems(items));
  return { events, seconds, eventsPerSecond: round(events / seconds, 0), statements };
}

/** Where statements' amounts differ from the oracle's, cent for cent (none when they agree). */
export function amountsDiffering(
  statements: readonly Pick<Statement, 'mpnId' | 'amountCents'>[],
  expected: ReadonlyMap<string, number>,
): string[] {
  const differing =
    statements.length === expected.size
      ? []
      : [`${statements.length} statements for ${expected.size} partners`];
  for (const { mpnId, amountCents } of statements) {
    if (amountCents !== expected.get(mpnId))
      differing.push(`${mpnId}: ${amountCents} cents, replayed ${expected.get(mpnId)}`);
  }
  return differing;
}
