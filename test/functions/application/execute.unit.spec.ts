import { describe, expect, it } from 'vitest';
import { saleDecider } from '../../../domain/sales/decide.js';
import type { DomainEvent } from '../../../events/catalog.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { execute } from '../../../functions/application/execute.js';
import { ForeignEventError, readSlice } from '../../../functions/application/read-slice.js';
import { manualClock } from '../../../functions/ports/clock.js';
import {
  type EventReader,
  type EventStore,
  StreamVersionConflictError,
} from '../../../functions/ports/event-store.js';
import { saleLine } from '../../support/fixtures.js';

const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'sales-system' as const } };
const NOW = '2026-08-01T00:00:00Z';
const line = saleLine({ saleId: 'INV-1', quantity: 10 });

async function storeWithSale() {
  const store = new MemoryEventStore(manualClock(NOW));
  await store.appendToStream('sale-INV-1', [{ type: 'SaleRecorded', data: line }], {
    expectedVersion: 0,
    metadata,
  });
  return store;
}

/** The store, with its appends going through `append` instead. */
const withAppend = (inner: EventStore, append: EventStore['appendToStream']): EventStore => ({
  readStream: (id) => inner.readStream(id),
  readIndex: (key, options) => inner.readIndex(key, options),
  readIdempotentAppend: (key) => inner.readIdempotentAppend(key),
  appendToStream: append,
  appendToNewStreams: (streams, options) => inner.appendToNewStreams(streams, options),
});

const reversal = (quantity: number, reversedAt: string) =>
  ({ type: 'ReverseSale', data: { saleId: 'INV-1', quantity, reversedAt }, metadata: { now: NOW } }) as const;

const reverse = (store: EventStore, quantity: number, reversedAt: string, idempotencyKey?: string) =>
  execute(store, saleDecider, 'sale-INV-1', reversal(quantity, reversedAt), {
    metadata,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });

const reversed = (quantity: number, reversedAt: string) => ({
  type: 'SaleReversed',
  data: { saleId: 'INV-1', mpnId: line.mpnId, quantity, reversedAt },
});

describe('Executing a command', () => {
  it('decides on the current state, appends at its version, and answers the states before and after', async () => {
    const store = await storeWithSale();
    const executed = await reverse(store, 4, '2026-07-20T00:00:00Z');
    expect(executed).toMatchObject({
      ok: true,
      events: [reversed(4, '2026-07-20T00:00:00Z')],
      before: { status: 'recorded', netUnits: 10 },
      after: { status: 'recorded', netUnits: 6 },
      version: 2,
    });
    const { events } = await store.readStream('sale-INV-1');
    expect(events.map((e) => [e.version, e.type])).toEqual([
      [1, 'SaleRecorded'],
      [2, 'SaleReversed'],
    ]);
  });

  it('appends nothing when the decision changes nothing', async () => {
    const store = await storeWithSale();
    await reverse(store, 4, '2026-07-20T00:00:00Z');
    const again = await reverse(store, 4, '2026-07-20T00:00:00Z');
    expect(again).toMatchObject({ ok: true, events: [], version: 2 });
    expect((await store.readStream('sale-INV-1')).version).toBe(2);
  });

  it('answers a refusal as a result, recording nothing', async () => {
    const store = await storeWithSale();
    const refused = await reverse(store, 11, '2026-07-20T00:00:00Z');
    expect(refused).toMatchObject({
      ok: false,
      refusal: { kind: 'rule-violation', code: 'reversal-exceeds-net-units' },
      events: [],
      version: 1,
    });
    expect((await store.readStream('sale-INV-1')).version).toBe(1);
  });

  it('decides again when another writer got there first, so neither command is lost', async () => {
    const inner = await storeWithSale();
    let interfere = true;
    // A writer slips a reversal in between this command's read and its append.
    const racing = withAppend(inner, async (id, events, options) => {
      if (interfere) {
        interfere = false;
        const other: DomainEvent = {
          type: 'SaleReversed',
          data: {
            reversalId: 'CN-1',
            saleId: 'INV-1',
            mpnId: line.mpnId,
            quantity: 7,
            reversedAt: '2026-07-19T00:00:00Z',
          },
        };
        await inner.appendToStream(id, [other], options);
      }
      return inner.appendToStream(id, events, options);
    });
    const executed = await reverse(racing, 4, '2026-07-20T00:00:00Z');
    expect(executed).toMatchObject({
      ok: false,
      refusal: { code: 'reversal-exceeds-net-units', details: { netUnits: 3, quantity: 4 } },
    });
    const { events } = await inner.readStream('sale-INV-1');
    expect(events.map((e) => e.type)).toEqual(['SaleRecorded', 'SaleReversed']);
  });

  it('gives a command sent again with its idempotency key what it recorded the first time', async () => {
    const store = await storeWithSale();
    const first = await reverse(store, 4, '2026-07-20T00:00:00Z', 'credit-note-77');
    const again = await reverse(store, 4, '2026-07-20T00:00:00Z', 'credit-note-77');
    expect(again).toMatchObject({ ok: true, events: [reversed(4, '2026-07-20T00:00:00Z')] });
    expect(again.before).toEqual(first.before);
    expect(again.after).toEqual(first.after);
    expect((await store.readStream('sale-INV-1')).version).toBe(2);
  });

  it('gives up after repeated conflicts rather than looping forever', async () => {
    const inner = await storeWithSale();
    const alwaysBehind = withAppend(inner, async (id, _events, options) => {
      throw new StreamVersionConflictError(id, options.expectedVersion);
    });
    await expect(reverse(alwaysBehind, 1, '2026-07-20T00:00:00Z')).rejects.toBeInstanceOf(
      StreamVersionConflictError,
    );
  });
});

describe('Reading a slice', () => {
  it('folds the state as it stood at an instant, and keeps the version of the whole stream', async () => {
    const clock = manualClock('2026-07-01T00:00:00Z');
    const store = new MemoryEventStore(clock);
    await store.appendToStream('sale-INV-1', [{ type: 'SaleRecorded', data: line }], {
      expectedVersion: 0,
      metadata,
    });
    clock.set('2026-07-21T00:00:00Z');
    await reverse(store, 4, '2026-07-20T00:00:00Z');
    const then = await readSlice(store, saleDecider, 'sale-INV-1', { asOf: '2026-07-10T00:00:00Z' });
    expect(then).toMatchObject({ state: { status: 'recorded', netUnits: 10 }, version: 2 });
    expect(then.events.map((e) => e.type)).toEqual(['SaleRecorded']);
  });

  it("refuses to fold another slice's event: the catalog and the code disagree", async () => {
    const store = new MemoryEventStore(manualClock(NOW));
    // A store where a sale's stream holds a campaign event (written past the store's own check).
    const foreign: EventReader = {
      readIndex: (key, options) => store.readIndex(key, options),
      readIdempotentAppend: (key) => store.readIdempotentAppend(key),
      readStream: async () => ({
        version: 1,
        events: [
          {
            eventId: 'e-1',
            stream: 'sale-INV-1',
            version: 1,
            type: 'CampaignTermsRevised' as const,
            schemaVersion: 1,
            occurredAt: NOW,
            recordedAt: NOW,
            data: { campaignId: 'c', termsText: 'T', termsSha256: 'a'.repeat(64), revisedAt: NOW },
            metadata,
          },
        ],
      }),
    };
    await expect(readSlice(foreign, saleDecider, 'sale-INV-1')).rejects.toBeInstanceOf(ForeignEventError);
  });
});
