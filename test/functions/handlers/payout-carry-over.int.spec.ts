import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const MPN = '6300001';
const BIG_MPN = '6300002';
let api: ApiHarness;

type Payments = { campaignId: string; payments: { mpnId: string }[] };
const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });
const schedule = async (campaignId: string) =>
  (await finance('POST', '/payouts/schedule', { campaignId })).body as Payments;
const paymentsOf = (run: Payments, mpnId: string) => run.payments.filter((p) => p.mpnId === mpnId);
const payoutOf = async (campaignId: string, mpnId: string) =>
  (
    (await finance('GET', `/payouts?campaignId=${campaignId}`)).body as { payouts: { mpnId: string }[] }
  ).payouts.find((p) => p.mpnId === mpnId);

/**
 * Each campaign pays for one SKU: E3 seats in small-a, E5 in small-b, D365 in big-c. One partner
 * earns less than the CAD 200 minimum in each of small-a and small-b; another earns little in
 * small-a and much in big-c.
 */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  const campaigns = [
    { campaignId: 'small-a', rateCard: [{ sku: 'M365-E3', amountCents: 1500 }] },
    { campaignId: 'small-b', rateCard: [{ sku: 'M365-E5', amountCents: 4000 }] },
    { campaignId: 'big-c', rateCard: [{ sku: 'D365-SALES', amountCents: 6000 }] },
  ];
  for (const { campaignId, rateCard } of campaigns) {
    await publish(api, dollarPerSkuTerms({ campaignId, rateCard }));
  }
  const enrolments = [
    [MPN, ['small-a', 'small-b']],
    [BIG_MPN, ['small-a', 'big-c']],
  ] as const;
  for (const [mpnId, campaignIds] of enrolments) {
    const token = await logIn(api, mpnId);
    for (const campaignId of campaignIds) {
      expect((await register(api, token, campaignId, sha256Hex(TERMS_TEXT))).status).toBe(202);
      const link = await approvalToken(api, campaignId, mpnId);
      const decided = await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } });
      expect(decided.status).toBe(200);
    }
    const profile = {
      legalName: `Partner ${mpnId} Ltd.`,
      remittanceEmail: 'ap@partner.example',
      bankReference: `VENDOR-P-${mpnId.slice(-2)}`,
    };
    const saved = await api.call('PUT', '/partners/payment-profile', { token, body: profile });
    expect(saved.status).toBe(200);
  }
  const sold = (saleId: string, mpnId: string, sku: string, quantity: number) =>
    saleLine({ saleId, mpnId, sku, quantity, soldAt: '2026-07-20T00:00:00Z' });
  const lines = [
    sold('CA-1', MPN, 'M365-E3', 3),
    sold('CB-1', MPN, 'M365-E5', 4),
    sold('DA-1', BIG_MPN, 'M365-E3', 3),
    sold('DC-1', BIG_MPN, 'D365-SALES', 10),
  ];
  api.clock.set('2026-07-25T13:00:00Z');
  const recorded = await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
  expect(recorded.body).toMatchObject({ accepted: 4 });
  api.clock.set('2026-10-15T12:00:00Z');
});
afterAll(() => api.close());

describe('The minimum payout', () => {
  it('carries a small amount over, and pays it with the partner’s next payment run that clears the minimum', async () => {
    expect((await finance('POST', '/payouts/close', { campaignId: 'small-a' })).status).toBe(200);
    expect(paymentsOf(await schedule('small-a'), MPN)).toEqual([
      { registrationId: `small-a--${MPN}`, mpnId: MPN, outcome: 'held', reason: 'below-minimum-payout' },
    ]);
    expect(await payoutOf('small-a', MPN)).toMatchObject({
      status: 'unprocessed',
      holds: ['below-minimum-payout'],
      dueCents: 4_500,
    });

    expect((await finance('POST', '/payouts/close', { campaignId: 'small-b' })).status).toBe(200);
    expect(await payoutOf('small-a', MPN)).toMatchObject({
      status: 'unprocessed',
      holds: [],
      dueCents: 4_500,
    });
    expect(paymentsOf(await schedule('small-b'), MPN)).toEqual([
      { registrationId: `small-b--${MPN}`, mpnId: MPN, outcome: 'scheduled', amountCents: 16_000 },
      { registrationId: `small-a--${MPN}`, mpnId: MPN, outcome: 'scheduled', amountCents: 4_500 },
    ]);
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

  it("leaves a larger amount of another campaign to that campaign's own payment run, which takes the small one along", async () => {
    expect((await finance('POST', '/payouts/close', { campaignId: 'big-c' })).status).toBe(200);
    expect(paymentsOf(await schedule('small-a'), BIG_MPN)).toEqual([
      {
        registrationId: `small-a--${BIG_MPN}`,
        mpnId: BIG_MPN,
        outcome: 'held',
        reason: 'below-minimum-payout',
      },
    ]);
    expect(await payoutOf('big-c', BIG_MPN)).toMatchObject({ status: 'unprocessed', dueCents: 60_000 });
    expect(paymentsOf(await schedule('big-c'), BIG_MPN)).toEqual([
      { registrationId: `big-c--${BIG_MPN}`, mpnId: BIG_MPN, outcome: 'scheduled', amountCents: 60_000 },
      { registrationId: `small-a--${BIG_MPN}`, mpnId: BIG_MPN, outcome: 'scheduled', amountCents: 4_500 },
    ]);
  });
});
