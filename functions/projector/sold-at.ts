import { streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';

/** When a sale was sold, from its stream: where a reversal of it goes in its partner's ledger. */
export const soldAtFrom =
  (store: EventReader) =>
  async (saleId: string): Promise<string> => {
    const { events } = await store.readStream(streamIds.sale(saleId));
    const recorded = events[0];
    if (recorded?.type !== 'SaleRecorded') throw new Error(`Sale ${saleId} has no recorded sale to reverse`);
    return recorded.data.soldAt;
  };
