import { describe, expect, it } from 'vitest';
import {
  evolveLedger,
  evolveLedgers,
  type Ledger,
  type Ledgers,
  netUnits,
} from '../../../domain/sales/ledger.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import { OTHER_MPN, saleLine } from '../../support/fixtures.js';

const line = saleLine({ saleId: 'INV-1', quantity: 10 });
const recorded: SaleEvent = { type: 'SaleRecorded', data: line };
const reversed = (quantity: number, reversedAt: string): SaleEvent => ({
  type: 'SaleReversed',
  data: { saleId: 'INV-1', mpnId: line.mpnId, quantity, reversedAt },
});

describe("A partner's sales ledger", () => {
  it('holds each line with its net units after all its reversals', () => {
    const ledger = [
      recorded,
      reversed(2, '2026-07-20T00:00:00Z'),
      reversed(3, '2026-07-21T00:00:00Z'),
    ].reduce(evolveLedger, new Map() as Ledger);
    const entry = ledger.get('INV-1');
    expect(entry).toMatchObject({ saleId: 'INV-1', quantity: 10, reversedUnits: 5, soldAt: line.soldAt });
    expect(entry && netUnits(entry)).toBe(5);
  });

  it('refuses to replay a reversal before its sale', () =>
    expect(() => evolveLedger(new Map(), reversed(1, '2026-07-20T00:00:00Z'))).toThrow(/before the sale/));

  it('keeps partners apart', () => {
    const other: SaleEvent = { type: 'SaleRecorded', data: saleLine({ saleId: 'INV-2', mpnId: OTHER_MPN }) };
    const ledgers = [recorded, other].reduce(evolveLedgers, new Map() as Ledgers);
    expect([...(ledgers.get(line.mpnId)?.keys() ?? [])]).toEqual(['INV-1']);
    expect([...(ledgers.get(OTHER_MPN)?.keys() ?? [])]).toEqual(['INV-2']);
  });
});
