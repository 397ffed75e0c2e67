import { recordSale, reverseSale } from '../../domain/sales/decide.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { SaleLine, SaleReversal } from '../../events/sales.js';
import { streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { type BatchResult, runSalesBatch } from './sales-batch.js';
import { saleSlice } from './slices.js';

export async function recordSales(
  { store, clock }: AppDeps,
  lines: readonly SaleLine[],
  metadata: EventMetadata,
): Promise<BatchResult> {
  return runSalesBatch(lines, async (line) => {
    const command = { type: 'RecordSale', data: line, metadata: { now: clock.now() } } as const;
    const { decided } = await handleCommand(
      store,
      streamIds.sale(line.saleId),
      saleSlice,
      (state) => recordSale(command, state),
      metadata,
    );
    return decided;
  });
}

export async function reverseSales(
  { store, clock }: AppDeps,
  reversals: readonly SaleReversal[],
  metadata: EventMetadata,
): Promise<BatchResult> {
  return runSalesBatch(reversals, async (reversal) => {
    const command = { type: 'ReverseSale', data: reversal, metadata: { now: clock.now() } } as const;
    const { decided } = await handleCommand(
      store,
      streamIds.sale(reversal.saleId),
      saleSlice,
      (state) => reverseSale(command, state),
      metadata,
    );
    return decided;
  });
}
