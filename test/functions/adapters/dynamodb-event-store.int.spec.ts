import {
  type DynamoDBClient,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../events/catalog.js';
import { DynamoDbEventStore } from '../../../functions/adapters/dynamodb-event-store.js';
import { verifyChain } from '../../../functions/adapters/hash-chain.js';
import { manualClock } from '../../../functions/ports/clock.js';
import {
  AppendTooLargeError,
  type NewStream,
  StreamVersionConflictError,
} from '../../../functions/ports/event-store.js';
import { newEventTable } from '../../support/dynamodb.js';
import { saleLine } from '../../support/fixtures.js';
import { eventStoreContract } from './event-store-contract.js';

const metadata = { correlationId: 'corr', causationId: 'cause', actor: { role: 'system' as const } };

let shared: { client: Awaited<ReturnType<typeof newEventTable>>['client']; tableName: string };
beforeAll(async () => {
  shared = await newEventTable();
});

const storeAt = (now: string) => {
  const clock = manualClock(now);
  return { store: new DynamoDbEventStore(shared.client, shared.tableName, clock), setNow: clock.set };
};

eventStoreContract('DynamoDB Local', async () => storeAt('2026-07-20T00:00:00Z'));

/** A campaign stream takes any number of T&C revisions: handy for long streams of big events. */
const revision = (campaignId: string, n: number, textBytes = 100): DomainEvent => ({
  type: 'CampaignTermsRevised',
  data: {
    campaignId,
    termsText: `Revision ${n}. ${'x'.repeat(textBytes)}`,
    termsSha256: n.toString(16).padStart(64, '0'),
    revisedAt: '2026-07-01T00:00:00Z',
  },
});

describe('The DynamoDB event store under concurrency', () => {
  it('gives each version to exactly one of 50 concurrent writers, leaving no gaps', async () => {
    const { store } = storeAt('2026-07-20T00:00:00Z');
    const campaignId = `race-${Date.now()}`;
    const writers = Array.from({ length: 50 }, async (_, n) => {
      // Every writer keeps trying: read the version, append after it, until it wins a version.
      for (;;) {
        const { version } = await store.readStream(`campaign-${campaignId}`);
        try {
          await store.appendToStream(`campaign-${campaignId}`, [revision(campaignId, n)], {
            expectedVersion: version,
            metadata,
          });
          return;
        } catch (error) {
          if (!(error instanceof StreamVersionConflictError)) throw error;
        }
      }
    });
    await Promise.all(writers);
    const { version, events } = await store.readStream(`campaign-${campaignId}`);
    expect(version).toBe(50);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const writerOf = events.map((e) =>
      e.type === 'CampaignTermsRevised' ? e.data.termsText.split('.')[0] : '',
    );
    expect(new Set(writerOf).size).toBe(50);
  });

  it('lets exactly one of many writers on the same version win, and tells the others', async () => {
    const { store } = storeAt('2026-07-20T00:00:00Z');
    const campaignId = `same-version-${Date.now()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        store.appendToStream(`campaign-${campaignId}`, [revision(campaignId, n)], {
          expectedVersion: 0,
          metadata,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures).toHaveLength(19);
    for (const f of failures) expect(f.reason).toBeInstanceOf(StreamVersionConflictError);
  });

  it('writes several events of one command atomically, and refuses one that is too large', async () => {
    const { store } = storeAt('2026-07-20T00:00:00Z');
    const campaignId = `atomic-${Date.now()}`;
    const many = Array.from({ length: 99 }, (_, n) => revision(campaignId, n));
    await store.appendToStream(`campaign-${campaignId}`, many, { expectedVersion: 0, metadata });
    expect((await store.readStream(`campaign-${campaignId}`)).version).toBe(99);
    await expect(
      store.appendToStream(`campaign-${campaignId}`, [...many, revision(campaignId, 99)], {
        expectedVersion: 99,
        metadata,
      }),
    ).rejects.toBeInstanceOf(AppendTooLargeError);
  });
});

/** New sale streams, one line each, named `prefix-0`, `prefix-1`… */
const newSales = (prefix: string, count: number, from = 0): NewStream[] =>
  Array.from({ length: count }, (_, i) => {
    const saleId = `${prefix}-${from + i}`;
    return { streamId: `sale-${saleId}`, events: [{ type: 'SaleRecorded', data: saleLine({ saleId }) }] };
  });

describe('Starting many new streams on DynamoDB', () => {
  it('writes more streams than one transaction holds, skips the ones that exist, and keeps every chain whole', async () => {
    const { store } = storeAt('2026-07-20T00:00:00Z');
    const prefix = `many-${Date.now()}`;
    const streams = newSales(prefix, 250);
    const existing = streams.filter((_, i) => i % 7 === 3);
    for (const { streamId, events } of existing)
      await store.appendToStream(streamId, events, { expectedVersion: 0, metadata });
    const outcomes = await store.appendToNewStreams(streams, { metadata });
    expect(outcomes).toEqual(streams.map((_, i) => (i % 7 === 3 ? 'exists' : 'appended')));
    const stored = [];
    for await (const item of store.scanEvents())
      if (item.stream.startsWith(`sale-${prefix}-`)) stored.push(item);
    expect(verifyChain(stored, '2026-07-21T00:00:00Z')).toMatchObject({
      streams: 250,
      events: 250,
      breaks: [],
    });
  });

  it('appends each stream once when two writers start overlapping streams at the same time', async () => {
    const { store: one } = storeAt('2026-07-20T00:00:00Z');
    const { store: other } = storeAt('2026-07-20T00:00:00Z');
    const prefix = `overlap-${Date.now()}`;
    const [first, second] = await Promise.all([
      one.appendToNewStreams(newSales(prefix, 200), { metadata }),
      other.appendToNewStreams(newSales(prefix, 200, 100), { metadata }),
    ]);
    const appendedBy = (outcomes: string[], from: number) =>
      outcomes.flatMap((outcome, i) => (outcome === 'appended' ? [from + i] : []));
    const appended = [...appendedBy(first ?? [], 0), ...appendedBy(second ?? [], 100)].sort((a, b) => a - b);
    expect(appended).toEqual(Array.from({ length: 300 }, (_, i) => i));
    for (const n of [0, 100, 150, 199, 299])
      expect((await one.readStream(`sale-${prefix}-${n}`)).version).toBe(1);
  });

  it('writes again, after a pause, a transaction cancelled because another one held one of its items', async () => {
    const { client, tableName } = shared;
    const transactions: TransactWriteItemsCommand[] = [];
    // The real DynamoDB Local, except that the first transaction meets another writer's.
    const conflictOnce = {
      send: (command: TransactWriteItemsCommand) => {
        if (!(command instanceof TransactWriteItemsCommand)) return client.send(command);
        transactions.push(command);
        if (transactions.length > 1) return client.send(command);
        const items = command.input.TransactItems ?? [];
        return Promise.reject(
          new TransactionCanceledException({
            message: 'Transaction cancelled',
            $metadata: {},
            CancellationReasons: items.map((_, i) => ({ Code: i === 5 ? 'TransactionConflict' : 'None' })),
          }),
        );
      },
    } as unknown as DynamoDBClient;
    const store = new DynamoDbEventStore(conflictOnce, tableName, manualClock('2026-07-20T00:00:00Z'));
    const prefix = `conflict-${Date.now()}`;
    const outcomes = await store.appendToNewStreams(newSales(prefix, 30), { metadata });
    expect(outcomes).toEqual(Array(30).fill('appended'));
    expect(transactions).toHaveLength(2);
    expect((await storeAt('2026-07-20T00:00:00Z').store.readStream(`sale-${prefix}-5`)).version).toBe(1);
  });
});

describe('Reading past one page', () => {
  it('reads a stream and an index of more than 1 MB', async () => {
    const { store } = storeAt('2026-07-20T00:00:00Z');
    const campaignId = `paged-${Date.now()}`;
    // 3 transactions of 90 events of ~5 KB: about 1.3 MB, past DynamoDB's 1 MB page.
    for (let batch = 0; batch < 3; batch++) {
      const events = Array.from({ length: 90 }, (_, n) => revision(campaignId, batch * 90 + n, 5000));
      await store.appendToStream(`campaign-${campaignId}`, events, { expectedVersion: batch * 90, metadata });
    }
    const { version, events } = await store.readStream(`campaign-${campaignId}`);
    expect(version).toBe(270);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 270 }, (_, i) => i + 1));
    const indexed = (await store.readIndex('campaigns')).filter((e) => e.stream === `campaign-${campaignId}`);
    expect(indexed).toHaveLength(270);
  });
});
