import { describe, expect, it } from 'vitest';
import { frequencyTerms } from '../../support/fixtures.js';
import { inJuly as inPeriod, oneUnitSales as lines, statementFor } from '../../support/ledger.js';

// Tiers: 3 lines or customers pay 75,000 cents; 5 pay 150,000. Period starts 2026-07-01T04:00Z.
const transactions = (o = {}) => frequencyTerms({ metric: 'transactions', ...o });
const newCustomers = (o = {}) => frequencyTerms({ metric: 'newCustomers', ...o });

describe('Frequency on transactions', () => {
  it.each([
    [2, 0],
    [3, 75_000],
    [4, 75_000],
    [5, 150_000],
    [9, 150_000],
  ])('with %i eligible lines pays %i cents: the highest tier reached, tiers never add up', (n, cents) => {
    const s = statementFor(transactions(), lines(n));
    expect(s).toMatchObject({ count: n, amountCents: cents, potentialCents: cents, eligibleUnits: n });
  });

  it('lists the counted lines with their units and no amount of their own', () =>
    expect(statementFor(transactions(), lines(2, { quantity: 4 })).lines).toEqual([
      { saleId: 'S1', sku: 'M365-E3', units: 4, amountCents: 0 },
      { saleId: 'S2', sku: 'M365-E3', units: 4, amountCents: 0 },
    ]));

  it('reads tiers in any order', () =>
    expect(
      statementFor(
        transactions({
          tiers: [
            { threshold: 5, amountCents: 150_000 },
            { threshold: 3, amountCents: 75_000 },
          ],
        }),
        lines(4),
      ).amountCents,
    ).toBe(75_000));

  it('does not count lines that are ineligible', () => {
    const s = statementFor(transactions({ eligibleLicenseTypes: ['Open'] }), [
      ...lines(3),
      { saleId: 'X1', sku: 'AZ-CREDIT', soldAt: inPeriod(20) },
      { saleId: 'X2', sku: 'M365-E3', licenseType: 'CSP', soldAt: inPeriod(21) },
      { saleId: 'X3', sku: 'M365-E3', quantity: 2, reversedUnits: 2, soldAt: inPeriod(22) },
    ]);
    expect(s.count).toBe(3);
    expect(s.excluded).toEqual([
      { saleId: 'X1', reason: 'sku-not-eligible' },
      { saleId: 'X2', reason: 'licence-not-eligible' },
      { saleId: 'X3', reason: 'fully-reversed' },
    ]);
  });

  it('caps the tier amount', () =>
    expect(statementFor(transactions({ maxPayoutCentsPerPartner: 100_000 }), lines(5)).amountCents).toBe(
      100_000,
    ));

  it('pays nothing under the partner minimum of units', () => {
    const s = statementFor(transactions({ minUnitsPerPartner: 4 }), lines(3));
    expect(s).toMatchObject({ count: 0, amountCents: 0, lines: [] });
    expect(s.excluded.every((e) => e.reason === 'below-partner-minimum')).toBe(true);
  });
});

describe('Frequency on new customers', () => {
  const START = '2026-07-01T04:00:00Z';
  const LOOKBACK_START = '2025-07-01T04:00:00Z'; // 365 days before the period

  it('counts each new customer once, on its first eligible line', () => {
    const s = statementFor(newCustomers(), [
      { saleId: 'A', customerId: 'new-1', sku: 'M365-E3', soldAt: inPeriod(2) },
      { saleId: 'B', customerId: 'new-1', sku: 'M365-BP', soldAt: inPeriod(3) },
      { saleId: 'C', customerId: 'new-2', sku: 'M365-E3', soldAt: inPeriod(4) },
    ]);
    expect(s.lines.map((l) => l.saleId)).toEqual(['A', 'C']);
    expect(s.excluded).toEqual([{ saleId: 'B', reason: 'customer-already-counted' }]);
    expect(s).toMatchObject({ count: 2, eligibleUnits: 30 });
  });

  it.each([
    ['a customer who bought at the first instant of the lookback is existing', LOOKBACK_START, 'existing'],
    ['a customer who bought just before the lookback is new', '2025-07-01T03:59:59.999Z', 'new'],
    [
      'a customer who bought at the last instant before the period is existing',
      '2026-07-01T03:59:59.999Z',
      'existing',
    ],
  ])('%s', (_, earlierSale, verdict) => {
    const s = statementFor(newCustomers(), [
      { saleId: 'OLD', customerId: 'c1', sku: 'M365-E3', soldAt: earlierSale },
      { saleId: 'NOW', customerId: 'c1', sku: 'M365-E3', soldAt: inPeriod(2) },
    ]);
    expect(s.count).toBe(verdict === 'new' ? 1 : 0);
    expect(s.excluded).toEqual(verdict === 'new' ? [] : [{ saleId: 'NOW', reason: 'existing-customer' }]);
  });

  it('makes a customer existing through any earlier line, of any SKU or licence', () => {
    const s = statementFor(newCustomers({ eligibleLicenseTypes: ['Open'] }), [
      {
        saleId: 'OLD',
        customerId: 'c1',
        sku: 'AZ-CREDIT',
        licenseType: 'CSP',
        soldAt: '2026-03-01T00:00:00Z',
      },
      { saleId: 'NOW', customerId: 'c1', sku: 'M365-E3', soldAt: inPeriod(2) },
    ]);
    expect(s.excluded).toEqual([{ saleId: 'NOW', reason: 'existing-customer' }]);
  });

  it('makes a customer existing even through an earlier line that was reversed since', () => {
    const s = statementFor(newCustomers(), [
      { saleId: 'OLD', customerId: 'c1', sku: 'M365-E3', reversedUnits: 10, soldAt: '2026-03-01T00:00:00Z' },
      { saleId: 'NOW', customerId: 'c1', sku: 'M365-E3', soldAt: inPeriod(2) },
    ]);
    expect(s.excluded).toEqual([{ saleId: 'NOW', reason: 'existing-customer' }]);
  });

  it('looks back over nothing when the lookback is zero days', () =>
    expect(
      statementFor(newCustomers({ newCustomerLookbackDays: 0 }), [
        { saleId: 'OLD', customerId: 'c1', sku: 'M365-E3', soldAt: '2026-06-30T00:00:00Z' },
        { saleId: 'NOW', customerId: 'c1', sku: 'M365-E3', soldAt: inPeriod(2) },
      ]).count,
    ).toBe(1));

  it('counts a new customer on a later line when its first line was fully reversed', () => {
    const s = statementFor(newCustomers(), [
      { saleId: 'A', customerId: 'c1', sku: 'M365-E3', reversedUnits: 10, soldAt: inPeriod(2) },
      { saleId: 'B', customerId: 'c1', sku: 'M365-E3', soldAt: inPeriod(3) },
    ]);
    expect(s.lines.map((l) => l.saleId)).toEqual(['B']);
    expect(s.excluded).toEqual([{ saleId: 'A', reason: 'fully-reversed' }]);
  });

  it('ignores the start of the period for the lookback: a sale at the start is in the period', () =>
    expect(
      statementFor(newCustomers(), [{ saleId: 'A', customerId: 'c1', sku: 'M365-E3', soldAt: START }]).count,
    ).toBe(1));
});
