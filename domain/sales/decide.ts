import { instantMs } from '../../events/instant.js';
import type { SaleLine, SaleReversal } from '../../events/sales.js';
import { conflict, notFound, ruleViolation } from '../errors.js';
import type { SaleEvent, SaleState } from './sale.js';

export type RecordSale = { type: 'RecordSale'; data: SaleLine; metadata: { now: string } };
export type ReverseSale = { type: 'ReverseSale'; data: SaleReversal; metadata: { now: string } };
export type SaleCommand = RecordSale | ReverseSale;

// The sales system's clock and ours may disagree a little; more than this is a wrong date.
export const CLOCK_SKEW_MS = 5 * 60_000;

const SALE_FIELDS = ['mpnId', 'customerId', 'sku', 'quantity', 'licenseType', 'soldAt'] as const;

/**
 * A sale line is recorded once. Sent again with the same content it is a duplicate (no events);
 * with different content it is a conflict to report, never an overwrite.
 */
export function recordSale(command: RecordSale, state: SaleState): SaleEvent[] {
  const line = command.data;
  if (state.status === 'recorded') {
    const differing = SALE_FIELDS.filter((field) => state.line[field] !== line[field]);
    if (differing.length === 0) return [];
    throw conflict(
      'sale-conflict',
      `Sale ${line.saleId} was already recorded with other ${differing.join(', ')}.`,
      {
        saleId: line.saleId,
        differingFields: differing,
      },
    );
  }
  if (instantMs(line.soldAt) > instantMs(command.metadata.now) + CLOCK_SKEW_MS) {
    throw ruleViolation('sold-at-in-future', `Sale ${line.saleId} is dated in the future.`, {
      soldAt: line.soldAt,
    });
  }
  return [{ type: 'SaleRecorded', data: line }];
}

/**
 * A reversal (credit note, return) takes units off one sale line, never more than it has left.
 * A reversal is identified by its sale and its instant: resent, it is a duplicate.
 */
export function reverseSale(command: ReverseSale, state: SaleState): SaleEvent[] {
  const { saleId, quantity, reversedAt } = command.data;
  if (state.status === 'none') throw notFound('sale-not-found', `No sale ${saleId} has been recorded.`);
  const same = state.reversals.find((r) => instantMs(r.reversedAt) === instantMs(reversedAt));
  if (same) {
    if (same.quantity === quantity) return [];
    throw conflict(
      'reversal-conflict',
      `Sale ${saleId} already has a reversal at ${reversedAt} of ${same.quantity}.`,
      {
        saleId,
        reversedAt,
        recordedQuantity: same.quantity,
      },
    );
  }
  if (instantMs(reversedAt) > instantMs(command.metadata.now) + CLOCK_SKEW_MS) {
    throw ruleViolation('reversed-at-in-future', `The reversal of ${saleId} is dated in the future.`, {
      reversedAt,
    });
  }
  if (instantMs(reversedAt) < instantMs(state.line.soldAt)) {
    throw ruleViolation('reversed-before-sold', `The reversal of ${saleId} is dated before the sale.`, {
      soldAt: state.line.soldAt,
      reversedAt,
    });
  }
  if (quantity > state.netUnits) {
    throw ruleViolation(
      'reversal-exceeds-net-units',
      `Sale ${saleId} has ${state.netUnits} net units left; ${quantity} cannot be reversed.`,
      { saleId, netUnits: state.netUnits, quantity },
    );
  }
  return [{ type: 'SaleReversed', data: { saleId, mpnId: state.line.mpnId, quantity, reversedAt } }];
}

export function decideSale(command: SaleCommand, state: SaleState): SaleEvent[] {
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
