import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';
import type { PageClient, ReceivedPage } from '../../support/page-client.js';
import { errorOf, formValues } from '../../support/page-forms.js';
import {
  partnerInPortal,
  partnerWithStatement as partnerWithStatementIn,
} from '../../support/portal-journeys.js';

const NOW = '2026-07-25T12:00:00Z';
const CAMPAIGN = 'e5-inquiries';
const CLOSED = 'e5-closed';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN, name: 'Microsoft 365 E5 upsell' }));
  await publish(api, dollarPerSkuTerms({ campaignId: CLOSED, name: 'Closed early' }));
});
afterAll(() => api.close());

const finance = (method: string, path: string, body: unknown) =>
  api.call(method, path, { token: KEYS.finance, body });

const partnerWithStatement = (mpnId: string, language: 'en' | 'fr' = 'en', campaignId = CAMPAIGN) =>
  partnerWithStatementIn(api, mpnId, campaignId, language);

/** The form a statement line links to, sent with these fields over what it was filled in with. */
async function raiseFrom(browser: PageClient, link: string, fields: Record<string, string>) {
  const form = await browser.get(link);
  return browser.submit(form, '/portal/inquiries', { ...formValues(form), ...fields });
}

const inquiryLinks = (page: ReceivedPage) =>
  [...page.html.matchAll(/href="\/portal\/inquiries\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

describe('Raising an inquiry in the portal', () => {
  it('opens from a statement line’s link with the campaign and the sale filled in, about that line', async () => {
    const browser = await partnerWithStatement('8300001');
    const form = await browser.get(`/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300001-1`);
    expect(form.status).toBe(200);
    expect(formValues(form)).toMatchObject({
      campaignId: CAMPAIGN,
      saleId: '8300001-1',
      topic: 'statement-line',
    });
    expect(form.html).toContain('<option value="e5-inquiries" selected>Microsoft 365 E5 upsell</option>');
    expect(form.html).toContain('<option value="missing-sale">A sale missing from my statement</option>');
    expect(form.html).toMatch(/<textarea id="message" name="message"[^>]*>/);
  });

  it('raises it with the API’s use case, then shows it with a notice, and lists it newest first', async () => {
    const browser = await partnerWithStatement('8300002');
    const raised = await raiseFrom(browser, `/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300002-2`, {
      message: 'Why does this line earn nothing?\nThe customer bought an E5 bundle.',
    });
    expect(raised.status).toBe(200);
    expect(raised.path).toMatch(/^\/portal\/inquiries\/[0-9a-f-]{36}\?raised=1$/);
    expect(raised.text).toContain('Your inquiry is with finance.');
    expect(raised.text).toContain(
      'Campaign Microsoft 365 E5 upsell Sale 8300002-2 Subject A line of my statement',
    );
    expect(raised.text).toContain('Status Waiting for finance');
    expect(raised.html).toContain(
      '<p>Why does this line earn nothing?<br>The customer bought an E5 bundle.</p>',
    );
    expect(raised.text).toContain('Finance has not answered yet.');

    api.clock.set('2026-07-25T12:05:00Z');
    try {
      const second = await raiseFrom(browser, `/portal/inquiries/new?campaignId=${CAMPAIGN}`, {
        saleId: 'MISSING-7',
        message: 'We sold 5 E5 seats on July 14.',
      });
      expect(second.text).toContain('Subject A sale missing from my statement');
      await api.project();
      const list = await browser.get('/portal/inquiries');
      expect(list.text).toContain(
        'July 25, 2026 Microsoft 365 E5 upsell MISSING-7 A sale missing from my statement Waiting for finance Not yet',
      );
      expect(inquiryLinks(list).map((id) => `/portal/inquiries/${id}?raised=1`)).toEqual([
        second.path,
        raised.path,
      ]);
      expect(list.html).toContain('aria-label="Inquiry of July 25, 2026 about Microsoft 365 E5 upsell"');
    } finally {
      api.clock.set(NOW);
    }
  });

  it('raises one inquiry when the same form is sent twice', async () => {
    const browser = await partnerWithStatement('8300003');
    const form = await browser.get(`/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300003-1`);
    const fields = { ...formValues(form), message: 'Is the rate right?' };
    const first = await browser.submit(form, '/portal/inquiries', fields);
    const again = await browser.submit(form, '/portal/inquiries', fields);
    expect(again.path).toBe(first.path);
    await api.project();
    expect(inquiryLinks(await browser.get('/portal/inquiries'))).toHaveLength(1);
  });

  it('says each refusal beside its field, keeping what was typed', async () => {
    const browser = await partnerWithStatement('8300004');
    const link = `/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300004-1`;
    const message = 'Line one\nLine two';

    const notOnStatement = await raiseFrom(browser, link, { saleId: 'NOT-THERE', message });
    expect(notOnStatement.status).toBe(422);
    expect(errorOf(notOnStatement, 'saleId')).toContain('This sale is not a line of your statement');
    expect(notOnStatement.html).toContain('value="NOT-THERE"');
    expect(notOnStatement.html).toContain(`>\n${message}</textarea>`);

    const onStatement = await raiseFrom(browser, link, { topic: 'missing-sale', message });
    expect(errorOf(onStatement, 'saleId')).toContain('This sale is a line of your statement');

    const noSale = await raiseFrom(browser, link, { saleId: '', message });
    expect(errorOf(noSale, 'saleId')).toBe('Give the sale id of the line you are asking about.');

    const notRegistered = await raiseFrom(browser, link, { campaignId: CLOSED, message });
    expect(notRegistered.status).toBe(404);
    expect(errorOf(notRegistered, 'campaignId')).toBe('Choose one of the campaigns you registered for.');

    const malformed = await raiseFrom(browser, link, { saleId: 'two words', message: '' });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed, 'saleId')).toContain('Enter a sale id');
    expect(errorOf(malformed, 'message')).toBe('Write your question, in at most 2,000 characters.');
    expect(malformed.html).toContain(
      'id="message" name="message" rows="6" maxlength="2000" required aria-invalid="true" aria-describedby="message-hint message-error"',
    );

    await api.project();
    expect(inquiryLinks(await browser.get('/portal/inquiries'))).toEqual([]);
  });

  it('says beside the campaign that inquiries closed some days after its statement was issued', async () => {
    const mpnId = '8300005';
    await partnerWithStatement(mpnId, 'en', CLOSED);
    expect((await finance('POST', '/payouts/close', { campaignId: CLOSED })).status).toBe(200);
    api.clock.set('2026-08-25T13:00:00Z');
    try {
      const browser = await partnerInPortal(api, mpnId);
      const late = await raiseFrom(browser, `/portal/inquiries/new?campaignId=${CLOSED}&saleId=${mpnId}-2`, {
        message: 'Why does XBOX not count?',
      });
      expect(late.status).toBe(422);
      expect(errorOf(late, 'campaignId')).toBe(
        'Inquiries about this campaign’s statement closed 30 days after it was issued.',
      );
    } finally {
      api.clock.set(NOW);
    }
  });
});

describe('An inquiry in the portal', () => {
  it('shows every answer from finance with its date, then the adjustment with its amount and note', async () => {
    const browser = await partnerWithStatement('8300011');
    const raised = await raiseFrom(browser, `/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300011-2`, {
      message: 'Why nothing?',
    });
    const page = raised.path.replace('?raised=1', '');
    const inquiryId = page.split('/').at(-1);
    api.clock.set('2026-07-25T14:30:00Z');
    try {
      await finance('POST', `/finance/inquiries/${inquiryId}/answer`, { message: 'We are checking.' });
      api.clock.set('2026-07-25T16:00:00Z');
      await finance('POST', `/finance/inquiries/${inquiryId}/answer`, {
        message: 'Found it:\nan E5 bundle.',
      });
      await finance('POST', `/finance/inquiries/${inquiryId}/resolve`, {
        outcome: 'adjusted',
        adjustmentCents: 4000,
        note: 'One E5 seat, paid at the E5 rate.',
      });
      const shown = await browser.get(page);
      expect(shown.text).toContain('Status Resolved with an adjustment');
      expect(shown.text).toContain('Answered on July 25, 2026 at 7:30 a.m. PDT We are checking.');
      expect(shown.text).toContain('Answered on July 25, 2026 at 9:00 a.m. PDT Found it: an E5 bundle.');
      expect(shown.html).toContain('<p>Found it:<br>an E5 bundle.</p>');
      expect(shown.text).toContain(
        'Resolved on July 25, 2026 at 9:00 a.m. PDT with an adjustment of CAD 40.00 to your statement. Note from finance One E5 seat, paid at the E5 rate.',
      );
      expect(shown.html).toContain(`href="/portal/statements/${CAMPAIGN}"`);
      await api.project();
      const list = await browser.get('/portal/inquiries');
      expect(list.text).toContain('Resolved with an adjustment July 25, 2026');
    } finally {
      api.clock.set(NOW);
    }
  });

  it('answers another partner’s inquiry with the page of one that does not exist', async () => {
    const owner = await partnerWithStatement('8300012');
    const raised = await raiseFrom(owner, `/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300012-1`, {
      message: 'Mine.',
    });
    const other = await partnerInPortal(api, '8300013');
    const theirs = await other.get(raised.path.replace('?raised=1', ''));
    const none = await other.get('/portal/inquiries/0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11');
    const malformed = await other.get('/portal/inquiries/not-an-id');
    for (const page of [theirs, none, malformed]) {
      expect(page.status).toBe(404);
      expect(page.text).toContain('This inquiry does not exist, or is not one of yours.');
    }
    expect(theirs.text).not.toContain('Mine.');
  });

  it('lists none with how to raise one, and asks a partner with no registration to register first', async () => {
    const browser = await partnerInPortal(api, '8300014');
    const list = await browser.get('/portal/inquiries');
    expect(list.text).toContain('You have not raised an inquiry yet.');
    expect(list.text).toContain('open the statement from your dashboard and follow the link beside the line');
    expect(list.html).toContain('href="/portal/inquiries/new"');
    const form = await browser.get('/portal/inquiries/new');
    expect(form.text).toContain('You can raise an inquiry once you have registered for a campaign.');
    expect(form.html).not.toContain('action="/portal/inquiries"');
  });
});

describe('Inquiries in French', () => {
  it('read in the partner’s language: the form, its refusals, the inquiry with its dates and amounts', async () => {
    const browser = await partnerWithStatement('8300021', 'fr');
    const link = `/portal/inquiries/new?campaignId=${CAMPAIGN}&saleId=8300021-2`;
    const form = await browser.get(link);
    expect(form.html).toContain('<html lang="fr">');
    expect(form.text).toContain('Faire une demande');
    expect(form.html).toContain('<option value="statement-line" selected>Une ligne de mon relevé</option>');
    const refused = await raiseFrom(browser, link, { topic: 'missing-sale', message: 'Pourquoi?' });
    expect(errorOf(refused, 'saleId')).toBe(
      'Cette vente est une ligne de votre relevé pour cette campagne : choisissez «\u00a0Une ligne de mon relevé\u00a0» pour poser votre question.',
    );
    const raised = await raiseFrom(browser, link, { message: 'Pourquoi rien?' });
    const inquiryId = raised.path.replace('?raised=1', '').split('/').at(-1);
    await finance('POST', `/finance/inquiries/${inquiryId}/resolve`, {
      outcome: 'declined',
      note: 'Le XBOX ne fait pas partie de la campagne.',
    });
    const shown = await browser.get(`/portal/inquiries/${inquiryId}`);
    expect(shown.text).toContain('Demande sur Microsoft 365 E5 upsell');
    expect(shown.text).toContain('Objet Une ligne de mon relevé État Réglée : refusée');
    expect(shown.text).toContain(
      'Réglée le 25 juillet 2026 à 05 h 00 HAP : refusée. Votre relevé ne change pas.',
    );
    await api.project();
    const list = await browser.get('/portal/inquiries');
    expect(list.text).toContain(
      '25 juillet 2026 Microsoft 365 E5 upsell 8300021-2 Une ligne de mon relevé Réglée : refusée Pas encore',
    );
  });
});
