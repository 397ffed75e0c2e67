import { randomUUID } from 'node:crypto';
import {
  type AttributeValue,
  type DynamoDBClient,
  GetItemCommand,
  type Put,
  PutItemCommand,
  paginateQuery,
  paginateScan,
  type QueryCommandInput,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { type DomainEvent, parseEvent, prepareNewEvent, type RecordedEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import { instantMs } from '../../events/instant.js';
import type { Clock } from '../ports/clock.js';
import {
  type AppendOptions,
  type AppendResult,
  AppendTooLargeError,
  assertNewStreams,
  type EventStore,
  EventStreamMismatchError,
  IdempotencyKeyUsedError,
  type IndexReadOptions,
  type NewStream,
  type NewStreamOutcome,
  type StreamRead,
  StreamVersionConflictError,
} from '../ports/event-store.js';
import { eventTable } from './event-table.js';
import { chainHash, GENESIS_HASH, type StoredEventItem } from './hash-chain.js';
import { eventOfItem } from './stored-event.js';

// DynamoDB's limits for one transaction: 100 items and 4 MB; 400 KB for one item.
const MAX_ITEMS_PER_TRANSACTION = 100;
const MAX_TRANSACTION_BYTES = 4_000_000;
const MAX_ITEM_BYTES = 390_000;

const {
  partitionKey: STREAM,
  sortKey: VERSION,
  index: INDEX,
  idempotencyPrefix: IDEMPOTENCY_PREFIX,
  idempotencyTtlSeconds: IDEMPOTENCY_TTL_SECONDS,
} = eventTable;

/**
 * The event store on DynamoDB. One item per event; a conditional write on (stream, version) is
 * the optimistic-concurrency check; several events of one command go in one transaction; each
 * event carries the SHA-256 of its predecessor's so that any later edit breaks the chain.
 */
export class DynamoDbEventStore implements EventStore {
  // Events never change, so the hash at (stream, version) can be remembered: the append that
  // follows a read of the stream then needs no extra round trip for its predecessor's hash.
  private readonly heads = new HeadCache(10_000);

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async readStream(streamId: string, fromVersion = 1): Promise<StreamRead> {
    const events: RecordedEvent[] = [];
    for await (const page of paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: '#s = :s AND #v >= :from',
        ExpressionAttributeNames: { '#s': STREAM, '#v': VERSION },
        ExpressionAttributeValues: { ':s': { S: streamId }, ':from': { N: String(fromVersion) } },
        ConsistentRead: true,
      },
    )) {
      for (const item of page.Items ?? []) events.push(eventOfItem(item));
      const last = page.Items?.at(-1);
      if (last) this.heads.remember(streamId, Number(last[VERSION]?.N), headOf(last));
    }
    return { version: events.at(-1)?.version ?? fromVersion - 1, events };
  }

  async appendToStream(
    streamId: string,
    events: readonly DomainEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const { expectedVersion, metadata, idempotencyKey } = options;
    const previous = expectedVersion === 0 ? undefined : await this.head(streamId, expectedVersion);
    const items = this.itemsOf(streamId, events, {
      expectedVersion,
      prevHash: previous?.hash ?? GENESIS_HASH,
      recordedAt: laterOf(this.clock.now(), previous?.recordedAt),
      metadata,
    });
    const puts = items.map(({ item }) => this.newItemPut(item));
    if (idempotencyKey) {
      puts.push(
        this.newItemPut(this.idempotencyItem(idempotencyKey, streamId, items.length, expectedVersion)),
      );
    }
    assertWithinLimits(
      streamId,
      items.map((i) => i.json),
    );
    await this.write(puts, { streamId, expectedVersion, idempotencyKey });
    this.rememberHead(streamId, expectedVersion, items);
    return {
      version: expectedVersion + items.length,
      events: items.map(({ json }) => parseEvent(JSON.parse(json))),
    };
  }

  async appendToNewStreams(
    streams: readonly NewStream[],
    { metadata }: Pick<AppendOptions, 'metadata'>,
  ): Promise<NewStreamOutcome[]> {
    assertNewStreams(streams);
    const recordedAt = this.clock.now();
    const prepared = streams.map(({ streamId, events }) => {
      const items = this.itemsOf(streamId, events, {
        expectedVersion: 0,
        prevHash: GENESIS_HASH,
        recordedAt,
        metadata,
      });
      assertWithinLimits(
        streamId,
        items.map((i) => i.json),
      );
      return { streamId, items };
    });
    const outcomes: NewStreamOutcome[] = [];
    const queue = transactionsOf(prepared);
    const writer = async () => {
      for (let indexes = queue.shift(); indexes; indexes = queue.shift()) {
        const written = await this.writeNewStreams(indexes.map((i) => prepared[i] as PreparedStream));
        indexes.forEach((i, k) => {
          outcomes[i] = written[k] as NewStreamOutcome;
        });
      }
    };
    await Promise.all(Array.from({ length: TRANSACTIONS_IN_FLIGHT }, writer));
    prepared.forEach(({ streamId, items }, i) => {
      if (outcomes[i] === 'appended') this.rememberHead(streamId, 0, items);
    });
    return outcomes;
  }

  async readIndex(indexKey: string, options: IndexReadOptions = {}): Promise<RecordedEvent[]> {
    const upTo = options.recordedAtOrBefore;
    const query: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: INDEX.name,
      KeyConditionExpression: upTo ? '#k = :k AND #p <= :upper' : '#k = :k',
      ExpressionAttributeNames: upTo
        ? { '#k': INDEX.partitionKey, '#p': INDEX.sortKey }
        : { '#k': INDEX.partitionKey },
      ExpressionAttributeValues: {
        ':k': { S: indexKey },
        ...(upTo ? { ':upper': { S: `${sortableInstant(upTo)}#\uffff` } } : {}),
      },
    };
    const events: RecordedEvent[] = [];
    for await (const page of paginateQuery({ client: this.client }, query)) {
      for (const item of page.Items ?? []) events.push(eventOfItem(item));
    }
    return events;
  }

  async readIdempotentAppend(idempotencyKey: string): Promise<RecordedEvent[] | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { [STREAM]: { S: IDEMPOTENCY_PREFIX + idempotencyKey }, [VERSION]: { N: '0' } },
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const target = Item.target?.S as string;
    const fromVersion = Number(Item.fromVersion?.N);
    const count = Number(Item.count?.N);
    const { events } = await this.readStream(target, fromVersion);
    return events.slice(0, count);
  }

  /** Every stored event, stream by stream in version order: for the audit and for rebuilds. */
  async *scanEvents(): AsyncGenerator<StoredEventItem> {
    const items: StoredEventItem[] = [];
    for await (const page of paginateScan(
      { client: this.client },
      { TableName: this.tableName, ConsistentRead: true },
    )) {
      for (const item of page.Items ?? []) {
        const stream = item[STREAM]?.S as string;
        if (stream.startsWith(IDEMPOTENCY_PREFIX)) continue;
        items.push({
          stream,
          version: Number(item[VERSION]?.N),
          event: item.event?.S as string,
          hash: item.hash?.S as string,
          prevHash: item.prevHash?.S as string,
        });
      }
    }
    items.sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.version - b.version));
    yield* items;
  }

  /** A stream's new events as items, chained to `prevHash`, each checked against the catalog. */
  private itemsOf(
    streamId: string,
    events: readonly DomainEvent[],
    at: { expectedVersion: number; prevHash: string; recordedAt: string; metadata: EventMetadata },
  ): PreparedItem[] {
    const { expectedVersion, recordedAt, metadata } = at;
    let prevHash = at.prevHash;
    return events.map((event, i) => {
      const { stream, indexKey, ...fields } = prepareNewEvent(event);
      if (stream !== streamId) throw new EventStreamMismatchError(streamId, event, stream);
      const version = expectedVersion + i + 1;
      const json = JSON.stringify({
        eventId: randomUUID(),
        stream,
        version,
        ...fields,
        recordedAt,
        metadata,
      });
      const hash = chainHash(prevHash, json);
      const item: Record<string, AttributeValue> = {
        [STREAM]: { S: stream },
        [VERSION]: { N: String(version) },
        type: { S: fields.type },
        recordedAt: { S: recordedAt },
        event: { S: json },
        prevHash: { S: prevHash },
        hash: { S: hash },
        ...(indexKey
          ? {
              [INDEX.partitionKey]: { S: indexKey },
              [INDEX.sortKey]: { S: indexPosition(recordedAt, stream, version) },
            }
          : {}),
      };
      prevHash = hash;
      return { item, json };
    });
  }

  private rememberHead(streamId: string, expectedVersion: number, items: readonly PreparedItem[]) {
    const last = items.at(-1)?.item;
    if (last) this.heads.remember(streamId, expectedVersion + items.length, headOf(last));
  }

  /**
   * One transaction of new streams. DynamoDB cancels all of it when any condition fails, and says
   * which: a stream that exists is answered so and left out, and the rest is written again; a
   * stream another transaction holds is tried again after a pause, a few times.
   */
  private async writeNewStreams(streams: readonly PreparedStream[]): Promise<NewStreamOutcome[]> {
    const outcomes: NewStreamOutcome[] = [];
    let pending = streams.map((stream, index) => ({ stream, index, blocked: 0 }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      const items = pending.flatMap(({ stream }) => stream.items);
      try {
        // The SDK gives the request a ClientRequestToken, so that its own retries cannot apply it twice.
        await this.client.send(
          new TransactWriteItemsCommand({
            TransactItems: items.map(({ item }) => ({ Put: this.newItemPut(item) })),
          }),
        );
        for (const { index } of pending) outcomes[index] = 'appended';
        break;
      } catch (error) {
        const reasons = cancellationCodes(error, items.length);
        const next: typeof pending = [];
        let item = 0;
        for (const entry of pending) {
          const codes = reasons.slice(item, item + entry.stream.items.length);
          item += entry.stream.items.length;
          if (codes.includes('ConditionalCheckFailed')) outcomes[entry.index] = 'exists';
          else if (!codes.some(isBlocked)) next.push(entry);
          else if (entry.blocked + 1 >= MAX_NEW_STREAM_ATTEMPTS) outcomes[entry.index] = 'contended';
          else next.push({ ...entry, blocked: entry.blocked + 1 });
        }
        const blocked = reasons.some(isBlocked);
        // Neither a stream that exists nor another writer: nothing this loop can make right.
        if (!blocked && next.length === pending.length) throw error;
        if (blocked) await pause(backoffMs(attempt));
        pending = next;
      }
    }
    return outcomes;
  }

  private async head(streamId: string, version: number): Promise<Head> {
    const known = this.heads.recall(streamId, version);
    if (known) return known;
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { [STREAM]: { S: streamId }, [VERSION]: { N: String(version) } },
        ProjectionExpression: '#h, recordedAt',
        ExpressionAttributeNames: { '#h': 'hash' },
        ConsistentRead: true,
      }),
    );
    // The decision was made on a version this stream never reached: someone else's view of it.
    if (!Item) throw new StreamVersionConflictError(streamId, version);
    return headOf(Item);
  }

  private newItemPut(item: Record<string, AttributeValue>): Put {
    return {
      TableName: this.tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(#v)',
      ExpressionAttributeNames: { '#v': VERSION },
    };
  }

  private idempotencyItem(key: string, streamId: string, count: number, expectedVersion: number) {
    return {
      [STREAM]: { S: IDEMPOTENCY_PREFIX + key },
      [VERSION]: { N: '0' },
      target: { S: streamId },
      fromVersion: { N: String(expectedVersion + 1) },
      count: { N: String(count) },
      [eventTable.timeToLiveAttribute]: {
        N: String(Math.floor(instantMs(this.clock.now()) / 1000) + IDEMPOTENCY_TTL_SECONDS),
      },
    };
  }

  /** One write is a conditional put; more are one transaction. Failures become named errors. */
  private async write(
    puts: Put[],
    {
      streamId,
      expectedVersion,
      idempotencyKey,
    }: { streamId: string; expectedVersion: number; idempotencyKey?: string },
  ) {
    try {
      const [only] = puts;
      if (only && puts.length === 1) await this.client.send(new PutItemCommand(only));
      else
        await this.client.send(
          new TransactWriteItemsCommand({ TransactItems: puts.map((Put) => ({ Put })) }),
        );
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'ConditionalCheckFailedException')
        throw new StreamVersionConflictError(streamId, expectedVersion);
      if (name !== 'TransactionCanceledException') throw error;
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      if (idempotencyKey && reasons.at(-1)?.Code === 'ConditionalCheckFailed') {
        throw new IdempotencyKeyUsedError(idempotencyKey);
      }
      // A failed condition is a version taken; a transaction conflict is a writer in flight on it.
      if (reasons.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) {
        throw new StreamVersionConflictError(streamId, expectedVersion);
      }
      throw error;
    }
  }
}

type Head = { hash: string; recordedAt: string };

type PreparedItem = { item: Record<string, AttributeValue>; json: string };
type PreparedStream = { streamId: string; items: PreparedItem[] };

// Codes of a cancelled transaction that say "not now" rather than "no": another transaction on
// the item, or the table's capacity.
const BLOCKED_CODES = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);
const isBlocked = (code: string) => BLOCKED_CODES.has(code);

/** Why DynamoDB cancelled a transaction, item by item; any other failure is passed on. */
function cancellationCodes(error: unknown, items: number): string[] {
  if ((error as Error).name !== 'TransactionCanceledException') throw error;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return Array.from({ length: items }, (_, i) => reasons[i]?.Code ?? 'None');
}

// A 1,000-line batch is 10 transactions: a few at once cut its latency in the cloud, and 1 to 10
// at once wrote alike on DynamoDB Local, which is bound by its CPU.
const TRANSACTIONS_IN_FLIGHT = 4;
const MAX_NEW_STREAM_ATTEMPTS = 5;
const backoffMs = (attempt: number) => Math.random() * 25 * 2 ** attempt;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** New streams packed into as few transactions as DynamoDB's limits allow, in order: their indexes. */
function transactionsOf(streams: readonly PreparedStream[]): number[][] {
  const transactions: number[][] = [];
  let current: number[] = [];
  let items = 0;
  let bytes = 0;
  streams.forEach(({ items: streamItems }, index) => {
    const streamBytes = streamItems.reduce((sum, { json }) => sum + Buffer.byteLength(json), 0);
    if (
      current.length > 0 &&
      (items + streamItems.length > MAX_ITEMS_PER_TRANSACTION || bytes + streamBytes > MAX_TRANSACTION_BYTES)
    ) {
      transactions.push(current);
      current = [];
      items = 0;
      bytes = 0;
    }
    current.push(index);
    items += streamItems.length;
    bytes += streamBytes;
  });
  if (current.length > 0) transactions.push(current);
  return transactions;
}

const headOf = (item: Record<string, AttributeValue>): Head => ({
  hash: item.hash?.S as string,
  recordedAt: item.recordedAt?.S as string,
});

/** The last few thousand stream heads seen, oldest forgotten first. */
class HeadCache {
  private readonly entries = new Map<string, Head>();
  constructor(private readonly capacity: number) {}

  recall(streamId: string, version: number): Head | undefined {
    return this.entries.get(`${streamId}@${version}`);
  }

  remember(streamId: string, version: number, head: Head): void {
    const key = `${streamId}@${version}`;
    this.entries.delete(key);
    this.entries.set(key, head);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** Index positions sort by recording time: instants written with milliseconds, always. */
const sortableInstant = (iso: string) => new Date(iso).toISOString();

const indexPosition = (recordedAt: string, stream: string, version: number) =>
  `${sortableInstant(recordedAt)}#${stream}#${String(version).padStart(10, '0')}`;

const laterOf = (now: string, previous: string | undefined) =>
  previous !== undefined && instantMs(previous) > instantMs(now) ? previous : now;

function assertWithinLimits(streamId: string, jsons: string[]) {
  if (jsons.length + 1 > MAX_ITEMS_PER_TRANSACTION) {
    throw new AppendTooLargeError(
      `A command may append at most ${MAX_ITEMS_PER_TRANSACTION - 1} events at once to ${streamId}; it tried ${jsons.length}.`,
    );
  }
  // DynamoDB counts UTF-8 bytes: a string of `€` is three times its length.
  const sizes = jsons.map((json) => Buffer.byteLength(json));
  const oversized = sizes.find((bytes) => bytes > MAX_ITEM_BYTES);
  if (oversized !== undefined) {
    throw new AppendTooLargeError(
      `An event of ${oversized} bytes is too large for ${streamId} (limit ${MAX_ITEM_BYTES}).`,
    );
  }
  const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
  if (total > MAX_TRANSACTION_BYTES) {
    throw new AppendTooLargeError(
      `The events of one command to ${streamId} total ${total} bytes (limit ${MAX_TRANSACTION_BYTES}).`,
    );
  }
}
