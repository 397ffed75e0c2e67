import type { CampaignTerms, DollarPerSkuTerms, FrequencyTerms } from '../../events/campaign-terms.js';
import type { EventOfType } from '../../events/catalog.js';
import type { SaleLine } from '../../events/sales.js';

/** Small builders for the test data the specifications share. */

export const MPN = '1234567';
export const OTHER_MPN = '7654321';
export const SHA_V1 = 'a'.repeat(64);
export const SHA_V2 = 'b'.repeat(64);

const commonTerms = {
  currency: 'CAD',
  period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
  registrationDeadline: '2026-09-15T04:00:00Z',
  minUnitsPerSale: 1,
  minUnitsPerPartner: 0,
} as const;

export const dollarPerSkuTerms = (overrides: Partial<DollarPerSkuTerms> = {}): DollarPerSkuTerms => ({
  ...commonTerms,
  eligibleLicenseTypes: [],
  campaignId: 'm365-upsell',
  name: 'Microsoft 365 E5 upsell',
  type: 'dollarPerSku',
  rateCard: [
    { sku: 'M365-E5', amountCents: 4000 },
    { sku: 'M365-E3', amountCents: 1500 },
  ],
  ...overrides,
});

export const frequencyTerms = (overrides: Partial<FrequencyTerms> = {}): FrequencyTerms => ({
  ...commonTerms,
  eligibleLicenseTypes: [],
  campaignId: 'new-logo',
  name: 'New customers',
  type: 'frequency',
  metric: 'transactions',
  eligibleSkus: ['M365-BP', 'M365-E3'],
  tiers: [
    { threshold: 3, amountCents: 75_000 },
    { threshold: 5, amountCents: 150_000 },
  ],
  newCustomerLookbackDays: 365,
  ...overrides,
});

export const campaignPublished = (
  terms: CampaignTerms = dollarPerSkuTerms(),
  termsSha256 = SHA_V1,
): EventOfType<'CampaignPublished'> => ({
  type: 'CampaignPublished',
  data: {
    campaignId: terms.campaignId,
    terms,
    termsText: 'The T&Cs.',
    termsSha256,
    publishedAt: '2026-06-01T00:00:00Z',
  },
});

let saleCounter = 0;
export const saleLine = (overrides: Partial<SaleLine> = {}): SaleLine => ({
  saleId: `INV-${1000 + saleCounter++}`,
  mpnId: MPN,
  customerId: 'cust-a',
  sku: 'M365-E5',
  quantity: 10,
  licenseType: 'Open',
  soldAt: '2026-07-10T14:00:00Z',
  ...overrides,
});
