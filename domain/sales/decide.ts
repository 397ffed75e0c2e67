import { isOneOf } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import { derivedReversalId, type SaleLine, type SaleReversal } from '../../events/sales.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { conflict, notFound, ruleViolation } from '../refusal.js';
import { evolveSale, initialSaleState, type SaleEvent, type SaleState, saleEventTypes } from './sale.js';

export type RecordSale = { type: 'RecordSale'; data: SaleLine; metadata: { now: string } };
export type ReverseSale = { type: 'ReverseSale'; data: SaleReversal; metadata: { now: string } };
export type SaleCommand = RecordSale | ReverseSale;

export type SaleRefusalCode =
  | 'sale-conflict'
  | 'sold-at-in-future'
  | 'sale-not-found'
  | 'reversal-conflict'
  | 'reversed-at-in-future'
  | 'reversed-before-sold'
  | 'reversal-exceeds-net-units';

type SaleDecision = Decision<SaleEvent, SaleRefusalCode>;

// The sales system's clock and ours may disagree a little; more than this is a wrong date.
export const CLOCK_SKEW_MS = 5 * 60_000;

const SALE_FIELDS = ['mpnId', 'customerId', 'sku', 'quantity', 'licenseType', 'soldAt'] as const;

/**
 * A sale line is recorded once. Sent again with the same content it is a duplicate (no events);
 * with different content it is a conflict to report, never an overwrite.
 */
export function recordSale(command: RecordSale, state: SaleState): SaleDecision {
  const line = command.data;
  if (state.status === 'recorded') {
    const differing = SALE_FIELDS.filter((field) => state.line[field] !== line[field]);
    if (differing.length === 0) return accept();
    return refuse(
      conflict(
        'sale-conflict',
        `Sale ${line.saleId} was already recorded with other ${differing.join(', ')}.`,
        {
          saleId: line.saleId,
          differingFields: differing,
        },
      ),
    );
  }
  if (instantMs(line.soldAt) > instantMs(command.metadata.now) + CLOCK_SKEW_MS) {
    return refuse(
      ruleViolation('sold-at-in-future', `Sale ${line.saleId} is dated in the future.`, {
        soldAt: line.soldAt,
      }),
    );
  }
  return accept({ type: 'SaleRecorded', data: line });
}

const REVERSAL_FIELDS = ['quantity', 'reversedAt'] as const;

/**
 * A reversal (credit note, return) takes units off one sale line, never more than it has left.
 * It is identified by its credit-note number on its sale: sent again with the same content it is
 * a duplicate, with other content a conflict; two numbers are two reversals, whatever their instant.
 */
export function reverseSale(command: ReverseSale, state: SaleState): SaleDecision {
  const { saleId, quantity, reversedAt } = command.data;
  const reversalId = command.data.reversalId ?? derivedReversalId(reversedAt);
  if (state.status === 'none')
    return refuse(notFound('sale-not-found', `No sale ${saleId} has been recorded.`));
  const same = state.reversals.find((r) => r.reversalId === reversalId);
  if (same) {
    const sent = { quantity, reversedAt };
    const differing = REVERSAL_FIELDS.filter((field) => same[field] !== sent[field]);
    if (differing.length === 0) return accept();
    return refuse(
      conflict(
        'reversal-conflict',
        `Reversal ${reversalId} of sale ${saleId} was already recorded with other ${differing.join(', ')}.`,
        { saleId, reversalId, differingFields: differing },
      ),
    );
  }
  if (instantMs(reversedAt) > instantMs(command.metadata.now) + CLOCK_SKEW_MS) {
    return refuse(
      ruleViolation('reversed-at-in-future', `The reversal of ${saleId} is dated in the future.`, {
        reversedAt,
      }),
    );
  }
  if (instantMs(reversedAt) < instantMs(state.line.soldAt)) {
    return refuse(
      ruleViolation('reversed-before-sold', `The reversal of ${saleId} is dated before the sale.`, {
        soldAt: state.line.soldAt,
        reversedAt,
      }),
    );
  }
  if (quantity > state.netUnits) {
    return refuse(
      ruleViolation(
        'reversal-exceeds-net-units',
        `Sale ${saleId} has ${state.netUnits} net units left; ${quantity} cannot be reversed.`,
        { saleId, netUnits: state.netUnits, quantity },
      ),
    );
  }
  return accept({
    type: 'SaleReversed',
    data: { reversalId, saleId, mpnId: state.line.mpnId, quantity, reversedAt },
  });
}

export function decideSale(command: SaleCommand, state: SaleState): SaleDecision {
  switch (command.type) {
    case 'RecordSale':
      return recordSale(command, state);
    case 'ReverseSale':
      return reverseSale(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown sale command ${JSON.stringify(unknown)}`);
    }
  }
}

export const saleDecider: Decider<SaleCommand, SaleState, SaleEvent, SaleRefusalCode> = {
  isOwnEvent: isOneOf(saleEventTypes),
  decide: decideSale,
  evolve: evolveSale,
  initialState: initialSaleState,
};
