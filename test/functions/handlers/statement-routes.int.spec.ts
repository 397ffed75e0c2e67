import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import {
  approvalToken,
  logIn,
  partnerDetails,
  publish,
  register,
  registeredPartner,
  TERMS_TEXT,
} from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import { renderFirstPage } from '../../support/pdf.js';

const CAMPAIGN = 'e5-statements';
const MPN = '6100001';
let api: ApiHarness;
let partner: string;

const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });
const statement = async (query = '') =>
  (await api.call('GET', `/statements/${CAMPAIGN}${query}`, { token: partner })).body as {
    totals: Record<string, number>;
    lines: { saleId: string }[];
    excluded: { saleId: string; explanation: string }[];
    adjustments: { inquiryId: string; saleId?: string; amountCents: number; note: string }[];
    clawbacks: { saleId?: string; amountCents: number; explanation: string }[];
    payment: { status: string };
  };

/**
 * An approved partner with four sale lines: two paid (E5, E3), one of a SKU the campaign does not
 * pay, and one sold before the campaign's period.
 */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  partner = await registeredPartner(api, CAMPAIGN, MPN);
  const link = await approvalToken(api, CAMPAIGN, MPN);
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  api.clock.set('2026-07-25T12:30:00Z');
  const lines = [
    saleLine({ saleId: 'P-1', mpnId: MPN, sku: 'M365-E5', quantity: 10, soldAt: '2026-07-10T00:00:00Z' }),
    saleLine({ saleId: 'P-2', mpnId: MPN, sku: 'M365-E3', quantity: 4, soldAt: '2026-07-11T00:00:00Z' }),
    saleLine({ saleId: 'P-3', mpnId: MPN, sku: 'XBOX', quantity: 1, soldAt: '2026-07-12T00:00:00Z' }),
    saleLine({ saleId: 'P-0', mpnId: MPN, sku: 'M365-E5', quantity: 2, soldAt: '2026-06-15T15:00:00Z' }),
  ];
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    { accepted: 4 },
  );
  await api.project();
});
afterAll(() => api.close());

describe('Partner statements', () => {
  it('list every campaign of the partner, each line that earned nothing saying why in words', async () => {
    const response = await api.call('GET', '/statements', { token: partner });
    expect(response.status).toBe(200);
    const { statements } = response.body as { statements: Awaited<ReturnType<typeof statement>>[] };
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      totals: {
        earnedCents: 46_000,
        adjustmentsCents: 0,
        totalCents: 46_000,
        issuedCents: 0,
        dueCents: 46_000,
        clawbackCents: 0,
      },
      excluded: [
        { saleId: 'P-3', reason: 'sku-not-eligible', explanation: 'Its SKU is not part of this campaign.' },
      ],
      payment: { status: 'not-closed' },
    });
  });

  it('give each line its sale’s date, customer and rate, and list the sales outside the campaign’s period', async () => {
    const { body } = await api.call('GET', `/statements/${CAMPAIGN}`, { token: partner });
    expect(body).toMatchObject({
      period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
      lines: [
        { saleId: 'P-1', soldAt: '2026-07-10T00:00:00Z', customerId: 'cust-a', rateCents: 4000, units: 10 },
        { saleId: 'P-2', soldAt: '2026-07-11T00:00:00Z', customerId: 'cust-a', rateCents: 1500, units: 4 },
      ],
      excluded: [
        { saleId: 'P-3', sku: 'XBOX', units: 1, soldAt: '2026-07-12T00:00:00Z', customerId: 'cust-a' },
      ],
      outsidePeriod: [
        {
          saleId: 'P-0',
          sku: 'M365-E5',
          units: 2,
          soldAt: '2026-06-15T15:00:00Z',
          customerId: 'cust-a',
          when: 'before-period',
          otherCampaigns: [],
        },
      ],
      payment: { sent: [] },
    });
  });

  it('download in the language and time zone the partner chose at sign-up', async () => {
    const mpnId = '6100002';
    const token = await logIn(api, mpnId, {
      ...partnerDetails(mpnId),
      language: 'fr',
      timeZone: 'America/Vancouver',
    });
    expect((await register(api, token, CAMPAIGN, sha256Hex(TERMS_TEXT))).status).toBe(202);
    const sale = saleLine({ saleId: 'FR-1', mpnId, quantity: 3, soldAt: '2026-07-20T05:00:00Z' });
    await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines: [sale] } });
    await api.project();
    const csv = (await api.call('GET', `/statements/${CAMPAIGN}?format=csv`, { token })).text.split('\r\n');
    expect(csv[0]).toBe(
      'Ligne,Vente,Vendue le,Client,Produit (SKU),Unités,Taux (CAD),Montant (CAD),Explication',
    );
    // 05:00 UTC on July 20 is still July 19 in Vancouver.
    expect(csv[1]).toBe('Gagné,FR-1,19 juillet 2026,cust-a,M365-E5,3,40.00,120.00,');
  });

  it('answer as of an instant: what was recorded by then', async () => {
    expect((await statement('?asOf=2026-07-25T12:15:00Z')).lines).toEqual([]);
  });

  it('list, as of an instant before the partner registered, no statement at all', async () => {
    const response = await api.call('GET', '/statements?asOf=2026-07-25T11:00:00Z', { token: partner });
    expect(response).toMatchObject({ status: 200, body: { statements: [] } });
  });

  it('download as CSV: one row per line with its date in words and its rate, where the payment stands, the totals', async () => {
    const response = await api.call('GET', `/statements/${CAMPAIGN}?format=csv`, { token: partner });
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="statement-e5-statements-6100001-\d{8}T\d{6}Z\.csv"$/,
    );
    expect(response.text.split('\r\n')).toEqual([
      'Line,Sale,Sold on,Customer,Product (SKU),Units,Rate (CAD),Amount (CAD),Explanation',
      // Midnight UTC on July 10 is July 9 in Toronto, the partner's time zone by default.
      'Earned,P-1,"July 9, 2026",cust-a,M365-E5,10,40.00,400.00,',
      'Earned,P-2,"July 10, 2026",cust-a,M365-E3,4,15.00,60.00,',
      'Earned nothing,P-3,"July 11, 2026",cust-a,XBOX,1,,0.00,Its SKU is not part of this campaign.',
      'Outside the period,P-0,"June 15, 2026",cust-a,M365-E5,2,,,Sold before the period began. None of the campaigns you registered for counts it.',
      'Payment,,,,,,,,Not closed yet.',
      'Earned from your sales,,,,,,,460.00,',
      'Total,,,,,,,460.00,',
      'Paid so far,,,,,,,0.00,',
      'Left to pay you,,,,,,,460.00,',
      '',
    ]);
  });

  it('download as a PDF that renders with the partner, the campaign and the totals', async () => {
    const response = await fetch(`${api.base}/statements/${CAMPAIGN}?format=pdf`, {
      headers: { authorization: `Bearer ${partner}` },
    });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const page = renderFirstPage(pdf);
    writeFileSync(join(tmpdir(), 'statement-page-1.png'), page.png);
    expect(page.width).toBeGreaterThan(800);
    expect(page.darkPixels).toBeGreaterThan(1000);
    expect(page.text).toContain('Payout statement');
    expect(page.text).toContain(`${partnerDetails(MPN).companyName} (MPN ID ${MPN})`);
    expect(page.text).toMatch(/Total\s+CAD 460\.00/);
    expect(page.text).toMatch(/Left to pay you\s+CAD 460\.00/);
    expect(page.text).toContain('Its SKU is not part of this campaign.');
  });

  it('is 404 for a campaign the partner is not registered for', async () => {
    await publish(api, dollarPerSkuTerms({ campaignId: 'not-registered' }));
    expect((await api.call('GET', '/statements/not-registered', { token: partner })).status).toBe(404);
  });
});

describe('An inquiry', () => {
  it('about a missing sale ends in an adjustment linked to it, which the next statement shows, the partner emailed each step', async () => {
    const raised = await api.call('POST', '/inquiries', {
      token: partner,
      body: {
        campaignId: CAMPAIGN,
        topic: 'missing-sale',
        saleId: 'P-9',
        message: 'We sold 5 E5 seats on July 14; they are missing.',
      },
    });
    expect(raised).toMatchObject({
      status: 201,
      body: { status: 'open', topic: 'missing-sale', saleId: 'P-9' },
    });
    const inquiryId = (raised.body as { inquiryId: string }).inquiryId;
    await api.project();
    expect((await finance('GET', '/finance/inquiries')).body).toMatchObject({
      inquiries: [{ inquiryId, status: 'open' }],
    });

    const answered = await finance('POST', `/finance/inquiries/${inquiryId}/answer`, {
      message: 'The distributor confirms the sale.',
    });
    expect(answered.body).toMatchObject({
      status: 'answered',
      answers: [{ message: 'The distributor confirms the sale.' }],
    });
    const resolved = await finance('POST', `/finance/inquiries/${inquiryId}/resolve`, {
      outcome: 'adjusted',
      adjustmentCents: 20_000,
      note: '5 E5 seats sold on July 14, missing from the feed.',
    });
    expect(resolved.body).toMatchObject({ status: 'adjusted', resolution: { adjustmentCents: 20_000 } });
    expect(
      (
        await finance('POST', `/finance/inquiries/${inquiryId}/resolve`, {
          outcome: 'declined',
          note: 'again',
        })
      ).status,
    ).toBe(409);

    const next = await statement();
    expect(next.adjustments).toEqual([
      expect.objectContaining({
        inquiryId,
        saleId: 'P-9',
        amountCents: 20_000,
        note: '5 E5 seats sold on July 14, missing from the feed.',
      }),
    ]);
    expect(next.totals).toMatchObject({ earnedCents: 46_000, adjustmentsCents: 20_000, totalCents: 66_000 });
    await api.deliver();
    const subjects = api.mailer.outbox
      .filter((m) => m.to === partnerDetails(MPN).contactEmail)
      .map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        `We received your inquiry about ${CAMPAIGN}`,
        `Finance answered your inquiry about ${CAMPAIGN}`,
        `Your inquiry about ${CAMPAIGN} was resolved with an adjustment`,
      ]),
    );
    await api.project();
    expect((await finance('GET', '/finance/inquiries')).body).toEqual({ inquiries: [], nextCursor: null });
    expect((await api.call('GET', '/inquiries', { token: partner })).body).toMatchObject({
      inquiries: [{ inquiryId, status: 'adjusted' }],
    });
  });

  it('must name a line of the statement when it asks about one (422)', async () => {
    const response = await api.call('POST', '/inquiries', {
      token: partner,
      body: { campaignId: CAMPAIGN, topic: 'statement-line', saleId: 'NOT-THERE', message: 'Why?' },
    });
    expect(response).toMatchObject({ status: 422, body: { error: { code: 'sale-not-on-statement' } } });
  });

  it('retried with the same Idempotency-Key is recorded once and answers what the first recorded', async () => {
    const body = {
      campaignId: CAMPAIGN,
      topic: 'statement-line',
      saleId: 'P-2',
      message: 'Why only 4 units?',
    };
    const headers = { 'idempotency-key': 'retry-7c1e9b2a' };
    const first = await api.call('POST', '/inquiries', { token: partner, body, headers });
    const retried = await api.call('POST', '/inquiries', { token: partner, body, headers });
    expect(first.status).toBe(201);
    expect(retried).toMatchObject({ status: 201, body: first.body as object });
    await api.project();
    const listed = (await api.call('GET', '/inquiries', { token: partner })).body as {
      inquiries: { message: string }[];
    };
    expect(listed.inquiries.filter((i) => i.message === body.message)).toHaveLength(1);

    const inquiryId = (first.body as { inquiryId: string }).inquiryId;
    const answer = { message: 'Two seats were credited on July 20.' };
    const answerHeaders = { 'idempotency-key': 'answer-3f9d0c11' };
    await finance('POST', `/finance/inquiries/${inquiryId}/answer`, answer);
    const answerTwice = () =>
      api.call('POST', `/finance/inquiries/${inquiryId}/answer`, {
        token: KEYS.finance,
        body: { message: 'And one more on July 21.' },
        headers: answerHeaders,
      });
    await answerTwice();
    const answeredAgain = await answerTwice();
    expect((answeredAgain.body as { answers: unknown[] }).answers).toHaveLength(2);
  });

  it('refuses an Idempotency-Key used for another request (409), or one that is not plain (400)', async () => {
    const headers = { 'idempotency-key': 'reused-5b2e77d0' };
    const ask = (message: string, key = headers) =>
      api.call('POST', '/inquiries', {
        token: partner,
        body: { campaignId: CAMPAIGN, topic: 'statement-line', saleId: 'P-1', message },
        headers: key,
      });
    expect((await ask('Is P-1 final?')).status).toBe(201);
    expect(await ask('Something else entirely')).toMatchObject({
      status: 409,
      body: { error: { code: 'idempotency-key-reused' } },
    });
    const withoutSale = await api.call('POST', '/inquiries', {
      token: partner,
      body: { campaignId: CAMPAIGN, topic: 'statement-line', message: 'Is P-1 final?' },
      headers,
    });
    expect(withoutSale).toMatchObject({ status: 409, body: { error: { code: 'idempotency-key-reused' } } });
    expect(await ask('Is P-1 final?', { 'idempotency-key': 'no spaces please' })).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'headers.idempotency-key' }] } },
    });
  });

  it('closes 30 days after the statement was issued (422)', async () => {
    expect((await finance('POST', '/payouts/close', { campaignId: CAMPAIGN })).status).toBe(200);
    api.clock.set('2026-08-25T13:00:00Z');
    try {
      const late = await api.call('POST', '/inquiries', {
        token: await logIn(api, MPN),
        body: {
          campaignId: CAMPAIGN,
          topic: 'statement-line',
          saleId: 'P-3',
          message: 'Why does XBOX not count?',
        },
      });
      expect(late).toMatchObject({ status: 422, body: { error: { code: 'inquiry-window-closed' } } });
    } finally {
      api.clock.set('2026-07-25T12:30:00Z');
    }
  });
});

describe('A reversal after the payment was sent', () => {
  it('becomes a clawback line in the next statement', async () => {
    await api.call('PUT', '/partners/payment-profile', {
      token: partner,
      body: {
        legalName: 'Partner 6100001 Ltd.',
        remittanceEmail: 'ap@partner.example',
        bankReference: 'VENDOR-P-6100',
      },
    });
    await finance('POST', '/payouts/close', { campaignId: CAMPAIGN });
    const run = (await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN })).body as {
      payments: { amountCents: number }[];
    };
    const amountCents = run.payments[0]?.amountCents as number;
    expect(amountCents).toBe(66_000);
    expect(
      (
        await finance('POST', '/payouts/issued', {
          campaignId: CAMPAIGN,
          mpnId: MPN,
          amountCents,
          reference: 'EFT-9',
        })
      ).status,
    ).toBe(201);

    api.clock.set('2026-07-25T14:00:00Z');
    const reversal = { reversalId: 'CN-1', saleId: 'P-1', quantity: 4, reversedAt: '2026-07-25T13:30:00Z' };
    expect(
      (
        await api.call('POST', '/sales/reversals', {
          token: KEYS.salesSystem,
          body: { reversals: [reversal] },
        })
      ).body,
    ).toMatchObject({
      accepted: 1,
    });
    await api.project();
    const next = await statement();
    expect(next.clawbacks).toEqual([
      {
        saleId: 'P-1',
        sku: 'M365-E5',
        units: 4,
        amountCents: -16_000,
        reason: 'units-reversed',
        explanation: '4 units were reversed after the payment.',
      },
    ]);
    expect(next.totals).toMatchObject({
      totalCents: 50_000,
      issuedCents: 66_000,
      dueCents: 0,
      clawbackCents: 16_000,
    });
  });
});
