import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import {
  approvedPartner,
  logIn,
  partnerDetails,
  publish,
  register,
  TERMS_TEXT,
} from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const CAMPAIGN = 'flagged';
const [HONEST, COPYCAT, SPLITTER] = ['6200001', '6200002', '6200003'];
let api: ApiHarness;

type Flag = {
  flagId: string;
  kind: string;
  mpnId: string;
  saleIds: string[];
  status: string;
  evidence: Record<string, unknown>;
};
const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });
/** The flags the report shows, once the read models have caught up with what was recorded. */
const reportFlags = async () => {
  await api.project();
  return ((await finance('GET', `/reports/payouts?campaignId=${CAMPAIGN}`)).body as { flags: Flag[] }).flags;
};

beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  for (const mpnId of [HONEST, COPYCAT, SPLITTER]) {
    await approvedPartner(api, CAMPAIGN, mpnId);
  }
  const tiny = (n: number) =>
    saleLine({
      saleId: `T-${n}`,
      mpnId: SPLITTER,
      customerId: 'fabrikam',
      quantity: 1,
      soldAt: `2026-07-20T0${n}:00:00Z`,
    });
  const lines = [
    saleLine({
      saleId: 'H-1',
      mpnId: HONEST,
      customerId: 'contoso',
      sku: 'M365-E5',
      soldAt: '2026-07-15T10:00:00Z',
    }),
    saleLine({
      saleId: 'C-1',
      mpnId: COPYCAT,
      customerId: 'contoso',
      sku: 'M365-E5',
      soldAt: '2026-07-15T16:00:00Z',
    }),
    ...[1, 2, 3, 4, 5].map(tiny),
  ];
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    { accepted: 7 },
  );
});
afterAll(() => api.close());

describe('Fraud and duplicate checks', () => {
  it('flag the same customer, SKU and day claimed by two partners, and a burst of tiny sales, once however often they run', async () => {
    const scan = await finance('POST', '/fraud-flags/scan', { campaignId: CAMPAIGN });
    expect(scan.body).toMatchObject({ findings: 3, raised: expect.any(Array) });
    expect((scan.body as { raised: string[] }).raised).toHaveLength(3);
    expect(
      ((await finance('POST', '/fraud-flags/scan', { campaignId: CAMPAIGN })).body as { raised: string[] })
        .raised,
    ).toEqual([]);

    const flags = await reportFlags();
    expect(flags.map((f) => [f.kind, f.mpnId, f.saleIds]).sort()).toEqual(
      [
        ['duplicate-claim', COPYCAT, ['C-1']],
        ['duplicate-claim', HONEST, ['H-1']],
        ['tiny-sales-burst', SPLITTER, ['T-1', 'T-2', 'T-3', 'T-4', 'T-5']],
      ].sort(),
    );
    const csv = (await finance('GET', `/reports/payouts?campaignId=${CAMPAIGN}&format=csv`)).text;
    expect(csv).toContain(`${CAMPAIGN},${SPLITTER},approved,`);
    expect(csv.split('\r\n').find((row) => row.includes(`,${SPLITTER},`))).toMatch(/,1,T-1 T-2 T-3 T-4 T-5$/);
    expect(flags.find((f) => f.mpnId === HONEST)?.evidence).toEqual({
      customerId: 'contoso',
      sku: 'M365-E5',
      soldOn: '2026-07-15',
      alsoClaimedBy: COPYCAT,
    });
  });

  it('flag a sale dated just inside the period but recorded long after it ended', async () => {
    api.clock.set('2026-10-20T00:00:00Z');
    try {
      const late = saleLine({
        saleId: 'L-1',
        mpnId: HONEST,
        customerId: 'tailspin',
        soldAt: '2026-09-30T12:00:00Z',
      });
      expect(
        (await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines: [late] } })).body,
      ).toMatchObject({ accepted: 1 });
      await finance('POST', '/fraud-flags/scan', { campaignId: CAMPAIGN });
      expect((await reportFlags()).find((f) => f.kind === 'late-recorded-sale')).toMatchObject({
        mpnId: HONEST,
        saleIds: ['L-1'],
        evidence: { soldAt: '2026-09-30T12:00:00Z', recordedAt: '2026-10-20T00:00:00Z' },
      });
    } finally {
      api.clock.set('2026-07-25T12:00:00Z');
    }
  });

  it('flag a sign-up with a free-mail contact address', async () => {
    const token = await logIn(api, '6200009', {
      ...partnerDetails('6200009'),
      contactEmail: 'reseller.6200009@gmail.com',
    });
    await register(api, token, CAMPAIGN, sha256Hex(TERMS_TEXT));
    expect((await reportFlags()).find((f) => f.mpnId === '6200009')).toMatchObject({
      kind: 'free-mail-sign-up',
      evidence: { domain: 'gmail.com' },
      status: 'open',
    });
  });

  it('are reviewed by finance: a confirmed flag holds the partner’s payment, a cleared one does not', async () => {
    const flags = await reportFlags();
    const copycat = flags.find((f) => f.mpnId === COPYCAT) as Flag;
    const honest = flags.find((f) => f.mpnId === HONEST && f.kind === 'duplicate-claim') as Flag;
    const path = (flag: Flag) => `/fraud-flags/${encodeURIComponent(flag.flagId)}/review`;
    expect(
      (
        await finance('POST', path(copycat), {
          verdict: 'confirmed',
          note: 'Contoso bought once, from the other partner.',
        })
      ).body,
    ).toMatchObject({
      status: 'confirmed',
    });
    expect(
      (await finance('POST', path(honest), { verdict: 'cleared', note: 'The invoice is on file.' })).body,
    ).toMatchObject({
      status: 'cleared',
    });
    expect(
      (await finance('POST', '/fraud-flags/nope:1234567:abc/review', { verdict: 'cleared', note: 'x' }))
        .status,
    ).toBe(404);

    for (const mpnId of [HONEST, COPYCAT]) {
      const token = await logIn(api, mpnId);
      const profile = {
        legalName: `Partner ${mpnId} Ltd.`,
        remittanceEmail: 'ap@partner.example',
        bankReference: `VENDOR-${mpnId.slice(-4)}`,
      };
      expect((await api.call('PUT', '/partners/payment-profile', { token, body: profile })).status).toBe(200);
    }
    await finance('POST', '/payouts/close', { campaignId: CAMPAIGN });
    const run = (await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN })).body as {
      payments: { mpnId: string; outcome: string; reason?: string }[];
    };
    expect(run.payments.find((p) => p.mpnId === COPYCAT)).toMatchObject({
      outcome: 'held',
      reason: 'fraud-flag-confirmed',
    });
    expect(run.payments.find((p) => p.mpnId === HONEST)).toMatchObject({ outcome: 'scheduled' });
  });
});
