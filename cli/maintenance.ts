import { parseEvent } from '../events/catalog.js';
import type { DynamoDbEventStore } from '../functions/adapters/dynamodb-event-store.js';
import type { DynamoDbReadModels } from '../functions/adapters/dynamodb-read-models.js';
import { type ChainReport, type StoredEventItem, verifyChain } from '../functions/adapters/hash-chain.js';
import { foldReadModels } from '../functions/application/rebuild-read-models.js';

/** Maintenance of the stores, for the `rebuild` and `verify` commands and their tests. */

async function allStored(store: DynamoDbEventStore): Promise<StoredEventItem[]> {
  const items: StoredEventItem[] = [];
  for await (const item of store.scanEvents()) items.push(item);
  return items;
}

/** Replays every event into the read models, replacing what they held. */
export async function rebuildReadModels(store: DynamoDbEventStore, readModels: DynamoDbReadModels) {
  const stored = await allStored(store);
  const items = foldReadModels(stored.map((item) => parseEvent(JSON.parse(item.event))));
  await readModels.replaceAll(items);
  return { events: stored.length, items: items.length };
}

// Appends still in flight (or stamped by a clock a little ahead) land within this of now.
const SETTLED_AFTER_MS = 60_000;

/**
 * Walks every stream's hash chain, and takes the fingerprint of the history recorded by `asOf`
 * (by default, a minute ago: a history still being written would not print the same again).
 */
export async function verifyEventChains(
  store: DynamoDbEventStore,
  asOf = new Date(Date.now() - SETTLED_AFTER_MS).toISOString(),
): Promise<ChainReport & { asOf: string }> {
  const stored = await allStored(store);
  return { ...verifyChain(stored, asOf), asOf };
}
