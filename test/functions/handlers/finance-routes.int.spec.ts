import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeLedgerPage, encodeLedgerPage } from '../../../functions/adapters/ledger-page-codec.js';
import { ledgerPageKey } from '../../../functions/read-models/ledger-pages.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, logIn, publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const NOW = '2026-10-15T12:00:00Z';
const CAMPAIGN = 'e5-upsell';
let api: ApiHarness;

/** Two partners: one approved with three lines (one of a SKU not in the rate card), one pending. */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  for (const mpnId of ['6000001', '6000002']) {
    await registeredPartner(api, CAMPAIGN, mpnId);
  }
  const link = await approvalToken(api, CAMPAIGN, '6000001');
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  api.clock.set('2026-07-25T13:00:00Z');
  const lines = [
    saleLine({
      saleId: 'F-1',
      mpnId: '6000001',
      sku: 'M365-E5',
      quantity: 10,
      soldAt: '2026-07-10T00:00:00Z',
    }),
    saleLine({
      saleId: 'F-2',
      mpnId: '6000001',
      sku: 'M365-E3',
      quantity: 4,
      soldAt: '2026-07-11T00:00:00Z',
    }),
    saleLine({ saleId: 'F-3', mpnId: '6000001', sku: 'XBOX', quantity: 1, soldAt: '2026-07-12T00:00:00Z' }),
    saleLine({
      saleId: 'F-4',
      mpnId: '6000002',
      sku: 'M365-E5',
      quantity: 2,
      soldAt: '2026-07-13T00:00:00Z',
    }),
  ];
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    { accepted: 4 },
  );
  api.clock.set(NOW);
  await api.project();
});
afterAll(() => api.close());

const report = (query: string) => api.call('GET', `/reports/payouts?${query}`, { token: KEYS.finance });

describe('GET /reports/payouts', () => {
  it("sums up each registration's statement of a campaign, as projected", async () => {
    const response = await report(`campaignId=${CAMPAIGN}`);
    expect(response).toMatchObject({ status: 200 });
    expect(response.body).toEqual({
      asOf: NOW,
      statements: [
        {
          campaignId: CAMPAIGN,
          mpnId: '6000001',
          registrationStatus: 'approved',
          eligibleUnits: 14,
          count: 2,
          amountCents: 10 * 4000 + 4 * 1500,
          potentialCents: 46_000,
          paidLines: 2,
          excludedLines: 1,
          excludedByReason: { 'sku-not-eligible': 1 },
        },
        {
          campaignId: CAMPAIGN,
          mpnId: '6000002',
          registrationStatus: 'pending',
          eligibleUnits: 2,
          count: 1,
          amountCents: 0,
          potentialCents: 8000,
          paidLines: 1,
          excludedLines: 0,
          excludedByReason: {},
        },
      ],
      totalCents: 46_000,
      flags: [],
      nextCursor: null,
    });
  });

  it('replays, as of an earlier instant, only what was recorded by then', async () => {
    const beforeSales = (await report(`campaignId=${CAMPAIGN}&asOf=2026-07-25T12:30:00Z`)).body as {
      statements: { paidLines: number; registrationStatus: string }[];
    };
    expect(beforeSales.statements.map((s) => [s.registrationStatus, s.paidLines])).toEqual([
      ['approved', 0],
      ['pending', 0],
    ]);
    const now = (await report(`campaignId=${CAMPAIGN}`)).body;
    expect((await report(`campaignId=${CAMPAIGN}&asOf=${NOW}`)).body).toEqual(now);
    const beforePublishing = await report(`campaignId=${CAMPAIGN}&asOf=2026-07-25T11:00:00Z`);
    expect(beforePublishing).toMatchObject({ status: 404, body: { error: { code: 'campaign-not-found' } } });
  });

  it('reports, for every campaign, those published by the instant asked for', async () => {
    const beforePublishing = await report('asOf=2026-07-25T11:00:00Z');
    expect(beforePublishing).toMatchObject({ status: 200, body: { statements: [], totalCents: 0 } });
  });

  it('gives the same report as a CSV file with a header row and amounts in dollars and cents', async () => {
    const response = await report(`campaignId=${CAMPAIGN}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="payouts-e5-upsell-20261015T120000Z.csv"',
    );
    expect(response.text).toBe(
      [
        'campaignId,mpnId,registrationStatus,eligibleUnits,count,amount,amountCents,potential,potentialCents,paidLines,excludedLines,fraudFlags,flaggedSaleIds',
        'e5-upsell,6000001,approved,14,2,460.00,46000,460.00,46000,2,1,0,',
        'e5-upsell,6000002,pending,2,1,0.00,0,80.00,8000,1,0,0,',
        '',
      ].join('\r\n'),
    );
  });

  it('refuses malformed query parameters with 400 and an unknown campaign with 404', async () => {
    expect((await report('asOf=yesterday')).status).toBe(400);
    expect((await report('format=xml')).status).toBe(400);
    expect((await report('campaignId=nope')).status).toBe(404);
  });
});

describe('The payout lifecycle', () => {
  const finance = (method: string, path: string, body?: unknown) =>
    api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });
  const issue = (body: Record<string, unknown>) => finance('POST', '/payouts/issued', body);
  const payment = { campaignId: CAMPAIGN, mpnId: '6000001', amountCents: 46_000, reference: 'EFT-1' };

  it('closes the statements, holds a payment until the partner has a payment profile, then schedules and sends it', async () => {
    expect(await issue(payment)).toMatchObject({
      status: 409,
      body: { error: { code: 'payment-not-scheduled' } },
    });
    const closed = await finance('POST', '/payouts/close', { campaignId: CAMPAIGN });
    expect(closed.body).toMatchObject({
      statements: expect.arrayContaining([
        { registrationId: `${CAMPAIGN}--6000001`, mpnId: '6000001', amountCents: 46_000, closed: true },
        { registrationId: `${CAMPAIGN}--6000002`, mpnId: '6000002', amountCents: 0, closed: true },
      ]),
    });
    const held = await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN });
    expect(held.body).toEqual({
      campaignId: CAMPAIGN,
      payments: [
        {
          registrationId: `${CAMPAIGN}--6000001`,
          mpnId: '6000001',
          outcome: 'held',
          reason: 'payment-profile-incomplete',
        },
      ],
    });
    const listed = await finance('GET', `/payouts?campaignId=${CAMPAIGN}`);
    expect(listed.body).toMatchObject({
      payouts: expect.arrayContaining([
        expect.objectContaining({
          mpnId: '6000001',
          status: 'unprocessed',
          holds: ['payment-profile-incomplete'],
          dueCents: 46_000,
        }),
      ]),
    });

    const partnerToken = await logIn(api, '6000001');
    const profile = {
      legalName: 'Partner 6000001 Ltd.',
      remittanceEmail: 'ap@partner.example',
      bankReference: 'VENDOR-P-0001',
    };
    expect(
      (await api.call('PUT', '/partners/payment-profile', { token: partnerToken, body: profile })).status,
    ).toBe(200);
    const scheduled = await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN });
    expect((scheduled.body as { payments: unknown[] }).payments).toEqual([
      { registrationId: `${CAMPAIGN}--6000001`, mpnId: '6000001', outcome: 'scheduled', amountCents: 46_000 },
    ]);

    expect(await issue({ ...payment, amountCents: 40_000 })).toMatchObject({
      status: 422,
      body: { error: { code: 'amount-differs-from-scheduled' } },
    });
    expect(await issue(payment)).toMatchObject({
      status: 201,
      body: { reference: 'EFT-1', totalCents: 46_000, issuedCents: 46_000, dueCents: 0, clawbackCents: 0 },
    });
    expect((await issue(payment)).status).toBe(200);
    expect(await issue({ ...payment, amountCents: 1 })).toMatchObject({
      status: 409,
      body: { error: { code: 'payout-reference-conflict' } },
    });
    const sent = await finance('GET', `/payouts?campaignId=${CAMPAIGN}`);
    expect(sent.body).toMatchObject({
      payouts: expect.arrayContaining([expect.objectContaining({ mpnId: '6000001', status: 'sent' })]),
    });
  });

  it('refuses a bank account number where a reference belongs, naming the field', async () => {
    const token = await logIn(api, '6000002');
    const response = await api.call('PUT', '/partners/payment-profile', {
      token,
      body: {
        legalName: 'Partner 6000002 Ltd.',
        remittanceEmail: 'ap@partner.example',
        bankReference: 'acct12345678',
      },
    });
    expect(response.status).toBe(400);
    expect((response.body as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe(
      'body.bankReference',
    );
  });

  it('keeps a paid statement as it was closed: a sale recorded since is due, and a ledger page changed since is reported to the operators', async () => {
    api.clock.set('2026-10-15T15:00:00Z'); // past the hour's limit on access codes
    const partnerToken = await logIn(api, '6000001');
    const late = saleLine({
      saleId: 'F-5',
      mpnId: '6000001',
      sku: 'M365-E5',
      quantity: 2,
      soldAt: '2026-07-20T00:00:00Z',
    });
    expect(
      (await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines: [late] } })).body,
    ).toMatchObject({
      accepted: 1,
    });
    await api.project();
    const statement = () => api.call('GET', `/statements/${CAMPAIGN}`, { token: partnerToken });
    expect((await statement()).body).toMatchObject({
      totals: { earnedCents: 54_000, issuedCents: 46_000, dueCents: 8_000, clawbackCents: 0 },
    });

    // The statement is read from the partner's ledger pages: one whose line no longer says what
    // was paid on (a read model edited or broken) makes the paid statement replay otherwise.
    const { pk, sk } = ledgerPageKey('6000001', '2026-07-10');
    const key = { pk: { S: pk }, sk: { S: sk } };
    const table = api.readModels.tableName;
    const { Item } = await api.client.send(new GetItemCommand({ TableName: table, Key: key }));
    const entries = decodeLedgerPage(Item?.lines?.B as Uint8Array);
    const edited = entries.map((e) => (e.saleId === 'F-1' ? { ...e, quantity: 100 } : e));
    await api.client.send(
      new PutItemCommand({ TableName: table, Item: { ...Item, lines: { B: encodeLedgerPage(edited) } } }),
    );
    const logged: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((line) => {
      logged.push(String(line));
      return true;
    });
    process.env.LOG_LEVEL = 'error';
    try {
      expect((await statement()).status).toBe(200);
    } finally {
      process.env.LOG_LEVEL = 'silent';
      write.mockRestore();
    }
    expect(logged.join('')).toContain('A paid statement no longer matches its digest');
    await api.client.send(new PutItemCommand({ TableName: table, Item: Item ?? {} }));
    expect((await statement()).status).toBe(200);
  });

  it('refuses to record a payment that was never scheduled', async () => {
    const stranger = await issue({
      campaignId: CAMPAIGN,
      mpnId: '6999999',
      amountCents: 100,
      reference: 'EFT-4',
    });
    expect(stranger).toMatchObject({ status: 409, body: { error: { code: 'payment-not-scheduled' } } });
  });
});
