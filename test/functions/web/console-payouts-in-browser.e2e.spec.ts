import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../functions/i18n/language.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { AFTER_PERIOD, E5, givenFinanceProgram, NORTHWIND } from '../../support/finance-program.js';
import { pageChecks } from '../../support/page-checks.js';
import type { PageClient } from '../../support/page-client.js';
import { haveChromium, launchChromium } from '../../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../../test-results/console');
const RUN = `/console/payment-runs/${E5}`;

// Run in the page: the project compiles without the DOM's types.
declare const document: { documentElement: { scrollWidth: number } };

const widths = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];
const languages: Language[] = ['en', 'fr'];

describe.skipIf(!haveChromium)('Finance’s pages of the console, in a real browser', () => {
  let api: ApiHarness;
  let finance: PageClient;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApiHarness('2026-07-25T12:00:00Z');
    finance = await givenFinanceProgram(api);
    // A run with something in each state: a payment scheduled, one held, one waiting for approval.
    await finance.submit(await finance.get(RUN), `${RUN}/close`, {});
    await finance.submit(await finance.get(RUN), `${RUN}/schedule`, {});
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A browser signed in as the finance person: the cookies of their session, on the harness's address. */
  async function signedIn(width: number, height: number, language: Language): Promise<BrowserContext> {
    // axe is injected into the pages for the check; the pages' own policy allows no script.
    const context = await browser.newContext({
      viewport: { width, height },
      locale: language === 'fr' ? 'fr-CA' : 'en-CA',
      bypassCSP: true,
    });
    // Chromium sets a `__Host-` cookie only from a secure address; it still sends it to 127.0.0.1 over http.
    const url = api.base.replace(/^http:/, 'https:');
    await context.addCookies(
      [...finance.cookies].map(([name, value]) => ({ name, value, url, secure: true })),
    );
    return context;
  }

  const fitsTheWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  describe.each(widths)('at $width px', ({ width, height }) => {
    const check = pageChecks(join(OUTPUT, 'payouts', String(width)));

    it.each(languages)(
      'shows the report and the payment runs legibly, passing axe, a refused payment kept as typed (%s)',
      { timeout: 120_000 },
      async (language) => {
        const context = await signedIn(width, height, language);
        try {
          const page = await context.newPage();
          await page.goto(`${api.base}/console/payouts?asOf=${AFTER_PERIOD}&sort=amount&dir=desc`);
          await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
          await check(page, `payouts-${language}`);
          expect(await fitsTheWidth(page)).toBeLessThanOrEqual(width);

          await page.goto(`${api.base}/console/payment-runs`);
          await check(page, `payment-runs-${language}`);
          expect(await fitsTheWidth(page)).toBeLessThanOrEqual(width);

          await page.goto(`${api.base}${RUN}`);
          await check(page, `payment-run-${language}`);
          expect(await fitsTheWidth(page)).toBeLessThanOrEqual(width);

          await page.locator('#amount').fill('400');
          await page.locator('#reference').fill('EFT-2026-0001');
          await page.locator(`form[action="${RUN}/payments"] button[type="submit"]`).click();
          await expect.poll(() => page.locator('#amount-error').count()).toBe(1);
          expect(await page.locator('#amount').inputValue()).toBe('400');
          expect(await page.locator('#mpnId').inputValue()).toBe(NORTHWIND);
          await check(page, `payment-refused-${language}`);
          expect(await fitsTheWidth(page)).toBeLessThanOrEqual(width);
        } finally {
          await context.close();
        }
      },
    );
  });
});
