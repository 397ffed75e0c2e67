import { describe, expect, it } from 'vitest';
import { reverseSale } from '../../../domain/sales/decide.js';
import type { DomainEvent } from '../../../events/catalog.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { handleCommand } from '../../../functions/application/handle-command.js';
import { saleSlice } from '../../../functions/application/slices.js';
import { manualClock } from '../../../functions/ports/clock.js';
import { type EventStore, StreamVersionConflictError } from '../../../functions/ports/event-store.js';
import { saleLine } from '../../support/fixtures.js';

const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'sales-system' as const } };
const NOW = '2026-08-01T00:00:00Z';

async function storeWithSale() {
  const store = new MemoryEventStore(manualClock(NOW));
  const line = saleLine({ saleId: 'INV-1', quantity: 10 });
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
});

const reverse = (store: EventStore, quantity: number, reversedAt: string) =>
  handleCommand(
    store,
    'sale-INV-1',
    saleSlice,
    (state) =>
      reverseSale(
        { type: 'ReverseSale', data: { saleId: 'INV-1', quantity, reversedAt }, metadata: { now: NOW } },
        state,
      ),
    { metadata },
  );

describe('Handling a command', () => {
  it('decides on the current state and appends at its version', async () => {
    const store = await storeWithSale();
    const { recorded } = await reverse(store, 4, '2026-07-20T00:00:00Z');
    expect(recorded.map((e) => [e.version, e.type])).toEqual([[2, 'SaleReversed']]);
  });

  it('appends nothing when the decision changes nothing', async () => {
    const store = await storeWithSale();
    await reverse(store, 4, '2026-07-20T00:00:00Z');
    const again = await reverse(store, 4, '2026-07-20T00:00:00Z');
    expect(again.recorded).toEqual([]);
    expect((await store.readStream('sale-INV-1')).version).toBe(2);
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
          data: { saleId: 'INV-1', mpnId: '1234567', quantity: 7, reversedAt: '2026-07-19T00:00:00Z' },
        };
        await inner.appendToStream(id, [other], options);
      }
      return inner.appendToStream(id, events, options);
    });
    await expect(reverse(racing, 4, '2026-07-20T00:00:00Z')).rejects.toMatchObject({
      code: 'reversal-exceeds-net-units',
    });
    const { events } = await inner.readStream('sale-INV-1');
    expect(events.map((e) => e.type)).toEqual(['SaleRecorded', 'SaleReversed']);
  });

  it('gives a command sent again with its idempotency key what it recorded the first time', async () => {
    const store = await storeWithSale();
    const reverseOnce = () =>
      handleCommand(
        store,
        'sale-INV-1',
        saleSlice,
        (state) =>
          reverseSale(
            {
              type: 'ReverseSale',
              data: { saleId: 'INV-1', quantity: 4, reversedAt: '2026-07-20T00:00:00Z' },
              metadata: { now: NOW },
            },
            state,
          ),
        { metadata, idempotencyKey: 'credit-note-77' },
      );
    const first = await reverseOnce();
    const again = await reverseOnce();
    expect(again.recorded).toEqual(first.recorded);
    expect(again.before).toEqual(first.before);
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
