import { describe, expect, it, vi } from 'vitest';
import type { SaleLine } from '../../../events/sales.js';
import { indexKeys } from '../../../events/streams.js';
import { MemoryEventStore } from '../../../functions/adapters/memory-event-store.js';
import { recordSales } from '../../../functions/application/record-sales.js';
import { manualClock } from '../../../functions/ports/clock.js';
import type { EventStore, NewStreamOutcome } from '../../../functions/ports/event-store.js';
import { saleLine } from '../../support/fixtures.js';
import { memoryProgramDeps } from '../../support/memory-program.js';

const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'sales-system' as const } };
const NOW = '2026-08-01T00:00:00Z';
const MPN = '6300001';

function salesSystem(store?: EventStore) {
  const clock = manualClock(NOW);
  const deps = memoryProgramDeps({ clock, ...(store ? { store } : {}) });
  const record = (lines: SaleLine[]) => recordSales(deps, lines, metadata);
  const recorded = async () =>
    (await deps.store.readIndex(indexKeys.salesOfPartner(MPN))).map((e) => e.data as SaleLine);
  return { store: deps.store, record, recorded };
}

const lines = (count: number, prefix = 'L') =>
  Array.from({ length: count }, (_, i) => saleLine({ saleId: `${prefix}-${i}`, mpnId: MPN }));

/**
 * A memory store whose new streams are answered by `outcomeOf` and written only when it says
 * 'write'; `inner` is the store underneath, holding what was written.
 */
function storeAnswering(outcomeOf: (streamId: string) => NewStreamOutcome | 'write') {
  const inner = new MemoryEventStore(manualClock(NOW));
  const store: EventStore = {
    readStream: (id) => inner.readStream(id),
    readIndex: (key, options) => inner.readIndex(key, options),
    readIdempotentAppend: (key) => inner.readIdempotentAppend(key),
    appendToStream: (id, events, options) => inner.appendToStream(id, events, options),
    appendToNewStreams: async (streams, options) => {
      const outcomes: NewStreamOutcome[] = [];
      for (const stream of streams) {
        const outcome = outcomeOf(stream.streamId);
        outcomes.push(
          outcome === 'write'
            ? ((await inner.appendToNewStreams([stream], options))[0] ?? 'exists')
            : outcome,
        );
      }
      return outcomes;
    },
  };
  return { store, inner };
}

describe('Recording a batch of sale lines', () => {
  it('starts every new line on its own stream, together, without reading any first', async () => {
    const store = new MemoryEventStore(manualClock(NOW));
    const newStreams = vi.spyOn(store, 'appendToNewStreams');
    const reads = vi.spyOn(store, 'readStream');
    const { record, recorded } = salesSystem(store);
    expect(await record(lines(300))).toEqual({ accepted: 300, duplicates: 0, rejected: [] });
    expect(newStreams).toHaveBeenCalledTimes(1);
    expect(reads).not.toHaveBeenCalled();
    expect(await recorded()).toEqual(lines(300));
  });

  it('answers a line sent again as a duplicate and a changed one as a conflict, by position and saleId', async () => {
    const { record, recorded } = salesSystem();
    const [first, second, third] = lines(3) as [SaleLine, SaleLine, SaleLine];
    await record([first, second]);
    const answer = await record([second, { ...first, quantity: 99 }, third]);
    expect(answer).toMatchObject({
      accepted: 1,
      duplicates: 1,
      rejected: [{ index: 1, saleId: 'L-0', error: { code: 'sale-conflict' } }],
    });
    expect((await recorded()).map((l) => [l.saleId, l.quantity])).toEqual([
      ['L-0', 10],
      ['L-1', 10],
      ['L-2', 10],
    ]);
  });

  it('records a saleId named twice in one batch once, and decides the second on the first', async () => {
    const { record, recorded } = salesSystem();
    const [line] = lines(1) as [SaleLine];
    expect(await record([line, line, { ...line, quantity: 3 }])).toMatchObject({
      accepted: 1,
      duplicates: 1,
      rejected: [{ index: 2, saleId: 'L-0', error: { code: 'sale-conflict' } }],
    });
    expect(await recorded()).toHaveLength(1);
  });

  it('decides a line the rules refuse as new on what was recorded of it, as a line alone would be', async () => {
    const { record } = salesSystem();
    const [line] = lines(1) as [SaleLine];
    const future = { ...line, soldAt: '2026-09-01T00:00:00Z' };
    expect((await record([future])).rejected).toMatchObject([
      { index: 0, error: { code: 'sold-at-in-future' } },
    ]);
    await record([line]);
    expect((await record([future])).rejected).toMatchObject([{ index: 0, error: { code: 'sale-conflict' } }]);
  });

  it('records a line whose stream other writers kept holding the one way, once', async () => {
    const { store } = storeAnswering((streamId) => (streamId === 'sale-L-1' ? 'contended' : 'write'));
    const { record, recorded } = salesSystem(store);
    expect(await record(lines(3))).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    expect((await recorded()).map((l) => l.saleId).sort()).toEqual(['L-0', 'L-1', 'L-2']);
  });

  it('loses nothing answered, and doubles nothing, when a batch fails halfway and is sent again', async () => {
    let written = 0;
    const { store: failing, inner } = storeAnswering(() => {
      if (written++ >= 500) throw new Error('The function stopped');
      return 'write';
    });
    const batch = lines(1000);
    await expect(salesSystem(failing).record(batch)).rejects.toThrow('The function stopped');
    const { record, recorded } = salesSystem(inner);
    expect(await record(batch)).toEqual({ accepted: 500, duplicates: 500, rejected: [] });
    expect(await recorded()).toHaveLength(1000);
  });
});
