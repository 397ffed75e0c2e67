import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvedPartner, partnerDetails, publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import { pageChecks } from '../../support/page-checks.js';
import type { PageClient } from '../../support/page-client.js';
import { formValues } from '../../support/page-forms.js';
import { partnerWithStatement } from '../../support/portal-journeys.js';
import { haveChromium, launchChromium } from '../../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../../test-results/console');
const CAMPAIGN = 'dynamics-365-business-central-accelerator';
const NAME = 'Dynamics 365 Business Central accelerator for small and medium businesses';
// The inquiries' partners sell alike: in a campaign of their own, the scan does not see them.
const ASKED = 'm365-e5-upsell';

// Run in the page: the project compiles without the DOM's types.
declare const document: { documentElement: { scrollWidth: number } };

const finance = (api: ApiHarness, path: string, body: unknown) =>
  api.call('POST', path, { token: KEYS.finance, body });

/** A partner's inquiry about its line that earns nothing, raised in the portal: its id. */
async function inquiryOf(api: ApiHarness, mpnId: string, message: string): Promise<string> {
  const partner = await partnerWithStatement(api, mpnId, ASKED);
  const form = await partner.get(`/portal/inquiries/new?campaignId=${ASKED}&saleId=${mpnId}-2`);
  const raised = await partner.submit(form, '/portal/inquiries', {
    ...formValues(form, '/portal/inquiries'),
    message,
  });
  return raised.path.split('/').at(-1)?.split('?')[0] ?? '';
}

/**
 * A program with what finance's queues show at their fullest: an inquiry answered and waiting, one
 * resolved with an adjustment, and fraud flags of every kind a scan raises, one of them reviewed.
 */
async function programWithQueues(api: ApiHarness) {
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN, name: NAME }));
  await publish(api, dollarPerSkuTerms({ campaignId: ASKED, name: 'Microsoft 365 E5 upsell' }));
  const waiting = await inquiryOf(
    api,
    '9300001',
    'Why does this line earn nothing? The customer bought the Xbox bundle with 25 E5 seats, on the same invoice as the line above.',
  );
  await finance(api, `/finance/inquiries/${waiting}/answer`, {
    message: 'We are checking the invoice with the distributor.\nWe will come back to you this week.',
  });
  const resolved = await inquiryOf(api, '9300002', 'Is the rate of this line right?');
  await finance(api, `/finance/inquiries/${resolved}/resolve`, {
    outcome: 'adjusted',
    adjustmentCents: -1250,
    note: 'Half a seat was paid twice: taken back.',
  });
  const [first, second, splitter] = ['9300011', '9300012', '9300013'];
  const companies = {
    [first]: 'Northwind Traders Inc.',
    [second]: 'Contoso Cloud Solutions and Managed Services International Ltd.',
    [splitter]: 'Fabrikam Systems Integration',
  };
  for (const [mpnId, companyName] of Object.entries(companies)) {
    await approvedPartner(api, CAMPAIGN, mpnId, { ...partnerDetails(mpnId), companyName });
  }
  const tiny = (n: number) =>
    saleLine({
      saleId: `INV-2026-0071-${n}`,
      mpnId: splitter,
      customerId: 'fabrikam-manufacturing',
      quantity: 1,
      soldAt: `2026-07-20T0${n}:00:00Z`,
    });
  const lines = [
    saleLine({
      saleId: 'INV-2026-0042',
      mpnId: first,
      customerId: 'contoso',
      soldAt: '2026-07-15T10:00:00Z',
    }),
    saleLine({
      saleId: 'INV-2026-0043',
      mpnId: second,
      customerId: 'contoso',
      soldAt: '2026-07-15T16:00:00Z',
    }),
    ...[1, 2, 3, 4, 5].map(tiny),
  ];
  const sent = await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
  expect(sent.body).toMatchObject({ accepted: lines.length });
  const scan = await finance(api, '/fraud-flags/scan', { campaignId: CAMPAIGN });
  const raised = (scan.body as { raised: string[] }).raised;
  const cleared = raised.find((id) => id.includes(first)) ?? '';
  await finance(api, `/fraud-flags/${cleared}/review`, { verdict: 'cleared', note: 'Two sites of Contoso.' });
  await api.project();
  return { waiting, resolved };
}

const widths = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];

describe.skipIf(!haveChromium)('Finance’s queues in the console, in a real browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let staff: PageClient;
  let inquiries: { waiting: string; resolved: string };

  beforeAll(async () => {
    api = await startApiHarness('2026-07-25T12:00:00Z');
    browser = await launchChromium();
    inquiries = await programWithQueues(api);
    ({ browser: staff } = await api.staff('fran@program.example', ['finance'], { name: 'Fran Leblanc' }));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A browser context signed in as the finance person: their session's cookies, in their language. */
  async function signedIn(width: number, height: number, locale: string): Promise<BrowserContext> {
    // axe is injected into the pages for the check; the pages' own policy allows no script.
    const context = await browser.newContext({ viewport: { width, height }, locale, bypassCSP: true });
    // A `__Host-` cookie has no domain of its own: the browser keeps it for the harness's host.
    const { hostname } = new URL(api.base);
    await context.addCookies(
      [...staff.cookies].map(([name, value]) => ({
        name,
        value,
        domain: hostname,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Strict' as const,
      })),
    );
    return context;
  }

  const fitsWidth = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  describe.each(widths)('at $width px', ({ width, height }) => {
    const check = pageChecks(join(OUTPUT, 'queues', String(width)));

    it.each([
      ['en', 'en-CA'],
      ['fr', 'fr-CA'],
    ])(
      'shows the inquiries, an inquiry and its refused form, and the fraud flags legibly (%s)',
      {
        timeout: 120_000,
      },
      async (language, locale) => {
        const context = await signedIn(width, height, locale);
        try {
          const page = await context.newPage();
          await page.goto(`${api.base}/console/inquiries?status=all`);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          expect(await page.locator('h1').textContent()).not.toContain('Sign');
          await check(page, `${language}-inquiries`);
          await fitsWidth(page, width);

          await page.goto(`${api.base}/console/inquiries/${inquiries.waiting}`);
          await check(page, `${language}-inquiry`);
          await fitsWidth(page, width);

          await page.locator('#amount').fill('12.505');
          await page.locator('#note').fill('Paid at the E5 rate.');
          await page.locator('form[action$="/resolve"] button[type="submit"]').click();
          await expect.poll(() => page.locator('#amount-error').count()).toBe(1);
          expect(await page.locator('#amount').inputValue()).toBe('12.505');
          await check(page, `${language}-inquiry-refused`);

          await page.goto(`${api.base}/console/inquiries/${inquiries.resolved}`);
          await check(page, `${language}-inquiry-resolved`);

          await page.goto(`${api.base}/console/fraud-flags`);
          await check(page, `${language}-fraud-flags`);
          await fitsWidth(page, width);
        } finally {
          await context.close();
        }
      },
    );
  });
});
