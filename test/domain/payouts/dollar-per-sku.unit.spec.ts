import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '../../../domain/payouts/statement.js';
import type { DollarPerSkuTerms } from '../../../events/campaign-terms.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';
import { type LineSpec, statementFor } from '../../support/ledger.js';

// Rates: M365-E5 4000 cents, M365-E3 1500 cents. Period [2026-07-01T04:00Z, 2026-10-01T04:00Z).
const terms = dollarPerSkuTerms;

describe('Dollar per SKU: what a line pays', () => {
  it('pays net units times the SKU rate, and sums the lines', () => {
    const s = statementFor(terms(), [
      { saleId: 'A', sku: 'M365-E5', quantity: 10 },
      { saleId: 'B', sku: 'M365-E3', quantity: 20, reversedUnits: 4, soldAt: '2026-08-01T00:00:00Z' },
    ]);
    expect(s.lines).toEqual([
      { saleId: 'A', sku: 'M365-E5', units: 10, amountCents: 40_000 },
      { saleId: 'B', sku: 'M365-E3', units: 16, amountCents: 24_000 },
    ]);
    expect(s).toMatchObject({
      amountCents: 64_000,
      potentialCents: 64_000,
      eligibleUnits: 26,
      count: 2,
      excluded: [],
    });
  });

  it('pays a SKU listed at zero cents as a line of zero', () =>
    expect(
      statementFor(terms({ rateCard: [{ sku: 'M365-E5', amountCents: 0 }] }), [{ saleId: 'A' }]).lines,
    ).toEqual([{ saleId: 'A', sku: 'M365-E5', units: 10, amountCents: 0 }]));
});

describe('Dollar per SKU: the period', () => {
  it.each([
    ['counts a sale at the first instant of the period', '2026-07-01T04:00:00Z', 1],
    ['counts a sale at the last millisecond of the period', '2026-10-01T03:59:59.999Z', 1],
    ['ignores a sale at the instant the period ends', '2026-10-01T04:00:00Z', 0],
    ['ignores a sale just before the period starts', '2026-07-01T03:59:59.999Z', 0],
  ])('%s', (_, soldAt, lines) => {
    const s = statementFor(terms(), [{ saleId: 'A', soldAt }]);
    expect(s.lines).toHaveLength(lines);
    // Lines outside the period are neither paid nor explained: they are not part of the campaign.
    expect(s.excluded).toEqual([]);
  });
});

describe('Dollar per SKU: why a line earned nothing', () => {
  it.each<[ExclusionReason, Partial<DollarPerSkuTerms>, Partial<LineSpec>]>([
    ['licence-not-eligible', { eligibleLicenseTypes: ['Open'] }, { licenseType: 'CSP' }],
    ['sku-not-eligible', {}, { sku: 'AZ-CREDIT' }],
    ['fully-reversed', {}, { reversedUnits: 10 }],
    ['below-minimum-units', { minUnitsPerSale: 5 }, { quantity: 4 }],
    ['below-minimum-units', { minUnitsPerSale: 5 }, { quantity: 8, reversedUnits: 4 }],
  ])('%s', (reason, termOverrides, line) => {
    const s = statementFor(terms(termOverrides), [{ saleId: 'A', ...line }]);
    expect(s.excluded).toEqual([{ saleId: 'A', reason }]);
    expect(s).toMatchObject({ lines: [], amountCents: 0, count: 0, eligibleUnits: 0 });
  });

  it('treats an empty licence list as every licence type', () =>
    expect(
      statementFor(terms({ eligibleLicenseTypes: [] }), [{ saleId: 'A', licenseType: 'CSP' }]).lines,
    ).toHaveLength(1));

  it('pays a line at exactly the minimum units per sale', () =>
    expect(statementFor(terms({ minUnitsPerSale: 5 }), [{ saleId: 'A', quantity: 5 }]).amountCents).toBe(
      20_000,
    ));

  it('requires at least one net unit even with a minimum of zero', () =>
    expect(
      statementFor(terms({ minUnitsPerSale: 0 }), [{ saleId: 'A', reversedUnits: 10 }]).excluded,
    ).toEqual([{ saleId: 'A', reason: 'fully-reversed' }]));

  it('gives the first reason in the rules order when several apply', () => {
    const s = statementFor(terms({ eligibleLicenseTypes: ['Open'], minUnitsPerSale: 5 }), [
      { saleId: 'A', licenseType: 'CSP', sku: 'AZ-CREDIT', reversedUnits: 10 },
      { saleId: 'B', sku: 'AZ-CREDIT', reversedUnits: 10 },
      { saleId: 'C', quantity: 3, reversedUnits: 3 },
    ]);
    expect(s.excluded).toEqual([
      { saleId: 'A', reason: 'licence-not-eligible' },
      { saleId: 'B', reason: 'sku-not-eligible' },
      { saleId: 'C', reason: 'fully-reversed' },
    ]);
  });

  it('lists exclusions by sale id, whatever their dates', () => {
    const s = statementFor(terms(), [
      { saleId: 'Z', sku: 'X', soldAt: '2026-07-02T00:00:00Z' },
      { saleId: 'M', sku: 'X', soldAt: '2026-07-03T00:00:00Z' },
      { saleId: 'A', sku: 'X', soldAt: '2026-07-04T00:00:00Z' },
    ]);
    expect(s.excluded.map((e) => e.saleId)).toEqual(['A', 'M', 'Z']);
  });
});

describe('Dollar per SKU: the partner minimum', () => {
  it('pays nothing below the minimum, and says so on every eligible line', () => {
    const s = statementFor(terms({ minUnitsPerPartner: 21 }), [
      { saleId: 'A', quantity: 10 },
      { saleId: 'B', quantity: 10 },
      { saleId: 'C', sku: 'AZ-CREDIT' },
    ]);
    expect(s.excluded).toEqual([
      { saleId: 'A', reason: 'below-partner-minimum' },
      { saleId: 'B', reason: 'below-partner-minimum' },
      { saleId: 'C', reason: 'sku-not-eligible' },
    ]);
    expect(s).toMatchObject({ amountCents: 0, potentialCents: 0, count: 0, lines: [], eligibleUnits: 20 });
  });

  it('pays at exactly the minimum', () =>
    expect(
      statementFor(terms({ minUnitsPerPartner: 20 }), [{ saleId: 'A' }, { saleId: 'B' }]).amountCents,
    ).toBe(80_000));
});

describe('Dollar per SKU: caps', () => {
  it('pays the line that reaches the unit cap in part, and nothing after it', () => {
    const s = statementFor(terms({ maxUnitsPerPartner: 15 }), [
      { saleId: 'A', quantity: 10, soldAt: '2026-07-02T00:00:00Z' },
      { saleId: 'B', quantity: 10, soldAt: '2026-07-03T00:00:00Z' },
      { saleId: 'C', quantity: 10, soldAt: '2026-07-04T00:00:00Z' },
    ]);
    expect(s.lines).toEqual([
      { saleId: 'A', sku: 'M365-E5', units: 10, amountCents: 40_000 },
      { saleId: 'B', sku: 'M365-E5', units: 5, amountCents: 20_000 },
    ]);
    expect(s.excluded).toEqual([{ saleId: 'C', reason: 'unit-cap-reached' }]);
    expect(s).toMatchObject({ amountCents: 60_000, count: 2, eligibleUnits: 30 });
  });

  it('breaks ties on soldAt by sale id when the cap decides who is paid', () => {
    const sameInstant = '2026-07-02T00:00:00Z';
    const s = statementFor(terms({ maxUnitsPerPartner: 10 }), [
      { saleId: 'B', sku: 'M365-E3', soldAt: sameInstant },
      { saleId: 'A', sku: 'M365-E5', soldAt: sameInstant },
    ]);
    expect(s.lines.map((l) => l.saleId)).toEqual(['A']);
    expect(s.excluded).toEqual([{ saleId: 'B', reason: 'unit-cap-reached' }]);
  });

  it('caps the total, keeping each line at what it earned', () => {
    const s = statementFor(terms({ maxPayoutCentsPerPartner: 50_000 }), [{ saleId: 'A' }, { saleId: 'B' }]);
    expect(s.lines.map((l) => l.amountCents)).toEqual([40_000, 40_000]);
    expect(s).toMatchObject({ amountCents: 50_000, potentialCents: 50_000 });
  });

  it('lists paid lines by soldAt, then sale id', () => {
    const s = statementFor(terms(), [
      { saleId: 'C', soldAt: '2026-07-03T00:00:00Z' },
      { saleId: 'B', soldAt: '2026-07-02T00:00:00Z' },
      { saleId: 'A', soldAt: '2026-07-03T00:00:00Z' },
    ]);
    expect(s.lines.map((l) => l.saleId)).toEqual(['B', 'A', 'C']);
  });
});

describe('Dollar per SKU: the registration', () => {
  const lines = [{ saleId: 'A' }, { saleId: 'B', licenseType: 'CSP' }];
  const strict = terms({ eligibleLicenseTypes: ['Open'] });

  it('reports what approval would pay while pending', () =>
    expect(statementFor(strict, lines, 'pending')).toMatchObject({
      registrationStatus: 'pending',
      amountCents: 0,
      potentialCents: 40_000,
      count: 1,
    }));

  it.each(['rejected', 'expired'] as const)(
    'pays nothing and promises nothing when %s, but still explains the lines',
    (status) =>
      expect(statementFor(strict, lines, status)).toMatchObject({
        registrationStatus: status,
        amountCents: 0,
        potentialCents: 0,
        eligibleUnits: 10,
        count: 1,
        lines: [{ saleId: 'A', units: 10, amountCents: 40_000 }],
        excluded: [{ saleId: 'B', reason: 'licence-not-eligible' }],
      }),
  );
});
