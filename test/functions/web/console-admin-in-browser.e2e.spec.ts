import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, approvedPartner, publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, frequencyTerms } from '../../support/fixtures.js';
import { pageChecks } from '../../support/page-checks.js';
import type { PageClient } from '../../support/page-client.js';
import { haveChromium, launchChromium } from '../../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../../test-results/console');

// Run in the page: the project compiles without the DOM's types.
declare const document: { documentElement: { scrollWidth: number } };

/**
 * The program admin's pages in Chromium, served by the harness: the campaigns, one campaign with
 * its registrations, the form to publish one (refused, then previewed) and the staff directory,
 * on a phone and on a desk, each checked with axe and kept as a screenshot.
 */
describe.skipIf(!haveChromium)('The program admin’s pages, in a real browser', () => {
  let api: ApiHarness;
  let admin: PageClient;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApiHarness('2026-07-25T12:00:00Z');
    admin = (await api.staff('ada@program.example', ['program-admin'], { name: 'Ada Lovelace-Tremblay' }))
      .browser;
    await api.staff('fin@program.example', ['finance', 'approver'], { name: 'Finley Okafor' });
    await publish(
      api,
      dollarPerSkuTerms({
        campaignId: 'm365-e5-upsell-fy27q1',
        name: 'Microsoft 365 E5 upsell, first quarter of fiscal year 2027',
        maxPayoutCentsPerPartner: 5_000_000,
        eligibleLicenseTypes: ['Open', 'OpenValue'],
      }),
    );
    await publish(api, frequencyTerms({ campaignId: 'new-logos', name: 'New customers' }));
    await registeredPartner(api, 'm365-e5-upsell-fy27q1', '8400001');
    await approvedPartner(api, 'm365-e5-upsell-fy27q1', '8400002');
    await registeredPartner(api, 'm365-e5-upsell-fy27q1', '8400003');
    const link = await approvalToken(api, 'm365-e5-upsell-fy27q1', '8400003');
    await api.call('POST', `/approvals/${link}`, {
      body: { decision: 'reject', reason: 'The agreement number belongs to another reseller.' },
    });
    await api.project();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  describe.each([360, 1280])('at %i px', (width) => {
    let context: BrowserContext;
    let page: Page;
    const check = pageChecks(join(OUTPUT, 'admin', String(width)));
    const fitsTheScreen = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    beforeAll(async () => {
      // axe is injected into the pages for the check; the pages' own policy allows no script.
      context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
      // The signed-in admin's session: `__Host-` cookies are Secure, which a browser keeps for 127.0.0.1 too.
      const host = new URL(api.base).hostname;
      await context.addCookies(
        [...admin.cookies].map(([name, value]) => ({ name, value, domain: host, path: '/', secure: true })),
      );
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('show the campaigns, and a campaign with its registrations', async () => {
      await page.goto(`${api.base}/console/campaigns`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Campaigns');
      await fitsTheScreen();
      await check(page, 'campaigns');
      await page
        .getByRole('link', { name: 'Microsoft 365 E5 upsell, first quarter of fiscal year 2027' })
        .click();
      await expect.poll(() => page.locator('h1').textContent()).toContain('Microsoft 365 E5 upsell');
      await fitsTheScreen();
      await check(page, 'campaign');
    });

    it('refuse a campaign form beside its fields, then preview the campaign as partners will read it', {
      timeout: 60_000,
    }, async () => {
      await page.goto(`${api.base}/console/campaigns/new`);
      await check(page, 'new-campaign');
      await page.getByLabel('Campaign id').fill(`fall-${width}`);
      await page.getByLabel('Name partners read').fill('Microsoft 365 E5, fall');
      await page.getByLabel('Sales count from').fill('2026-09-01T00:00');
      await page.getByLabel('Sales count until').fill('2026-12-01T00:00');
      await page.getByLabel('Registration deadline').fill('2026-12-15T00:00');
      await page.getByLabel('Rate card').fill('M365-E5 40.00\nM365-E3 forty');
      await page.getByLabel('Text of the Terms and Conditions').fill('Sell, report truthfully, and be paid.');
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => page.locator('#rateCard-error').textContent()).toContain('Line 2');
      await fitsTheScreen();
      await check(page, 'new-campaign-refused');
      await page.getByLabel('Registration deadline').fill('2026-11-15T00:00');
      await page.getByLabel('Rate card').fill('M365-E5 40.00\nM365-E3 15.00');
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Preview of Microsoft 365 E5, fall');
      await fitsTheScreen();
      await check(page, 'new-campaign-preview');
    });

    it('show the staff, with a form to add a person and one to change each person’s roles', async () => {
      await page.goto(`${api.base}/console/staff`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Staff');
      await fitsTheScreen();
      await check(page, 'staff');
    });
  });
});
