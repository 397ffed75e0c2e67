import type { CampaignTerms } from '../../events/campaign-terms.js';

/** The current quarter-long window, from the first day of this month: campaigns running now. */
function runningPeriod(now: Date) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1));
  const deadline = new Date(end.getTime() - 14 * 86_400_000);
  const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');
  return { period: { start: iso(start), end: iso(end) }, registrationDeadline: iso(deadline) };
}

const termsText = (name: string, body: string) => `${name}: Terms and Conditions

1. Eligibility. Open to resellers in Canada with an active Microsoft Partner Network ID who register
   for this campaign before its registration deadline and are approved.
2. Registration. The partner gives a previously sold agreement number (preferably a Microsoft invoice
   number) and signs this exact version of these terms.
3. Incentive. ${body}
4. Sales. Only sale lines reported by the sales system, sold within the campaign period, count.
   Returns and credit notes reduce the units of the line they reverse.
5. Payment. Incentives are paid in Canadian dollars after the campaign ends. An amount paid that a later
   reversal shows was not earned is recovered from the next payment.
6. Records. Keep a copy of these terms; their SHA-256 digest identifies the version you signed.
`;

/** The two campaigns `npm start` publishes on a new system: one of each kind. */
export function sampleCampaigns(now: Date): { terms: CampaignTerms; termsText: string }[] {
  const window = runningPeriod(now);
  return [
    {
      terms: {
        campaignId: 'm365-e5-upsell',
        name: 'Microsoft 365 E5 upsell',
        type: 'dollarPerSku',
        currency: 'CAD',
        ...window,
        eligibleLicenseTypes: ['Open', 'OpenValue', 'CSP'],
        minUnitsPerSale: 1,
        minUnitsPerPartner: 0,
        maxPayoutCentsPerPartner: 5_000_000,
        rateCard: [
          { sku: 'M365-E5', amountCents: 4000 },
          { sku: 'M365-E3', amountCents: 1500 },
          { sku: 'D365-SALES', amountCents: 6000 },
        ],
        maxUnitsPerPartner: 1000,
      },
      termsText: termsText(
        'Microsoft 365 E5 upsell',
        'CAD 40.00 per M365-E5 unit, CAD 15.00 per M365-E3 unit and CAD 60.00 per D365-SALES unit sold under Open, Open Value or CSP licensing, up to 1,000 units and CAD 50,000.00 per partner.',
      ),
    },
    {
      terms: {
        campaignId: 'new-customers',
        name: 'New customers',
        type: 'frequency',
        currency: 'CAD',
        ...window,
        eligibleLicenseTypes: [],
        minUnitsPerSale: 1,
        minUnitsPerPartner: 0,
        metric: 'newCustomers',
        eligibleSkus: ['M365-BP', 'M365-E3', 'M365-E5'],
        tiers: [
          { threshold: 3, amountCents: 75_000 },
          { threshold: 5, amountCents: 150_000 },
          { threshold: 10, amountCents: 400_000 },
        ],
        newCustomerLookbackDays: 365,
      },
      termsText: termsText(
        'New customers',
        'CAD 750.00 for 3 new customers, CAD 1,500.00 for 5 and CAD 4,000.00 for 10, counting customers who bought Microsoft 365 from the partner for the first time in 365 days. Tiers do not add up.',
      ),
    },
  ];
}
