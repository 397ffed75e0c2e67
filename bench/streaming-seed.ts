import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import type { Clock } from '../functions/ports/clock.js';
import type { EventStore } from '../functions/ports/event-store.js';
import { type Item, itemsWrittenBy, writeBatch } from './bulk-seed.js';

const ITEMS_PER_BATCH = 25;

/**
 * bulkSeed for a seeding too large to hold: appends go through a real DynamoDbEventStore (every
 * item in the store's exact format, hash chain and index keys) whose client keeps the items only
 * until there are 25 of them, then writes them in one BatchWriteItem while the seeding goes on.
 * The seeding awaits `ready()` between appends, which holds it back while `inFlight` requests are
 * outstanding. As with bulkSeed, the version conditions are not checked: only new streams, in a
 * table of their own, and a stream's later appends must follow while its head is remembered by
 * the store (it asks for a head it has forgotten, which this client cannot answer).
 */
export class StreamingSeed {
  readonly store: EventStore;
  /** Items handed to the store so far, and written to the table so far. */
  appended = 0;
  written = 0;
  private pending: Item[] = [];
  private readonly requests = new Set<Promise<void>>();
  private failure: unknown;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    clock: Clock,
    private readonly inFlight: number,
  ) {
    const keeper = {
      send: async (command: unknown) => {
        const items = itemsWrittenBy(command);
        this.appended += items.length;
        this.pending.push(...items);
        while (this.pending.length >= ITEMS_PER_BATCH) this.send(this.pending.splice(0, ITEMS_PER_BATCH));
        return {};
      },
    } as unknown as DynamoDBClient;
    this.store = new DynamoDbEventStore(keeper, tableName, clock);
  }

  /** Resolves once fewer than `inFlight` requests are outstanding; throws the first write that failed. */
  async ready(): Promise<void> {
    while (this.requests.size >= this.inFlight) await Promise.race(this.requests);
    if (this.failure) throw this.failure;
  }

  /** Writes what is left and waits for every request: afterwards the table holds every item appended. */
  async flush(): Promise<void> {
    if (this.pending.length > 0) this.send(this.pending.splice(0));
    await Promise.all(this.requests);
    if (this.failure) throw this.failure;
  }

  private send(items: Item[]) {
    const request: Promise<void> = writeBatch(this.client, this.tableName, items).then(
      () => {
        this.written += items.length;
        this.requests.delete(request);
      },
      (error: unknown) => {
        this.failure ??= error;
        this.requests.delete(request);
      },
    );
    this.requests.add(request);
  }
}
