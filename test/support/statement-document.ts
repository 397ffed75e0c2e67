import type { PartnerStatementDocument } from '../../functions/application/partner-statements.js';

/**
 * A partner's statement paid on its first close (20 units of M365-E5, CAD 800.00), since when 8 of
 * those units were reversed (a clawback of CAD 320.00) and a late sale earned CAD 1,600.00: CAD
 * 1,280.00 is left to pay, held while finance confirms a change of the payment details.
 */
export const paidThenChanged = (
  overrides: Partial<PartnerStatementDocument> = {},
): PartnerStatementDocument => ({
  campaignId: 'e5-upsell',
  campaignName: 'Microsoft 365 E5 upsell',
  mpnId: '1234567',
  companyName: 'Northwind Traders',
  asOf: '2026-11-01T00:00:00Z',
  period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
  registrationStatus: 'approved',
  eligibleUnits: 52,
  count: 2,
  amountCents: 208_000,
  potentialCents: 208_000,
  lines: [
    {
      saleId: 'S-1',
      sku: 'M365-E5',
      units: 12,
      amountCents: 48_000,
      soldAt: '2026-07-10T14:00:00Z',
      customerId: 'contoso',
      rateCents: 4000,
    },
    {
      saleId: 'S-2',
      sku: 'M365-E5',
      units: 40,
      amountCents: 160_000,
      soldAt: '2026-08-01T02:00:00Z',
      customerId: 'fabrikam',
      rateCents: 4000,
    },
  ],
  excluded: [
    {
      saleId: 'S-3',
      sku: 'M365-E5',
      units: 3,
      soldAt: '2026-08-02T14:00:00Z',
      customerId: 'fabrikam',
      reason: 'below-minimum-units',
      explanation: 'It has fewer net units than the minimum per sale.',
    },
  ],
  outsidePeriod: [
    {
      saleId: 'S-7',
      sku: 'M365-E5',
      units: 9,
      soldAt: '2026-10-05T14:00:00Z',
      customerId: 'tailspin',
      when: 'after-period',
      otherCampaigns: [],
    },
  ],
  adjustments: [],
  clawbacks: [
    {
      saleId: 'S-1',
      sku: 'M365-E5',
      units: 8,
      amountCents: -32_000,
      reason: 'units-reversed',
      explanation: '8 units were reversed after the payment.',
    },
  ],
  totals: {
    earnedCents: 208_000,
    adjustmentsCents: 0,
    totalCents: 208_000,
    issuedCents: 80_000,
    dueCents: 128_000,
    clawbackCents: 0,
  },
  payment: {
    status: 'unprocessed',
    holds: ['payment-profile-changed'],
    closedAsOf: '2026-10-31T00:00:00Z',
    sent: [{ reference: 'EFT-1', amountCents: 80_000, issuedAt: '2026-10-03T15:00:00Z' }],
  },
  ...overrides,
});

/** The same statement once more was paid than it now totals: CAD 320.00 to recover. */
export const overpaid = () =>
  paidThenChanged({
    totals: {
      earnedCents: 48_000,
      adjustmentsCents: 0,
      totalCents: 48_000,
      issuedCents: 80_000,
      dueCents: 0,
      clawbackCents: 32_000,
    },
  });
