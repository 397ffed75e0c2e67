import { type SaleCommand, saleDecider } from '../../domain/sales/decide.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { SaleLine, SaleReversal } from '../../events/sales.js';
import { streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { type BatchResult, type LineOutcome, runSalesBatch } from './sales-batch.js';

/** Each item of a batch is a command on its own sale's stream. */
const onEachSale =
  <Item extends { saleId: string }>(commandOf: (item: Item, now: string) => SaleCommand) =>
  ({ store, clock }: AppDeps, items: readonly Item[], metadata: EventMetadata): Promise<BatchResult> =>
    runSalesBatch(items, async (item): Promise<LineOutcome> => {
      const command = commandOf(item, clock.now());
      const executed = await execute(store, saleDecider, streamIds.sale(item.saleId), command, { metadata });
      return executed.ok ? { ok: true, recorded: executed.events.length > 0 } : executed;
    });

export const recordSales = onEachSale<SaleLine>((data, now) => ({
  type: 'RecordSale',
  data,
  metadata: { now },
}));

export const reverseSales = onEachSale<SaleReversal>((data, now) => ({
  type: 'ReverseSale',
  data,
  metadata: { now },
}));
