import fc from 'fast-check';
import { CampaignTerms } from '../../events/campaign-terms.js';
import { addMs } from '../../events/instant.js';

/** Generated campaigns and sale lines, for the properties of the payout rules and of their projections. */

export const PERIOD_START = '2026-07-01T04:00:00Z';
export const SKUS = ['M365-E5', 'M365-E3', 'M365-BP', 'AZ-CREDIT'];
export const LICENCES = ['Open', 'OpenValue', 'CSP'];
export const PARTNERS = ['1234567', '7654321', '5555555'];

// Most sales fall inside the 90-day period, some in the lookback before it or after it ends.
const instant = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: 89 }), weight: 4 },
    { arbitrary: fc.integer({ min: -60, max: 120 }), weight: 1 },
  )
  .map((days) => addMs(PERIOD_START, days * 86_400_000 + 3_600_000));

export const termsArbitrary = (options: { uniformRate?: boolean } = {}) =>
  fc
    .record({
      type: fc.constantFrom('dollarPerSku', 'frequency'),
      metric: fc.constantFrom('transactions', 'newCustomers'),
      eligibleLicenseTypes: fc.oneof(fc.constant([]), fc.subarray(LICENCES)),
      minUnitsPerSale: fc.integer({ min: 0, max: 4 }),
      minUnitsPerPartner: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
      maxPayoutCentsPerPartner: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
      maxUnitsPerPartner: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      rates: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 3, maxLength: 3 }),
      eligibleSkus: fc.subarray(SKUS.slice(0, 3), { minLength: 1 }),
      tierAmounts: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 4 }),
      lookbackDays: fc.integer({ min: 0, max: 90 }),
    })
    .map((t) => {
      const common = {
        campaignId: 'generated',
        name: 'Generated',
        currency: 'CAD',
        period: { start: PERIOD_START, end: addMs(PERIOD_START, 90 * 86_400_000) },
        registrationDeadline: PERIOD_START,
        eligibleLicenseTypes: t.eligibleLicenseTypes,
        minUnitsPerSale: t.minUnitsPerSale,
        minUnitsPerPartner: t.minUnitsPerPartner,
        ...(t.maxPayoutCentsPerPartner === undefined
          ? {}
          : { maxPayoutCentsPerPartner: t.maxPayoutCentsPerPartner }),
      };
      const raw =
        t.type === 'dollarPerSku'
          ? {
              ...common,
              type: 'dollarPerSku',
              rateCard: SKUS.slice(0, 3).map((sku, i) => ({
                sku,
                amountCents: options.uniformRate ? (t.rates[0] as number) : (t.rates[i] as number),
              })),
              ...(t.maxUnitsPerPartner === undefined ? {} : { maxUnitsPerPartner: t.maxUnitsPerPartner }),
            }
          : {
              ...common,
              type: 'frequency',
              metric: t.metric,
              eligibleSkus: t.eligibleSkus,
              tiers: [...t.tierAmounts]
                .sort((a, b) => a - b)
                .map((amountCents, i) => ({ threshold: (i + 1) * 2, amountCents })),
              newCustomerLookbackDays: t.lookbackDays,
            };
      return CampaignTerms.parse(raw);
    });

export const lineArbitrary = fc.record({
  customerId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'),
  sku: fc.constantFrom(...SKUS, 'M365-E5', 'M365-E3'),
  licenseType: fc.constantFrom(...LICENCES),
  quantity: fc.integer({ min: 1, max: 12 }),
  soldAt: instant,
  reversals: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
});
