import * as z from 'zod';
import { CampaignId, Cents, LicenseType, SingleLineText, Sku, Text } from './fields.js';
import { Instant, instantMs } from './instant.js';

/** The terms of a campaign as docs/incentive-rules.md defines them; defaults are made explicit on parse. */

const Period = z
  .strictObject({ start: Instant, end: Instant })
  .refine((p) => instantMs(p.start) < instantMs(p.end), {
    message: 'period.start must be before period.end',
    path: ['end'],
  });

const Units = z.number().int({ message: 'must be a whole number of units' }).min(0).max(1_000_000_000);

const commonTerms = {
  campaignId: CampaignId,
  name: Text(200),
  currency: z.literal('CAD', { message: "must be 'CAD'" }),
  period: Period,
  registrationDeadline: Instant,
  eligibleLicenseTypes: z.array(LicenseType).max(50).default([]),
  minUnitsPerSale: Units.default(1),
  minUnitsPerPartner: Units.default(0),
  maxPayoutCentsPerPartner: Cents.optional(),
};

const unique = <T>(values: T[]) => new Set(values).size === values.length;

const RateCardEntry = z.strictObject({ sku: Sku, amountCents: Cents.max(100_000_000) });

export const DollarPerSkuTerms = z.strictObject({
  ...commonTerms,
  type: z.literal('dollarPerSku'),
  rateCard: z
    .array(RateCardEntry)
    .min(1, { message: 'must list at least one SKU' })
    .max(1000)
    .refine((card) => unique(card.map((entry) => entry.sku)), { message: 'must list each SKU once' }),
  maxUnitsPerPartner: Units.optional(),
});

const Tier = z.strictObject({
  threshold: z.number().int().min(1).max(1_000_000),
  amountCents: Cents,
});

export const FrequencyTerms = z.strictObject({
  ...commonTerms,
  type: z.literal('frequency'),
  metric: z.enum(['transactions', 'newCustomers']),
  eligibleSkus: z
    .array(Sku)
    .min(1, { message: 'must list at least one SKU' })
    .max(1000)
    .refine(unique, { message: 'must list each SKU once' }),
  tiers: z
    .array(Tier)
    .min(1, { message: 'must have at least one tier' })
    .max(100)
    .refine((tiers) => unique(tiers.map((tier) => tier.threshold)), {
      message: 'must not repeat a threshold',
    })
    // A higher threshold that paid less would punish selling more, and let a reversal raise a payout.
    .refine(
      (tiers) =>
        [...tiers]
          .sort((a, b) => a.threshold - b.threshold)
          .every(
            (tier, i, sorted) => i === 0 || tier.amountCents >= (sorted[i - 1] as typeof tier).amountCents,
          ),
      { message: 'must not pay less for a higher threshold' },
    ),
  newCustomerLookbackDays: z.number().int().min(0).max(3650).default(365),
});

const campaignTerms = (dollarPerSku: typeof DollarPerSkuTerms, frequency: typeof FrequencyTerms) =>
  z
    .discriminatedUnion('type', [dollarPerSku, frequency], {
      message: "type must be 'dollarPerSku' or 'frequency'",
    })
    .refine((terms) => instantMs(terms.registrationDeadline) <= instantMs(terms.period.end), {
      message: 'registrationDeadline must not be after period.end',
      path: ['registrationDeadline'],
    });

export const CampaignTerms = campaignTerms(DollarPerSkuTerms, FrequencyTerms);

// The name reaches emails and pages, so a program admin publishes it on one line; stored campaigns
// keep reading with `CampaignTerms`, as they were written.
const oneLineName = { name: SingleLineText(200) };

/** The terms as a program admin publishes them. */
export const PublishedTerms = campaignTerms(
  DollarPerSkuTerms.extend(oneLineName),
  FrequencyTerms.extend(oneLineName),
);

export type CampaignTerms = z.output<typeof CampaignTerms>;
export type DollarPerSkuTerms = z.output<typeof DollarPerSkuTerms>;
export type FrequencyTerms = z.output<typeof FrequencyTerms>;
