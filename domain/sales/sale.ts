import type { EventOfType } from '../../events/catalog.js';
import type { SaleLine } from '../../events/sales.js';

/** The events of a sale's stream (and of a partner's sales index). */
export const saleEventTypes = ['SaleRecorded', 'SaleReversed'] as const;

export type SaleEvent = EventOfType<(typeof saleEventTypes)[number]>;

export type Reversal = { reversalId: string; quantity: number; reversedAt: string };

export type SaleState =
  | { status: 'none' }
  | { status: 'recorded'; line: SaleLine; reversals: Reversal[]; netUnits: number };

export const initialSaleState = (): SaleState => ({ status: 'none' });

export function evolveSale(state: SaleState, event: SaleEvent): SaleState {
  switch (event.type) {
    case 'SaleRecorded':
      return { status: 'recorded', line: event.data, reversals: [], netUnits: event.data.quantity };
    case 'SaleReversed': {
      if (state.status === 'none') return state;
      const { reversalId, quantity, reversedAt } = event.data;
      return {
        ...state,
        reversals: [...state.reversals, { reversalId, quantity, reversedAt }],
        netUnits: state.netUnits - quantity,
      };
    }
  }
}
