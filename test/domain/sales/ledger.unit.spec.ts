import { describe, expect, it } from 'vitest';
import {
  emptyLedger,
  evolveLedger,
  evolveLedgers,
  type Ledgers,
  ledgerLines,
  netUnits,
} from '../../../domain/sales/ledger.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import { OTHER_MPN, saleLine } from '../../support/fixtures.js';

const line = saleLine({ saleId: 'INV-1', quantity: 10 });
const recorded: SaleEvent = { type: 'SaleRecorded', data: line };
const reversed = (quantity: number, reversedAt: string): SaleEvent => ({
  type: 'SaleReversed',
  data: { reversalId: `CN-${reversedAt}`, saleId: 'INV-1', mpnId: line.mpnId, quantity, reversedAt },
});

describe("A partner's sales ledger", () => {
  it('holds each line with its net units after all its reversals', () => {
    const ledger = [
      recorded,
      reversed(2, '2026-07-20T00:00:00Z'),
      reversed(3, '2026-07-21T00:00:00Z'),
    ].reduce(evolveLedger, emptyLedger());
    const [entry] = ledgerLines(ledger);
    expect(entry).toMatchObject({ saleId: 'INV-1', quantity: 10, reversedUnits: 5, soldAt: line.soldAt });
    expect(entry && netUnits(entry)).toBe(5);
  });

  it('counts a reversal replayed before its sale all the same', () => {
    const ledger = [reversed(4, '2026-07-20T00:00:00Z'), recorded].reduce(evolveLedger, emptyLedger());
    expect(ledgerLines(ledger)).toMatchObject([{ saleId: 'INV-1', reversedUnits: 4 }]);
  });

  it('keeps partners apart', () => {
    const other: SaleEvent = { type: 'SaleRecorded', data: saleLine({ saleId: 'INV-2', mpnId: OTHER_MPN }) };
    const ledgers = [recorded, other].reduce(evolveLedgers, new Map() as Ledgers);
    expect(ledgers.get(line.mpnId)?.lines.map((l) => l.saleId)).toEqual(['INV-1']);
    expect(ledgers.get(OTHER_MPN)?.lines.map((l) => l.saleId)).toEqual(['INV-2']);
  });
});
