import { describe, expect, it } from 'vitest';
import { CampaignTerms } from '../../events/campaign-terms.js';
import { dollarPerSkuTerms, frequencyTerms } from '../support/fixtures.js';

const problems = (input: unknown) => {
  const result = CampaignTerms.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Campaign terms', () => {
  it('accepts the terms of both campaign types', () => {
    expect(problems(dollarPerSkuTerms())).toEqual([]);
    expect(problems(frequencyTerms())).toEqual([]);
  });

  it('makes the defaults of docs/incentive-rules.md explicit', () => {
    const { eligibleLicenseTypes, minUnitsPerSale, minUnitsPerPartner, ...bare } = frequencyTerms();
    const { newCustomerLookbackDays, ...withoutLookback } = bare;
    expect(CampaignTerms.parse(withoutLookback)).toMatchObject({
      eligibleLicenseTypes: [],
      minUnitsPerSale: 1,
      minUnitsPerPartner: 0,
      newCustomerLookbackDays: 365,
    });
  });

  it.each([
    [
      'a period that ends before it starts',
      { period: { start: '2026-10-01T00:00:00Z', end: '2026-07-01T00:00:00Z' } },
      'period.end',
    ],
    ['a deadline after the period', { registrationDeadline: '2026-10-02T00:00:00Z' }, 'registrationDeadline'],
    ['an amount in dollars', { rateCard: [{ sku: 'M365-E5', amountCents: 40.5 }] }, 'rateCard.0.amountCents'],
    [
      'a SKU listed twice',
      {
        rateCard: [
          { sku: 'A', amountCents: 1 },
          { sku: 'A', amountCents: 2 },
        ],
      },
      'rateCard',
    ],
    ['another currency', { currency: 'USD' }, 'currency'],
    ['a misspelt field', { maxPayoutCentPerPartner: 5 }, ''],
    ['a campaign id that is not a slug', { campaignId: 'M365 Upsell' }, 'campaignId'],
  ])('refuses %s, naming the field', (_, overrides, path) => {
    const found = problems({ ...dollarPerSkuTerms(), ...overrides });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(`${path}:`))).toBe(true);
  });

  it('refuses tiers that pay less for a higher threshold', () =>
    expect(
      problems(
        frequencyTerms({
          tiers: [
            { threshold: 3, amountCents: 9 },
            { threshold: 5, amountCents: 8 },
          ],
        }),
      ),
    ).toEqual(['tiers: must not pay less for a higher threshold']));

  it('refuses an unknown campaign type', () =>
    expect(problems({ ...dollarPerSkuTerms(), type: 'perCustomer' })).toEqual([
      "type: type must be 'dollarPerSku' or 'frequency'",
    ]));
});
