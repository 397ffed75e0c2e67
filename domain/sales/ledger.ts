import { instantMs } from '../../events/instant.js';
import type { SaleEvent } from './sale.js';

/** One sale line of a partner's ledger, with what has been reversed of it so far. */
export type LedgerLine = {
  saleId: string;
  customerId: string;
  sku: string;
  licenseType: string;
  quantity: number;
  soldAt: string;
  soldAtMs: number;
  reversedUnits: number;
};

/** A partner's sales ledger by sale id. */
export type Ledger = Map<string, LedgerLine>;

export const netUnits = (line: LedgerLine) => line.quantity - line.reversedUnits;

/**
 * Folds a sale event into a ledger in place: a big partner has tens of thousands of lines, and
 * a replay must not copy them for every event. The caller owns the ledger it passes in.
 */
export function evolveLedger(ledger: Ledger, event: SaleEvent): Ledger {
  if (event.type === 'SaleRecorded') {
    const { saleId, customerId, sku, licenseType, quantity, soldAt } = event.data;
    ledger.set(saleId, {
      saleId,
      customerId,
      sku,
      licenseType,
      quantity,
      soldAt,
      soldAtMs: instantMs(soldAt),
      reversedUnits: 0,
    });
    return ledger;
  }
  const line = ledger.get(event.data.saleId);
  // A sale's stream holds its reversals after it, so a reversal without its sale is a broken replay.
  if (!line) throw new Error(`Reversal of sale ${event.data.saleId} replayed before the sale itself`);
  line.reversedUnits += event.data.quantity;
  return ledger;
}

/** Every partner's ledger, by MPN ID. */
export type Ledgers = Map<string, Ledger>;

export function evolveLedgers(ledgers: Ledgers, event: SaleEvent): Ledgers {
  const mpnId = event.data.mpnId;
  let ledger = ledgers.get(mpnId);
  if (!ledger) {
    ledger = new Map();
    ledgers.set(mpnId, ledger);
  }
  evolveLedger(ledger, event);
  return ledgers;
}
