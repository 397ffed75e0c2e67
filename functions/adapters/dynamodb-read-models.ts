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
import type { LedgerLine } from '../../domain/sales/ledger.js';
import type { RecordedEvent } from '../../events/catalog.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import {
  itemKey,
  OutOfOrderEventError,
  type ReadModelItem,
  type ViewItem,
} from '../read-models/read-model-item.js';
import { type ReadModelKey, readModelKeys, salesTotalsDelta, viewTargetsOf } from '../read-models/targets.js';
import { readModelTable } from './read-model-table.js';

const { partitionKey: PK, sortKey: SK } = readModelTable;
const BATCH_WRITE_LIMIT = 25;

export type Applied = 'applied' | 'already-applied' | 'not-projected';

/**
 * The read models on DynamoDB: views folded from the event stream, each item remembering the
 * source version it reflects, so the projector is idempotent and keeps each stream's order.
 */
export class DynamoDbReadModels implements ReadModelQueries {
  constructor(
    private readonly client: DynamoDBClient,
    readonly tableName: string,
  ) {}

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
    if (event.type === 'SaleRecorded' || event.type === 'SaleReversed') {
      const before = current[0]?.view as LedgerLine | undefined;
      const after = targets[0]?.evolve(before, event) as LedgerLine | undefined;
      writes.push({
        Update: this.addTotals(readModelKeys.salesTotals(event.data.mpnId), salesTotalsDelta(before, after)),
      });
    }
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
    await this.batchWrite(
      items.map((item) => ({
        PutRequest: { Item: item.kind === 'view' ? marshallView(item) : marshallTotals(item) },
      })),
    );
  }

  /** 25 writes to a request, retrying what DynamoDB leaves unprocessed. */
  private async batchWrite(all: WriteRequest[]): Promise<void> {
    for (let i = 0; i < all.length; i += BATCH_WRITE_LIMIT) {
      let requests = all.slice(i, i + BATCH_WRITE_LIMIT);
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 0)
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = UnprocessedItems?.[this.tableName] ?? [];
      }
    }
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

  private addTotals(key: ReadModelKey, delta: ReturnType<typeof salesTotalsDelta>) {
    return {
      TableName: this.tableName,
      Key: keyOf(key),
      UpdateExpression: 'SET #kind = :kind ADD #lines :lines, #sold :sold, #net :net',
      ExpressionAttributeNames: {
        '#kind': 'kind',
        '#lines': 'lines',
        '#sold': 'soldUnits',
        '#net': 'netUnits',
      },
      ExpressionAttributeValues: {
        ':kind': { S: 'totals' },
        ':lines': { N: String(delta.lines) },
        ':sold': { N: String(delta.soldUnits) },
        ':net': { N: String(delta.netUnits) },
      },
    };
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

const marshallTotals = (
  item: Extract<ReadModelItem, { kind: 'totals' }>,
): Record<string, AttributeValue> => ({
  ...keyOf(item),
  kind: { S: 'totals' },
  lines: { N: String(item.lines) },
  soldUnits: { N: String(item.soldUnits) },
  netUnits: { N: String(item.netUnits) },
});

function unmarshall(item: Record<string, AttributeValue>): ReadModelItem {
  const key = { pk: item[PK]?.S as string, sk: item[SK]?.S as string };
  if (item.kind?.S === 'totals') {
    return {
      ...key,
      kind: 'totals',
      lines: Number(item.lines?.N ?? 0),
      soldUnits: Number(item.soldUnits?.N ?? 0),
      netUnits: Number(item.netUnits?.N ?? 0),
    };
  }
  return {
    ...key,
    kind: 'view',
    stream: item.stream?.S as string,
    version: Number(item.version?.N),
    view: JSON.parse(item.view?.S ?? 'null') as unknown,
  };
}
