import {
  type AttributeValue,
  BatchGetItemCommand,
  type DynamoDBClient,
  paginateQuery,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type { SaleEvent } from '../../domain/sales/sale.js';
import type { RecordedEvent } from '../../events/catalog.js';
import { mapWithConcurrency } from '../application/concurrency.js';
import {
  applyToPage,
  type LedgerEntry,
  ledgerPageKey,
  type SaleDays,
  saleDayOf,
} from '../read-models/ledger-pages.js';
import { itemKey } from '../read-models/read-model-item.js';
import type { ReadModelKey } from '../read-models/targets.js';
import { decodeLedgerPage, encodeLedgerPage } from './ledger-page-codec.js';
import { readModelTable } from './read-model-table.js';

const { partitionKey: PK, sortKey: SK } = readModelTable;

// DynamoDB's limits: 100 keys to a BatchGetItem, 100 items and 4 MB to a transaction, 400 KB to an item.
const KEYS_PER_GET = 100;
const PAGES_PER_TRANSACTION = 100;
const TRANSACTION_BYTES = 3_500_000;
export const MAX_PAGE_BYTES = 350_000;
const MAX_ATTEMPTS = 10;
const LOOKUPS_IN_FLIGHT = 16;
const REQUESTS_IN_FLIGHT = 8;

export type SaleRecord = RecordedEvent & SaleEvent;

type Page = { key: ReadModelKey; rev: number; entries: Map<string, LedgerEntry> };
type PageEvents = { key: ReadModelKey; events: SaleRecord[] };

export class LedgerPageTooLargeError extends Error {
  override readonly name = 'LedgerPageTooLargeError';
}

/**
 * The partners' ledger pages on DynamoDB. A batch of sale events is applied page by page: every
 * page it touches is read once, changed in memory and written back under a condition on the
 * revision it was read at, many pages to a transaction. A page another projector changed meanwhile
 * fails the condition, and its events are applied again on a fresh read (each line skips what it
 * has already applied).
 */
export class DynamoDbLedgerPages {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  /**
   * Applies sale events to their pages. A reversal's page is its sale's day: from the same batch,
   * or asked of `soldAtOf` (the sale's stream). Returns the partners whose pages the events are on.
   */
  async apply(
    events: readonly SaleRecord[],
    soldAtOf: (saleId: string) => Promise<string>,
  ): Promise<string[]> {
    const soldAt = new Map<string, string>();
    for (const e of events) if (e.type === 'SaleRecorded') soldAt.set(e.data.saleId, e.data.soldAt);
    const unknown = [...new Set(events.map((e) => e.data.saleId).filter((id) => !soldAt.has(id)))];
    const found = await mapWithConcurrency(unknown, LOOKUPS_IN_FLIGHT, soldAtOf);
    for (const [i, saleId] of unknown.entries()) soldAt.set(saleId, found[i] as string);

    const byPage = new Map<string, PageEvents>();
    for (const e of events) {
      const key = ledgerPageKey(e.data.mpnId, saleDayOf(soldAt.get(e.data.saleId) as string));
      const group = byPage.get(itemKey(key)) ?? { key, events: [] };
      group.events.push(e);
      byPage.set(itemKey(key), group);
    }
    await this.writePages([...byPage.values()]);
    return [...new Set(events.map((e) => e.data.mpnId))];
  }

  /** A partner's lines sold on the given days (a statement's days), in no particular order. */
  async entries(mpnId: string, days: SaleDays): Promise<LedgerEntry[]> {
    const entries: LedgerEntry[] = [];
    for await (const page of paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: {
          ':pk': { S: ledgerPageKey(mpnId, days.from).pk },
          ':from': { S: ledgerPageKey(mpnId, days.from).sk },
          ':to': { S: ledgerPageKey(mpnId, days.to).sk },
        },
      },
    )) {
      for (const item of page.Items ?? []) if (item.lines?.B) entries.push(...decodeLedgerPage(item.lines.B));
    }
    return entries;
  }

  private async writePages(groups: PageEvents[]): Promise<void> {
    let pending = groups;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) {
        throw new Error(`${pending.length} ledger pages still conflict after ${MAX_ATTEMPTS} attempts`);
      }
      if (attempt > 1) await backOff(attempt);
      const pages = await this.readPages(pending.map((g) => g.key));
      const writes: { group: PageEvents; put: TransactWriteItem; bytes: number }[] = [];
      for (const group of pending) {
        const page = pages.get(itemKey(group.key)) ?? { key: group.key, rev: 0, entries: new Map() };
        let changed = false;
        for (const event of group.events) changed = applyToPage(page.entries, event) === 'applied' || changed;
        if (changed) writes.push({ group, ...pagePut(this.tableName, page) });
      }
      const conflicted: PageEvents[] = [];
      for (const chunk of transactionChunks(writes)) {
        if (!(await this.writeTogether(chunk.map((w) => w.put))))
          conflicted.push(...chunk.map((w) => w.group));
      }
      pending = conflicted;
    }
  }

  /** One transaction; false when another writer got to one of its pages first. */
  private async writeTogether(puts: TransactWriteItem[]): Promise<boolean> {
    try {
      await this.client.send(new TransactWriteItemsCommand({ TransactItems: puts }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') return false;
      throw error;
    }
  }

  private async readPages(keys: ReadModelKey[]): Promise<Map<string, Page>> {
    const pages = new Map<string, Page>();
    const slices: ReadModelKey[][] = [];
    for (let i = 0; i < keys.length; i += KEYS_PER_GET) slices.push(keys.slice(i, i + KEYS_PER_GET));
    await mapWithConcurrency(slices, REQUESTS_IN_FLIGHT, async (slice) => {
      let request: Record<string, AttributeValue>[] = slice.map((k) => ({
        [PK]: { S: k.pk },
        [SK]: { S: k.sk },
      }));
      for (let attempt = 1; request.length > 0; attempt++) {
        if (attempt > 1) await backOff(attempt);
        const { Responses, UnprocessedKeys } = await this.client.send(
          new BatchGetItemCommand({
            RequestItems: { [this.tableName]: { Keys: request, ConsistentRead: true } },
          }),
        );
        for (const item of Responses?.[this.tableName] ?? []) {
          const key = { pk: item[PK]?.S as string, sk: item[SK]?.S as string };
          const entries = item.lines?.B ? decodeLedgerPage(item.lines.B) : [];
          pages.set(itemKey(key), {
            key,
            rev: Number(item.rev?.N ?? 0),
            entries: new Map(entries.map((e) => [e.saleId, e])),
          });
        }
        request = UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    });
    return pages;
  }
}

function pagePut(tableName: string, page: Page): { put: TransactWriteItem; bytes: number } {
  const lines = encodeLedgerPage(page.entries.values());
  if (lines.byteLength > MAX_PAGE_BYTES) {
    throw new LedgerPageTooLargeError(
      `The ledger page ${page.key.pk} ${page.key.sk} would take ${lines.byteLength} bytes (limit ${MAX_PAGE_BYTES})`,
    );
  }
  const put: TransactWriteItem = {
    Put: {
      TableName: tableName,
      Item: {
        [PK]: { S: page.key.pk },
        [SK]: { S: page.key.sk },
        kind: { S: 'ledger' },
        rev: { N: String(page.rev + 1) },
        lines: { B: lines },
      },
      ...(page.rev === 0
        ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }
        : {
            ConditionExpression: '#rev = :rev',
            ExpressionAttributeNames: { '#rev': 'rev' },
            ExpressionAttributeValues: { ':rev': { N: String(page.rev) } },
          }),
    },
  };
  return { put, bytes: lines.byteLength };
}

function* transactionChunks<W extends { bytes: number }>(writes: W[]): Generator<W[]> {
  let chunk: W[] = [];
  let bytes = 0;
  for (const write of writes) {
    if (chunk.length === PAGES_PER_TRANSACTION || bytes + write.bytes > TRANSACTION_BYTES) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(write);
    bytes += write.bytes;
  }
  if (chunk.length > 0) yield chunk;
}

const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 20 * 2 ** attempt)));
