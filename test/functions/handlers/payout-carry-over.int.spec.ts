import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const MPN = '6300001';
let api: ApiHarness;
let partner: string;

const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });

/** One partner, approved in two campaigns, each earning less than the CAD 200 minimum on its own. */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  partner = await logIn(api, MPN);
  // Each campaign pays for one SKU: E3 seats in small-a, E5 seats in small-b.
  const campaigns = [
    { campaignId: 'small-a', rateCard: [{ sku: 'M365-E3', amountCents: 1500 }] },
    { campaignId: 'small-b', rateCard: [{ sku: 'M365-E5', amountCents: 4000 }] },
  ];
  for (const { campaignId, rateCard } of campaigns) {
    await publish(api, dollarPerSkuTerms({ campaignId, rateCard }));
    expect((await register(api, partner, campaignId, sha256Hex(TERMS_TEXT))).status).toBe(202);
    const link = await approvalToken(api, campaignId, MPN);
    expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(
      200,
    );
  }
  const lines = [
    saleLine({ saleId: 'CA-1', mpnId: MPN, sku: 'M365-E3', quantity: 3, soldAt: '2026-07-20T00:00:00Z' }),
    saleLine({ saleId: 'CB-1', mpnId: MPN, sku: 'M365-E5', quantity: 4, soldAt: '2026-07-21T00:00:00Z' }),
  ];
  api.clock.set('2026-07-25T13:00:00Z');
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    {
      accepted: 2,
    },
  );
  const profile = {
    legalName: 'Partner 6300001 Ltd.',
    remittanceEmail: 'ap@partner.example',
    bankReference: 'VENDOR-P-63',
  };
  expect((await api.call('PUT', '/partners/payment-profile', { token: partner, body: profile })).status).toBe(
    200,
  );
  api.clock.set('2026-10-15T12:00:00Z');
});
afterAll(() => api.close());

describe('The minimum payout', () => {
  it('carries a small amount over, and pays it with the partner’s next payment run that clears the minimum', async () => {
    expect((await finance('POST', '/payouts/close', { campaignId: 'small-a' })).status).toBe(200);
    expect((await finance('POST', '/payouts/schedule', { campaignId: 'small-a' })).body).toEqual({
      campaignId: 'small-a',
      payments: [
        { registrationId: `small-a--${MPN}`, mpnId: MPN, outcome: 'held', reason: 'below-minimum-payout' },
      ],
    });
    expect((await finance('GET', '/payouts?campaignId=small-a')).body).toMatchObject({
      payouts: [{ status: 'unprocessed', holds: ['below-minimum-payout'], dueCents: 4_500 }],
    });

    expect((await finance('POST', '/payouts/close', { campaignId: 'small-b' })).status).toBe(200);
    expect((await finance('GET', '/payouts?campaignId=small-a')).body).toMatchObject({
      payouts: [{ status: 'unprocessed', holds: [], dueCents: 4_500 }],
    });
    expect((await finance('POST', '/payouts/schedule', { campaignId: 'small-b' })).body).toEqual({
      campaignId: 'small-b',
      payments: [
        { registrationId: `small-b--${MPN}`, mpnId: MPN, outcome: 'scheduled', amountCents: 16_000 },
        { registrationId: `small-a--${MPN}`, mpnId: MPN, outcome: 'scheduled', amountCents: 4_500 },
      ],
    });
    for (const [campaignId, amountCents] of [
      ['small-a', 4_500],
      ['small-b', 16_000],
    ] as const) {
      const sent = await finance('POST', '/payouts/issued', {
        campaignId,
        mpnId: MPN,
        amountCents,
        reference: `EFT-${campaignId}`,
      });
      expect(sent).toMatchObject({ status: 201, body: { dueCents: 0 } });
    }
  });
});
