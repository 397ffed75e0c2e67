import { recordSale, reverseSale } from '../../domain/sales/decide.js';
import type { SaleEvent, SaleState } from '../../domain/sales/sale.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { SaleLine, SaleReversal } from '../../events/sales.js';
import { streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { type BatchResult, runSalesBatch } from './sales-batch.js';
import { saleSlice } from './slices.js';

/** Each item of a batch is a command on its own sale's stream. */
const onEachSale =
  <Item extends { saleId: string }>(decide: (item: Item, now: string, state: SaleState) => SaleEvent[]) =>
  ({ store, clock }: AppDeps, items: readonly Item[], metadata: EventMetadata): Promise<BatchResult> =>
    runSalesBatch(items, async (item) => {
      const stream = streamIds.sale(item.saleId);
      const decideOn = (state: SaleState) => decide(item, clock.now(), state);
      return (await handleCommand(store, stream, saleSlice, decideOn, { metadata })).decided;
    });

export const recordSales = onEachSale<SaleLine>((data, now, state) =>
  recordSale({ type: 'RecordSale', data, metadata: { now } }, state),
);

export const reverseSales = onEachSale<SaleReversal>((data, now, state) =>
  reverseSale({ type: 'ReverseSale', data, metadata: { now } }, state),
);
