import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../events/catalog.js';
import type { EventMetadata } from '../../../events/envelope.js';
import {
  type EventStore,
  IdempotencyKeyUsedError,
  StreamVersionConflictError,
} from '../../../functions/ports/event-store.js';
import { saleLine } from '../../support/fixtures.js';

export type StoreUnderTest = { store: EventStore; setNow(instant: string): void };

const metadata: EventMetadata = {
  correlationId: 'corr-1',
  causationId: 'req-1',
  actor: { role: 'sales-system' },
};

const recorded = (saleId: string, mpnId = '1234567'): DomainEvent => ({
  type: 'SaleRecorded',
  data: saleLine({ saleId, mpnId, quantity: 10 }),
});
const reversed = (saleId: string, quantity: number, reversedAt: string, mpnId = '1234567'): DomainEvent => ({
  type: 'SaleReversed',
  data: { reversalId: `CN-${reversedAt}`, saleId, mpnId, quantity, reversedAt },
});

/**
 * What every event store must do, whatever it runs on. Each test uses its own streams, so the
 * suite can run against one shared store.
 */
export function eventStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>) {
  let n = 0;
  const unique = (label: string) => `${label}-${name.replace(/\W/g, '')}-${Date.now().toString(36)}-${n++}`;

  describe(`${name}: the event store contract`, () => {
    it('reads an unknown stream as empty at version 0', async () => {
      const { store } = await makeStore();
      expect(await store.readStream(`sale-${unique('none')}`)).toEqual({ version: 0, events: [] });
    });

    it('appends events with consecutive versions and the envelope filled in', async () => {
      const { store, setNow } = await makeStore();
      const saleId = unique('S');
      setNow('2026-07-20T10:00:00Z');
      const result = await store.appendToStream(
        `sale-${saleId}`,
        [recorded(saleId), reversed(saleId, 2, '2026-07-20T09:00:00Z')],
        { expectedVersion: 0, metadata },
      );
      expect(result.version).toBe(2);
      const { version, events } = await store.readStream(`sale-${saleId}`);
      expect(version).toBe(2);
      expect(events.map((e) => [e.version, e.type, e.schemaVersion])).toEqual([
        [1, 'SaleRecorded', 1],
        [2, 'SaleReversed', 2],
      ]);
      expect(events[0]).toMatchObject({
        stream: `sale-${saleId}`,
        occurredAt: '2026-07-10T14:00:00Z',
        recordedAt: '2026-07-20T10:00:00Z',
        metadata,
      });
      expect(events[1]?.occurredAt).toBe('2026-07-20T09:00:00Z');
      expect(new Set(events.map((e) => e.eventId)).size).toBe(2);
    });

    it('refuses an append made on a version the stream has moved past', async () => {
      const { store } = await makeStore();
      const saleId = unique('S');
      await store.appendToStream(`sale-${saleId}`, [recorded(saleId)], { expectedVersion: 0, metadata });
      await expect(
        store.appendToStream(`sale-${saleId}`, [recorded(saleId)], { expectedVersion: 0, metadata }),
      ).rejects.toBeInstanceOf(StreamVersionConflictError);
      expect((await store.readStream(`sale-${saleId}`)).version).toBe(1);
    });

    it('appends all events of a command or none', async () => {
      const { store } = await makeStore();
      const saleId = unique('S');
      const invalid = {
        type: 'SaleReversed',
        data: { saleId, mpnId: '1234567', quantity: 0, reversedAt: 'x' },
      };
      await expect(
        store.appendToStream(`sale-${saleId}`, [recorded(saleId), invalid as DomainEvent], {
          expectedVersion: 0,
          metadata,
        }),
      ).rejects.toThrow(/data\.quantity/);
      expect((await store.readStream(`sale-${saleId}`)).version).toBe(0);
    });

    it('refuses an event sent to a stream it does not belong to', async () => {
      const { store } = await makeStore();
      const saleId = unique('S');
      await expect(
        store.appendToStream(`sale-${unique('other')}`, [recorded(saleId)], { expectedVersion: 0, metadata }),
      ).rejects.toThrow(/belongs to stream/);
    });

    it('keeps a stream in time order when the clock goes back', async () => {
      const { store, setNow } = await makeStore();
      const saleId = unique('S');
      setNow('2026-07-20T10:00:00Z');
      await store.appendToStream(`sale-${saleId}`, [recorded(saleId)], { expectedVersion: 0, metadata });
      setNow('2026-07-20T09:59:00Z');
      await store.appendToStream(`sale-${saleId}`, [reversed(saleId, 1, '2026-07-20T09:00:00Z')], {
        expectedVersion: 1,
        metadata,
      });
      const { events } = await store.readStream(`sale-${saleId}`);
      expect(events.map((e) => e.recordedAt)).toEqual(['2026-07-20T10:00:00Z', '2026-07-20T10:00:00Z']);
    });

    it('appends once for an idempotency key used twice, and gives back what the first append recorded', async () => {
      const { store } = await makeStore();
      const saleId = unique('S');
      const first = await store.appendToStream(`sale-${saleId}`, [recorded(saleId)], {
        expectedVersion: 0,
        metadata,
        idempotencyKey: `key-${saleId}`,
      });
      await expect(
        store.appendToStream(`sale-${saleId}`, [reversed(saleId, 1, '2026-07-20T09:00:00Z')], {
          expectedVersion: 1,
          metadata,
          idempotencyKey: `key-${saleId}`,
        }),
      ).rejects.toBeInstanceOf(IdempotencyKeyUsedError);
      expect(await store.readIdempotentAppend(`key-${saleId}`)).toEqual(first.events);
      expect((await store.readStream(`sale-${saleId}`)).version).toBe(1);
      expect(await store.readIdempotentAppend(`key-${unique('unused')}`)).toBeUndefined();
    });

    it('reads an index across streams in recorded order, up to an instant', async () => {
      const { store, setNow } = await makeStore();
      const mpnId = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
      const [a, b] = [unique('A'), unique('B')];
      setNow('2026-07-20T10:00:00Z');
      await store.appendToStream(`sale-${a}`, [recorded(a, mpnId)], { expectedVersion: 0, metadata });
      setNow('2026-07-21T10:00:00Z');
      await store.appendToStream(`sale-${b}`, [recorded(b, mpnId)], { expectedVersion: 0, metadata });
      setNow('2026-07-22T10:00:00Z');
      await store.appendToStream(`sale-${a}`, [reversed(a, 3, '2026-07-22T09:00:00Z', mpnId)], {
        expectedVersion: 1,
        metadata,
      });
      const all = await store.readIndex(`sales-of-partner#${mpnId}`);
      expect(all.map((e) => [e.stream, e.type])).toEqual([
        [`sale-${a}`, 'SaleRecorded'],
        [`sale-${b}`, 'SaleRecorded'],
        [`sale-${a}`, 'SaleReversed'],
      ]);
      const asOf = await store.readIndex(`sales-of-partner#${mpnId}`, {
        recordedAtOrBefore: '2026-07-21T10:00:00Z',
      });
      expect(asOf.map((e) => e.stream)).toEqual([`sale-${a}`, `sale-${b}`]);
    });

    it('starts many new streams at once, each as an append at version 0 would', async () => {
      const { store, setNow } = await makeStore();
      const mpnId = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
      const saleIds = [unique('A'), unique('B'), unique('C')];
      setNow('2026-07-20T10:00:00Z');
      const outcomes = await store.appendToNewStreams(
        saleIds.map((saleId) => ({ streamId: `sale-${saleId}`, events: [recorded(saleId, mpnId)] })),
        { metadata },
      );
      expect(outcomes).toEqual(['appended', 'appended', 'appended']);
      for (const saleId of saleIds) {
        const { version, events } = await store.readStream(`sale-${saleId}`);
        expect(version).toBe(1);
        expect(events[0]).toMatchObject({
          stream: `sale-${saleId}`,
          version: 1,
          type: 'SaleRecorded',
          recordedAt: '2026-07-20T10:00:00Z',
          metadata,
        });
      }
      const indexed = await store.readIndex(`sales-of-partner#${mpnId}`);
      expect(indexed.map((e) => e.stream).sort()).toEqual(saleIds.map((id) => `sale-${id}`).sort());
    });

    it('leaves a stream that already exists as it is, whatever it holds, and answers that it exists', async () => {
      const { store } = await makeStore();
      const [fresh, known, changed] = [unique('new'), unique('known'), unique('changed')];
      for (const saleId of [known, changed])
        await store.appendToStream(`sale-${saleId}`, [recorded(saleId)], { expectedVersion: 0, metadata });
      const before = await store.readStream(`sale-${changed}`);
      const outcomes = await store.appendToNewStreams(
        [
          { streamId: `sale-${known}`, events: [recorded(known)] },
          { streamId: `sale-${fresh}`, events: [recorded(fresh)] },
          { streamId: `sale-${changed}`, events: [recorded(changed, '7654321')] },
        ],
        { metadata },
      );
      expect(outcomes).toEqual(['exists', 'appended', 'exists']);
      expect(await store.readStream(`sale-${changed}`)).toEqual(before);
      expect((await store.readStream(`sale-${known}`)).version).toBe(1);
    });

    it('answers that every stream exists when all of them do, appending nothing', async () => {
      const { store } = await makeStore();
      const saleIds = [unique('A'), unique('B')];
      const streams = saleIds.map((saleId) => ({ streamId: `sale-${saleId}`, events: [recorded(saleId)] }));
      await store.appendToNewStreams(streams, { metadata });
      expect(await store.appendToNewStreams(streams, { metadata })).toEqual(['exists', 'exists']);
      for (const saleId of saleIds) expect((await store.readStream(`sale-${saleId}`)).version).toBe(1);
    });

    it("appends a new stream's several events in order, and later appends follow them", async () => {
      const { store } = await makeStore();
      const saleId = unique('S');
      await store.appendToNewStreams(
        [
          {
            streamId: `sale-${saleId}`,
            events: [recorded(saleId), reversed(saleId, 2, '2026-07-19T00:00:00Z')],
          },
        ],
        { metadata },
      );
      await store.appendToStream(`sale-${saleId}`, [reversed(saleId, 1, '2026-07-19T12:00:00Z')], {
        expectedVersion: 2,
        metadata,
      });
      const { events } = await store.readStream(`sale-${saleId}`);
      expect(events.map((e) => [e.version, e.type])).toEqual([
        [1, 'SaleRecorded'],
        [2, 'SaleReversed'],
        [3, 'SaleReversed'],
      ]);
    });

    it('appends nothing at all when one of the new streams is wrong', async () => {
      const { store } = await makeStore();
      const [good, bad] = [unique('good'), unique('bad')];
      const goodStream = { streamId: `sale-${good}`, events: [recorded(good)] };
      const invalid = { type: 'SaleRecorded', data: { ...recorded(bad).data, quantity: 0 } } as DomainEvent;
      const wrongBatches = [
        [goodStream, { streamId: `sale-${bad}`, events: [invalid] }],
        [goodStream, { streamId: `sale-${bad}`, events: [recorded(unique('elsewhere'))] }],
        [goodStream, { streamId: `sale-${bad}`, events: [] }],
        [goodStream, goodStream],
      ];
      for (const streams of wrongBatches)
        await expect(store.appendToNewStreams(streams, { metadata })).rejects.toThrow();
      expect((await store.readStream(`sale-${good}`)).version).toBe(0);
    });
  });
}
