import { type SaleCommand, saleDecider } from '../../domain/sales/decide.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { SaleLine, SaleReversal } from '../../events/sales.js';
import { streamIds } from '../../events/streams.js';
import { mapWithConcurrency } from './concurrency.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { executeOnNewStreams } from './execute-on-new-streams.js';
import { type BatchResult, batchResultOf, LINES_IN_FLIGHT } from './sales-batch.js';

/**
 * Each line is a command on its own sale's stream. A new line starts its stream, so a batch of
 * new lines is recorded together; a line sent again is decided on what was recorded.
 */
export async function recordSales(
  { store, clock }: AppDeps,
  lines: readonly SaleLine[],
  metadata: EventMetadata,
): Promise<BatchResult> {
  const now = clock.now();
  const commands = lines.map((data) => ({
    stream: streamIds.sale(data.saleId),
    command: { type: 'RecordSale', data, metadata: { now } } satisfies SaleCommand,
  }));
  const executed = await executeOnNewStreams(store, saleDecider, commands, {
    metadata,
    inFlight: LINES_IN_FLIGHT,
  });
  return batchResultOf(lines, executed);
}

/** Each reversal is a command on its sale's stream, which it never starts. */
export async function reverseSales(
  { store, clock }: AppDeps,
  reversals: readonly SaleReversal[],
  metadata: EventMetadata,
): Promise<BatchResult> {
  const executed = await mapWithConcurrency(reversals, LINES_IN_FLIGHT, (data) => {
    const command: SaleCommand = { type: 'ReverseSale', data, metadata: { now: clock.now() } };
    return execute(store, saleDecider, streamIds.sale(data.saleId), command, { metadata });
  });
  return batchResultOf(reversals, executed);
}
