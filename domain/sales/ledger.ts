import { isOneOf } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import type { Fold } from '../decider.js';
import { type SaleEvent, saleEventTypes } from './sale.js';

/** A sale line as it was sold. */
export type SoldLine = {
  saleId: string;
  customerId: string;
  sku: string;
  licenseType: string;
  quantity: number;
  soldAt: string;
  soldAtMs: number;
};

/** One sale line with what has been reversed of it so far: a line's view, as a read model keeps it. */
export type LedgerLine = SoldLine & { reversedUnits: number };

export const netUnits = (line: LedgerLine) => line.quantity - line.reversedUnits;

/**
 * A partner's sales ledger: its lines in the order they were recorded, and the units reversed of
 * the sales that had reversals. Lines are appended, not keyed by sale id: a big partner has tens of
 * thousands of lines, and only reversals (a few percent of events) need a line by its id. A
 * reversal replayed before its sale (another stream's order) counts all the same.
 */
export type Ledger = { lines: SoldLine[]; reversedUnits: Map<string, number> };

export const emptyLedger = (): Ledger => ({ lines: [], reversedUnits: new Map() });

/** A line's units after every reversal of it. */
export const netUnitsIn = (ledger: Ledger, line: SoldLine) =>
  line.quantity - (ledger.reversedUnits.get(line.saleId) ?? 0);

const soldLine = ({ data }: Extract<SaleEvent, { type: 'SaleRecorded' }>): SoldLine => ({
  saleId: data.saleId,
  customerId: data.customerId,
  sku: data.sku,
  licenseType: data.licenseType,
  quantity: data.quantity,
  soldAt: data.soldAt,
  soldAtMs: instantMs(data.soldAt),
});

/** One sale's line view: the same fold, one line at a time. */
export function evolveLedgerLine(line: LedgerLine | undefined, event: SaleEvent): LedgerLine | undefined {
  if (event.type === 'SaleRecorded') return { ...soldLine(event), reversedUnits: 0 };
  return line && { ...line, reversedUnits: line.reversedUnits + event.data.quantity };
}

/**
 * Folds a sale event into a ledger in place: a replay must not copy tens of thousands of lines
 * for every event. The caller owns the ledger it passes in.
 */
export function evolveLedger(ledger: Ledger, event: SaleEvent): Ledger {
  if (event.type === 'SaleRecorded') ledger.lines.push(soldLine(event));
  else {
    const { saleId, quantity } = event.data;
    ledger.reversedUnits.set(saleId, (ledger.reversedUnits.get(saleId) ?? 0) + quantity);
  }
  return ledger;
}

/** A partner's ledger as its sales index folds it. */
export const ledgerFold: Fold<Ledger, SaleEvent> = {
  isOwnEvent: isOneOf(saleEventTypes),
  evolve: evolveLedger,
  initialState: emptyLedger,
};

/** The ledger as line views, each with its reversed units. */
export const ledgerLines = (ledger: Ledger): LedgerLine[] =>
  ledger.lines.map((line) => ({ ...line, reversedUnits: ledger.reversedUnits.get(line.saleId) ?? 0 }));

/** Every partner's ledger, by MPN ID. */
export type Ledgers = Map<string, Ledger>;

export function evolveLedgers(ledgers: Ledgers, event: SaleEvent): Ledgers {
  const mpnId = event.data.mpnId;
  let ledger = ledgers.get(mpnId);
  if (!ledger) {
    ledger = emptyLedger();
    ledgers.set(mpnId, ledger);
  }
  evolveLedger(ledger, event);
  return ledgers;
}
