import { describe, expect, it } from 'vitest';
import { clawbacksSince } from '../../../domain/payouts/partner-statement.js';
import type { Statement } from '../../../domain/payouts/statement.js';

const statement = (amountCents: number, lines: Statement['lines']): Statement => ({
  campaignId: 'c',
  mpnId: '1234567',
  registrationStatus: 'approved',
  eligibleUnits: 0,
  count: lines.length,
  amountCents,
  potentialCents: amountCents,
  lines,
  excluded: [],
});

describe('Clawback lines since the statement that was paid', () => {
  it('show each line that lost units or stopped earning, saying which', () => {
    const paid = statement(60_000, [
      { saleId: 'A', sku: 'E5', units: 10, amountCents: 40_000 },
      { saleId: 'B', sku: 'E3', units: 4, amountCents: 20_000 },
    ]);
    const now = statement(16_000, [{ saleId: 'A', sku: 'E5', units: 4, amountCents: 16_000 }]);
    expect(clawbacksSince(paid, now)).toEqual([
      {
        saleId: 'A',
        sku: 'E5',
        units: 6,
        amountCents: -24_000,
        reason: 'units-reversed',
        explanation: '6 units were reversed after the payment.',
      },
      {
        saleId: 'B',
        sku: 'E3',
        units: 4,
        amountCents: -20_000,
        reason: 'line-reversed',
        explanation: 'The line no longer earns: it was reversed after the payment.',
      },
    ]);
  });

  it('explain a lower tier, where lines earn nothing of their own, with one line for the difference', () => {
    const paid = statement(150_000, [{ saleId: 'A', sku: 'BP', units: 1, amountCents: 0 }]);
    const now = statement(75_000, [{ saleId: 'A', sku: 'BP', units: 1, amountCents: 0 }]);
    expect(clawbacksSince(paid, now)).toMatchObject([{ amountCents: -75_000, reason: 'lower-tier-or-cap' }]);
  });

  it('are none when nothing earns less', () => {
    const paid = statement(40_000, [{ saleId: 'A', sku: 'E5', units: 10, amountCents: 40_000 }]);
    expect(clawbacksSince(paid, paid)).toEqual([]);
  });
});
