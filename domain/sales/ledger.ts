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

/** One sale's ledger line, as a read model keeps it: the same fold, one line at a time. */
export function evolveLedgerLine(line: LedgerLine | undefined, event: SaleEvent): LedgerLine | undefined {
  if (event.type === 'SaleRecorded') return newLedgerLine(event);
  return line && { ...line, reversedUnits: line.reversedUnits + event.data.quantity };
}

const newLedgerLine = ({ data }: Extract<SaleEvent, { type: 'SaleRecorded' }>): LedgerLine => ({
  saleId: data.saleId,
  customerId: data.customerId,
  sku: data.sku,
  licenseType: data.licenseType,
  quantity: data.quantity,
  soldAt: data.soldAt,
  soldAtMs: instantMs(data.soldAt),
  reversedUnits: 0,
});

/**
 * Folds a sale event into a ledger in place: a big partner has tens of thousands of lines, and
 * a replay must not copy them for every event. The caller owns the ledger it passes in.
 */
export function evolveLedger(ledger: Ledger, event: SaleEvent): Ledger {
  if (event.type === 'SaleRecorded') {
    ledger.set(event.data.saleId, newLedgerLine(event));
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
