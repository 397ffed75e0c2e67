import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../events/catalog.js';
import { DynamoDbEventStore } from '../../../functions/adapters/dynamodb-event-store.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { AppendTooLargeError, StreamVersionConflictError } from '../../../functions/ports/event-store.js';
import { newEventTable } from '../../support/dynamodb.js';
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
