import { describe, expect, it } from 'vitest';
import { linesInDetail, salesOutsidePeriod } from '../../../domain/payouts/statement-sales.js';
import { dollarPerSkuTerms, frequencyTerms } from '../../support/fixtures.js';
import { ledgerLine, ledgerOf, statementFor } from '../../support/ledger.js';

// The period runs from 2026-07-01T04:00Z to 2026-10-01T04:00Z.
const terms = dollarPerSkuTerms({ campaignId: 'q3', minUnitsPerSale: 5 });
const sold = [
  { saleId: 'S-1', sku: 'M365-E5', quantity: 10, customerId: 'contoso', soldAt: '2026-07-10T14:00:00Z' },
  { saleId: 'S-2', sku: 'M365-E5', quantity: 6, reversedUnits: 3, soldAt: '2026-07-11T14:00:00Z' },
  { saleId: 'EARLY', sku: 'M365-E3', quantity: 2, soldAt: '2026-06-30T14:00:00Z' },
  { saleId: 'LATE', sku: 'M365-E5', quantity: 9, customerId: 'tailspin', soldAt: '2026-10-05T14:00:00Z' },
  { saleId: 'EDGE', sku: 'M365-E5', quantity: 1, soldAt: '2026-10-01T04:00:00Z' },
];
const ledger = ledgerOf(sold.map(ledgerLine));

describe('A statement’s lines in detail', () => {
  const detailed = linesInDetail(terms, ledger, statementFor(terms, sold));

  it('give each paid line its sale’s date and customer, and the rate a unit earned', () =>
    expect(detailed.lines).toEqual([
      {
        saleId: 'S-1',
        sku: 'M365-E5',
        units: 10,
        amountCents: 40_000,
        soldAt: '2026-07-10T14:00:00Z',
        customerId: 'contoso',
        rateCents: 4000,
      },
    ]));

  it('give each line that earned nothing its sale’s facts and its net units', () =>
    expect(detailed.excluded).toEqual([
      {
        saleId: 'S-2',
        sku: 'M365-E5',
        units: 3,
        soldAt: '2026-07-11T14:00:00Z',
        customerId: 'cust-a',
        reason: 'below-minimum-units',
      },
    ]));

  it('give a counted line of a frequency campaign no rate of its own: the tier pays', () => {
    const tiers = frequencyTerms();
    const lines = [{ saleId: 'F-1', sku: 'M365-E3', quantity: 1 }];
    const [line] = linesInDetail(tiers, ledgerOf(lines.map(ledgerLine)), statementFor(tiers, lines)).lines;
    expect(line).not.toHaveProperty('rateCents');
  });
});

describe('The sales outside a campaign’s period', () => {
  it('are every sale dated before or after it, in sale order, the end itself being after', () =>
    expect(salesOutsidePeriod(terms, ledger, [])).toEqual([
      {
        saleId: 'EARLY',
        sku: 'M365-E3',
        units: 2,
        soldAt: '2026-06-30T14:00:00Z',
        customerId: 'cust-a',
        when: 'before-period',
        otherCampaigns: [],
      },
      {
        saleId: 'EDGE',
        sku: 'M365-E5',
        units: 1,
        soldAt: '2026-10-01T04:00:00Z',
        customerId: 'cust-a',
        when: 'after-period',
        otherCampaigns: [],
      },
      {
        saleId: 'LATE',
        sku: 'M365-E5',
        units: 9,
        soldAt: '2026-10-05T14:00:00Z',
        customerId: 'tailspin',
        when: 'after-period',
        otherCampaigns: [],
      },
    ]));

  it('name the partner’s other campaigns whose period holds each, never this one', () => {
    const q4 = { campaignId: 'q4', period: { start: '2026-10-01T04:00:00Z', end: '2027-01-01T05:00:00Z' } };
    const october = {
      campaignId: 'october',
      period: { start: '2026-10-01T04:00:00Z', end: '2026-11-01T04:00:00Z' },
    };
    const self = { campaignId: 'q3', period: { start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' } };
    const outside = salesOutsidePeriod(terms, ledger, [q4, october, self]);
    expect(outside.map((sale) => [sale.saleId, sale.otherCampaigns])).toEqual([
      ['EARLY', []],
      ['EDGE', ['october', 'q4']],
      ['LATE', ['october', 'q4']],
    ]);
  });
});
