import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import {
  approvedPartner,
  lastAccessCode,
  partnerDetails,
  publish,
  register,
  TERMS_TEXT,
} from '../../support/api-journeys.js';
import { dollarPerSkuTerms, frequencyTerms, saleLine } from '../../support/fixtures.js';
import type { PageClient } from '../../support/page-client.js';
import { renderFirstPage } from '../../support/pdf.js';

const CAMPAIGN = 'e5-page';
const ENGLISH = '8300001';
const FRENCH = '8300002';
let api: ApiHarness;

const finance = (method: string, path: string, body: unknown) =>
  api.call(method, path, { token: KEYS.finance, body });
const sell = async (lines: ReturnType<typeof saleLine>[]) =>
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    {
      accepted: lines.length,
    },
  );

/** A partner approved in the campaign through the API, reading dates in Vancouver, logged in to the portal. */
async function partnerInPortal(
  mpnId: string,
  language: 'en' | 'fr',
): Promise<{ browser: PageClient; token: string }> {
  const token = await approvedPartner(api, CAMPAIGN, mpnId, {
    ...partnerDetails(mpnId),
    language,
    timeZone: 'America/Vancouver',
  });
  const browser = api.browser();
  const dashboard = await browser.submit(await browser.get('/portal'), '/portal/log-in', {
    mpnId,
    accessCode: lastAccessCode(api, mpnId),
  });
  expect(dashboard.path).toBe('/portal/dashboard');
  return { browser, token };
}

let english: { browser: PageClient; token: string };
let french: { browser: PageClient; token: string };

/**
 * A Dollar per SKU campaign (CAD 40.00 an E5 unit, CAD 15.00 an E3 unit, 5 units a sale at
 * least, 40 units per partner at most) from July 1 to October 1, and a summer campaign whose
 * period holds June. The English partner, registered in both, sold in June and in July; the French
 * partner sold too little to be paid yet.
 */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(
    api,
    dollarPerSkuTerms({
      campaignId: CAMPAIGN,
      name: 'Microsoft 365 E5 upsell',
      minUnitsPerSale: 5,
      maxUnitsPerPartner: 40,
    }),
  );
  await publish(
    api,
    dollarPerSkuTerms({
      campaignId: 'summer',
      name: 'Summer promo',
      period: { start: '2026-06-01T04:00:00Z', end: '2026-08-31T04:00:00Z' },
      registrationDeadline: '2026-08-15T04:00:00Z',
    }),
  );
  await publish(
    api,
    frequencyTerms({ campaignId: 'new-logos', name: 'New customers', metric: 'newCustomers' }),
  );
  english = await partnerInPortal(ENGLISH, 'en');
  french = await partnerInPortal(FRENCH, 'fr');
  for (const other of ['summer', 'new-logos']) {
    expect((await register(api, english.token, other, sha256Hex(TERMS_TEXT))).status).toBe(202);
  }
  api.clock.set('2026-07-25T12:30:00Z');
  await sell([
    saleLine({
      saleId: 'P-1',
      mpnId: ENGLISH,
      customerId: 'contoso',
      sku: 'M365-E5',
      quantity: 10,
      soldAt: '2026-07-10T14:00:00Z',
    }),
    saleLine({
      saleId: 'P-2',
      mpnId: ENGLISH,
      customerId: 'contoso',
      sku: 'M365-E3',
      quantity: 4,
      soldAt: '2026-07-11T14:00:00Z',
    }),
    saleLine({
      saleId: 'P-3',
      mpnId: ENGLISH,
      customerId: 'fabrikam',
      sku: 'XBOX',
      quantity: 1,
      soldAt: '2026-07-12T14:00:00Z',
    }),
    saleLine({
      saleId: 'P-0',
      mpnId: ENGLISH,
      customerId: 'tailspin',
      sku: 'M365-E5',
      quantity: 2,
      soldAt: '2026-06-15T14:00:00Z',
    }),
    saleLine({
      saleId: 'F-1',
      mpnId: FRENCH,
      customerId: 'desjardins',
      sku: 'M365-E3',
      quantity: 5,
      soldAt: '2026-07-12T14:00:00Z',
    }),
    saleLine({
      saleId: 'F-2',
      mpnId: FRENCH,
      customerId: 'desjardins',
      sku: 'M365-E5',
      quantity: 2,
      soldAt: '2026-07-13T14:00:00Z',
    }),
    saleLine({
      saleId: 'F-0',
      mpnId: FRENCH,
      customerId: 'desjardins',
      sku: 'M365-E5',
      quantity: 1,
      soldAt: '2026-06-20T14:00:00Z',
    }),
  ]);
  await api.project();
});
afterAll(() => api.close());

describe('A statement in the portal, while its campaign is open', () => {
  it('says how far the partner is from the unit cap, and that the statement is not closed yet', async () => {
    const page = await english.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Statement: Microsoft 365 E5 upsell');
    expect(page.text).toContain(
      'Your next milestones 30 more units can still be paid before the maximum of 40 units per partner.',
    );
    expect(page.text).toContain('This statement is not closed yet');
  });

  it('says how many more new customers reach the next tier of a frequency campaign, and what it pays', async () => {
    const page = await english.browser.get('/portal/statements/new-logos');
    expect(page.text).toContain('2 more new customers reach the CAD 750.00 tier (3 new customers).');
    expect(page.text).toContain('Sales that count toward your tier');
  });
});

describe('A statement in the portal, after an adjustment, a payment and a reversal', () => {
  beforeAll(async () => {
    const raised = await api.call('POST', '/inquiries', {
      token: english.token,
      body: {
        campaignId: CAMPAIGN,
        topic: 'missing-sale',
        saleId: 'P-9',
        message: 'A sale of July 14 is missing.',
      },
    });
    const inquiryId = (raised.body as { inquiryId: string }).inquiryId;
    await finance('POST', `/finance/inquiries/${inquiryId}/answer`, {
      message: 'Confirmed by the distributor.',
    });
    await finance('POST', `/finance/inquiries/${inquiryId}/resolve`, {
      outcome: 'adjusted',
      adjustmentCents: 5_000,
      note: 'The sale of July 14, missing from the feed.',
    });
    await api.call('PUT', '/partners/payment-profile', {
      token: english.token,
      body: {
        legalName: 'Partner 8300001 Ltd.',
        remittanceEmail: 'ap@partner.example',
        bankReference: 'VENDOR-P-8300',
      },
    });
    expect((await finance('POST', '/payouts/close', { campaignId: CAMPAIGN })).status).toBe(200);
    const run = await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN });
    expect(run.body).toMatchObject({
      payments: [
        { mpnId: ENGLISH, outcome: 'scheduled', amountCents: 45_000 },
        { mpnId: FRENCH, outcome: 'held', reason: 'below-minimum-payout' },
      ],
    });
    const issued = { campaignId: CAMPAIGN, mpnId: ENGLISH, amountCents: 45_000, reference: 'EFT-7' };
    expect((await finance('POST', '/payouts/issued', issued)).status).toBe(201);
    api.clock.set('2026-07-25T14:00:00Z');
    const reversal = { reversalId: 'CN-1', saleId: 'P-1', quantity: 4, reversedAt: '2026-07-25T13:30:00Z' };
    await api.call('POST', '/sales/reversals', { token: KEYS.salesSystem, body: { reversals: [reversal] } });
    await api.project();
  });

  it('lists each sale that earned with its date in words, customer, units, rate and amount, and the way to ask about it', async () => {
    const page = await english.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.text).toContain(
      'Sales that earned Your sales that earned, in the order they were sold Sale Sold on Customer Product (SKU) Units Rate Amount Question P-1 July 10, 2026 contoso M365-E5 6 CAD 40.00 per unit CAD 240.00 Ask about this line',
    );
    expect(page.html).toContain(
      '<a href="/portal/inquiries/new?campaignId=e5-page&amp;saleId=P-1" aria-label="Ask about this line: sale P-1">',
    );
  });

  it('lists each sale that earned nothing with its reason in words, and the way to ask about it', async () => {
    const page = await english.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.text).toContain(
      'P-2 July 11, 2026 contoso M365-E3 4 It has fewer net units than the minimum per sale. Ask about this line',
    );
    expect(page.text).toContain(
      'P-3 July 12, 2026 fabrikam XBOX 1 Its SKU is not part of this campaign. Ask about this line',
    );
    expect(page.html).toContain('href="/portal/inquiries/new?campaignId=e5-page&amp;saleId=P-3"');
  });

  it('lists the partner’s sales outside the period, with the statement of the campaign that counts each', async () => {
    const page = await english.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.text).toContain(
      'P-0 June 15, 2026 tailspin M365-E5 2 Sold before the period began. Your statement for Summer promo',
    );
    expect(page.html).toContain('<a href="/portal/statements/summer">');
    const summer = await english.browser.get('/portal/statements/summer');
    expect(summer.text).toContain('P-0 June 15, 2026 tailspin M365-E5 2 CAD 40.00 per unit CAD 80.00');
  });

  it('shows the adjustment, the clawback, what was paid and when, and totals that add up to what is to recover', async () => {
    const page = await english.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.text).toContain('Closed on July 25, 2026, and paid.');
    expect(page.text).toContain('Payments sent CAD 450.00 sent on July 25, 2026, reference EFT-7.');
    expect(page.text).toContain(
      [
        'Earned from your sales CAD 240.00',
        'Included above: sales reversed after your last payment -CAD 160.00',
        'Adjustments from your inquiries CAD 50.00',
        'Total CAD 290.00',
        'Paid so far CAD 450.00',
        'Paid more than the total: to recover from you CAD 160.00',
      ].join(' '),
    );
    expect(page.text).toContain('July 25, 2026 P-9 The sale of July 14, missing from the feed. CAD 50.00');
    expect(page.text).toContain('P-1 M365-E5 4 4 units were reversed after the payment. -CAD 160.00');
  });

  it('gives the statement to download as the API gives it, PDF and CSV', async () => {
    const csv = await english.browser.get(`/portal/statements/${CAMPAIGN}/csv`);
    const fromApi = await api.call('GET', `/statements/${CAMPAIGN}?format=csv`, { token: english.token });
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="statement-e5-page-8300001-\d{8}T\d{6}Z\.csv"$/,
    );
    expect(csv.html).toBe(fromApi.text);
    expect(csv.html).toContain(
      'Reversed after payment,P-1,,,M365-E5,4,,-160.00,4 units were reversed after the payment.',
    );

    const pdf = await fetch(`${api.base}/portal/statements/${CAMPAIGN}/pdf`, {
      headers: { cookie: [...english.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = renderFirstPage(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Payout statement');
    expect(text.replace(/\s+/g, ' ')).toContain('Paid more than the total: to recover from you CAD 160.00');
  });

  it('is in French for a French partner, with why its payment waits in words', async () => {
    const page = await french.browser.get(`/portal/statements/${CAMPAIGN}`);
    expect(page.html).toContain('<html lang="fr">');
    expect(page.text).toContain('Relevé : Microsoft 365 E5 upsell');
    expect(page.text).toContain(
      'Clôturé le 25 juillet 2026. Le montant dû part avec le prochain cycle de paiement.',
    );
    expect(page.text).toContain(
      'Pourquoi votre paiement attend Il est sous le paiement minimum : il est reporté et versé avec votre prochain paiement qui atteint ce minimum.',
    );
    expect(page.text).toContain(
      'Encore 35 unités peuvent être payées avant le maximum de 40 unités par partenaire.',
    );
    expect(page.text).toContain(
      'F-1 12 juillet 2026 desjardins M365-E3 5 15,00 CAD par unité 75,00 CAD Poser une question sur cette ligne',
    );
    expect(page.text).toContain(
      'F-2 13 juillet 2026 desjardins M365-E5 2 Elle compte moins d’unités nettes que le minimum par vente.',
    );
    expect(page.text).toContain(
      'F-0 20 juin 2026 desjardins M365-E5 1 Vendue avant le début de la période. Aucune des campagnes auxquelles vous êtes inscrit ne la compte.',
    );
    expect(page.text).toContain('Reste à vous payer 75,00 CAD');
    const csv = await french.browser.get(`/portal/statements/${CAMPAIGN}/csv`);
    expect(csv.html.split('\r\n')[0]).toBe(
      'Ligne,Vente,Vendue le,Client,Produit (SKU),Unités,Taux (CAD),Montant (CAD),Explication',
    );
  });

  it('says so, in a page of its own, for a campaign the partner is not registered for or that does not exist', async () => {
    for (const campaignId of ['summer', 'no-such-campaign']) {
      const page = await french.browser.get(`/portal/statements/${campaignId}`);
      expect(page.status).toBe(404);
      expect(page.text).toContain('Aucun relevé ici');
      expect((await french.browser.get(`/portal/statements/${campaignId}/pdf`)).status).toBe(404);
    }
  });
});
