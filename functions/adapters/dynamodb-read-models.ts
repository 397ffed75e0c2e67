import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  type Put,
  paginateQuery,
  paginateScan,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { StatementSummary } from '../../domain/payouts/statement-summary.js';
import { registrationEventTypes } from '../../domain/registrations/registration.js';
import { saleEventTypes } from '../../domain/sales/sale.js';
import { isOneOf, type RecordedEvent } from '../../events/catalog.js';
import { mapWithConcurrency } from '../application/concurrency.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import type { LedgerEntry, SaleDays } from '../read-models/ledger-pages.js';
import {
  itemKey,
  OutOfOrderEventError,
  type ReadModelItem,
  type ViewItem,
} from '../read-models/read-model-item.js';
import { type ReadModelKey, viewTargetsOf } from '../read-models/targets.js';
import { DynamoDbLedgerPages, type SaleRecord } from './dynamodb-ledger-pages.js';
import { DynamoDbStatementSummaries, summaryItem } from './dynamodb-statement-summaries.js';
import { decodeLedgerPage, encodeLedgerPage } from './ledger-page-codec.js';
import { readModelTable } from './read-model-table.js';

const { partitionKey: PK, sortKey: SK } = readModelTable;
const BATCH_WRITE_LIMIT = 25;
// A rebuild writes hundreds of thousands of items: a few requests at once, not one after another.
const BATCHES_IN_FLIGHT = 8;

export type Applied = 'applied' | 'already-applied' | 'not-projected';

/**
 * The read models on DynamoDB: views folded from the event stream, each item remembering the
 * source version it reflects, so the projector is idempotent and keeps each stream's order.
 */
export class DynamoDbReadModels implements ReadModelQueries {
  readonly ledger: DynamoDbLedgerPages;
  readonly summaries: DynamoDbStatementSummaries;

  constructor(
    private readonly client: DynamoDBClient,
    readonly tableName: string,
  ) {
    this.ledger = new DynamoDbLedgerPages(client, tableName);
    this.summaries = new DynamoDbStatementSummaries(client, tableName);
  }

  /**
   * Applies a batch of events: each view in its own transaction, the sales many lines to a page
   * and many pages to a transaction; then marks the statement summaries the batch may have
   * changed, after the changes themselves. A batch delivered again changes nothing twice, and
   * marks its partners again (a crash between the two steps loses no mark).
   */
  async applyBatch(
    events: readonly RecordedEvent[],
    soldAtOf: (saleId: string) => Promise<string>,
  ): Promise<void> {
    const sales: SaleRecord[] = [];
    const partners = new Set<string>();
    for (const event of events) {
      if (isSale(event)) sales.push(event);
      else await this.apply(event);
      // A campaign's payout terms never change once published (a revision is of the T&C text),
      // and no one registers before: a statement changes with its registration and its sales.
      if (isRegistration(event)) partners.add(event.data.mpnId);
    }
    for (const mpnId of await this.ledger.apply(sales, soldAtOf)) partners.add(mpnId);
    await this.summaries.markDue(partners);
  }

  ledgerEntries(mpnId: string, days: SaleDays): Promise<LedgerEntry[]> {
    return this.ledger.entries(mpnId, days);
  }

  statementSummaries(campaignId: string): Promise<StatementSummary[]> {
    return this.summaries.summaries(campaignId);
  }

  /** Applies one event to every view it touches, in one transaction, exactly once. */
  async apply(event: RecordedEvent): Promise<Applied> {
    const targets = viewTargetsOf(event);
    if (targets.length === 0) return 'not-projected';
    const current = await Promise.all(targets.map((t) => this.getView(t)));
    const versions = current.map((item) => item?.version ?? 0);
    if (versions.every((v) => v >= event.version)) return 'already-applied';
    const behind = versions.find((v) => v !== event.version - 1);
    if (behind !== undefined) throw new OutOfOrderEventError(event.stream, event.version, behind);

    const writes: TransactWriteItem[] = targets.map((t, i) => ({
      Put: {
        TableName: this.tableName,
        Item: marshallView({
          ...t,
          kind: 'view',
          stream: event.stream,
          version: event.version,
          view: t.evolve(current[i]?.view, event),
        }),
        ...followsPrevious(event.version),
      },
    }));
    await this.client.send(new TransactWriteItemsCommand({ TransactItems: writes }));
    return 'applied';
  }

  async getView<View>(key: ReadModelKey): Promise<(ViewItem & { view: View }) | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyOf(key), ConsistentRead: true }),
    );
    return Item ? (unmarshall(Item) as ViewItem & { view: View }) : undefined;
  }

  /** The views under one partition whose sort key starts with a prefix (a partner's registrations). */
  async queryViews<View>(pk: string, skPrefix: string): Promise<View[]> {
    const views: View[] = [];
    for await (const page of paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': { S: pk }, ':prefix': { S: skPrefix } },
      },
    )) {
      for (const item of page.Items ?? []) {
        const parsed = unmarshall(item);
        if (parsed.kind === 'view' && parsed.view !== undefined) views.push(parsed.view as View);
      }
    }
    return views;
  }

  /** Makes the table hold exactly these items: a rebuild. Run it while the projector is paused. */
  async replaceAll(items: ReadModelItem[]): Promise<void> {
    const keep = new Set(items.map(itemKey));
    const stale = [...(await this.scanAll()).values()].filter((item) => !keep.has(itemKey(item)));
    await this.batchWrite(stale.map((item) => ({ DeleteRequest: { Key: keyOf(item) } })));
    await this.batchWrite(items.map((item) => ({ PutRequest: { Item: marshallItem(item) } })));
  }

  /** 25 writes to a request, several requests in flight, retrying what DynamoDB leaves unprocessed. */
  private async batchWrite(all: WriteRequest[]): Promise<void> {
    const batches: WriteRequest[][] = [];
    for (let i = 0; i < all.length; i += BATCH_WRITE_LIMIT) batches.push(all.slice(i, i + BATCH_WRITE_LIMIT));
    await mapWithConcurrency(batches, BATCHES_IN_FLIGHT, async (batch) => {
      let requests = batch;
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0)
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = UnprocessedItems?.[this.tableName] ?? [];
      }
    });
  }

  /** Every item, keyed: for comparing a rebuild with the incremental path. */
  async scanAll(): Promise<Map<string, ReadModelItem>> {
    const items = new Map<string, ReadModelItem>();
    for await (const page of paginateScan(
      { client: this.client },
      { TableName: this.tableName, ConsistentRead: true },
    )) {
      for (const raw of page.Items ?? []) {
        const item = unmarshall(raw);
        items.set(itemKey(item), item);
      }
    }
    return items;
  }
}

/** The item must be exactly one version behind: never applied twice, never out of order. */
const followsPrevious = (
  version: number,
): Pick<Put, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> =>
  version === 1
    ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }
    : {
        ConditionExpression: '#version = :previous',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':previous': { N: String(version - 1) } },
      };

const keyOf = ({ pk, sk }: ReadModelKey): Record<string, AttributeValue> => ({
  [PK]: { S: pk },
  [SK]: { S: sk },
});

const marshallView = (item: ViewItem): Record<string, AttributeValue> => ({
  ...keyOf(item),
  kind: { S: 'view' },
  stream: { S: item.stream },
  version: { N: String(item.version) },
  view: { S: JSON.stringify(item.view ?? null) },
});

const isSale = isOneOf(saleEventTypes);
const isRegistration = isOneOf(registrationEventTypes);

function marshallItem(item: ReadModelItem): Record<string, AttributeValue> {
  switch (item.kind) {
    case 'view':
      return marshallView(item);
    case 'ledger':
      return {
        ...keyOf(item),
        kind: { S: 'ledger' },
        rev: { N: '1' },
        lines: { B: encodeLedgerPage(item.entries) },
      };
    case 'statement':
      return summaryItem(item.summary);
    case 'due':
      throw new Error(`A rebuild writes no marks (${item.pk} ${item.sk})`);
  }
}

function unmarshall(item: Record<string, AttributeValue>): ReadModelItem {
  const key = { pk: item[PK]?.S as string, sk: item[SK]?.S as string };
  switch (item.kind?.S) {
    case 'ledger':
      return { ...key, kind: 'ledger', entries: decodeLedgerPage(item.lines?.B ?? new Uint8Array()) };
    case 'statement':
      return { ...key, kind: 'statement', summary: JSON.parse(item.summary?.S ?? 'null') };
    case 'due':
      return { ...key, kind: 'due' };
    default:
      return {
        ...key,
        kind: 'view',
        stream: item.stream?.S as string,
        version: Number(item.version?.N),
        view: JSON.parse(item.view?.S ?? 'null') as unknown,
      };
  }
}
