import { expect } from 'vitest';
import { sendAccessCode } from '../../functions/application/send-access-code.js';
import { type ApiHarness, KEYS } from './api-harness.js';
import { approvalToken, lastAccessCode, partnerDetails } from './api-journeys.js';
import { saleLine } from './fixtures.js';
import type { PageClient } from './page-client.js';

const journey = { correlationId: 'test', causationId: 'test', actor: { role: 'system' as const } };

/** A partner signed up through the portal (in `language`), its first code emailed, and logged in: its browser. */
export async function partnerInPortal(
  api: ApiHarness,
  mpnId: string,
  language: 'en' | 'fr' = 'en',
): Promise<PageClient> {
  const browser = api.browser();
  await browser.submit(await browser.get('/portal/sign-up'), '/portal/sign-up', {
    ...partnerDetails(mpnId),
    language,
    timeZone: 'America/Vancouver',
  });
  await sendAccessCode(api.deps, { mpnId, reason: 'first' }, journey);
  const dashboard = await browser.submit(await browser.get('/portal'), '/portal/log-in', {
    mpnId,
    accessCode: lastAccessCode(api, mpnId),
  });
  expect(dashboard.path).toBe('/portal/dashboard');
  return browser;
}

/** Registers through the campaign's page, signing the T&C version it shows (`accept: 'yes'` ticks the box). */
export const registerInPortal = (browser: PageClient, campaignId: string, fields: Record<string, string>) =>
  browser.get(`/portal/campaigns/${campaignId}`).then((page) =>
    browser.submit(page, `/portal/campaigns/${campaignId}/registration`, {
      agreementNumber: 'INV-0048213',
      signerName: 'Dana Smith',
      signerEmail: 'dana@partner.example',
      termsSha256: /name="termsSha256" value="([0-9a-f]{64})"/.exec(page.html)?.[1] ?? '',
      ...fields,
    }),
  );

/**
 * A partner in the portal, registered through it and approved for the campaign, with two sales on
 * its statement: `<mpnId>-1` paid (M365-E5, 10 units), `<mpnId>-2` earning nothing (a SKU the
 * campaign does not pay). Its browser.
 */
export async function partnerWithStatement(
  api: ApiHarness,
  mpnId: string,
  campaignId: string,
  language: 'en' | 'fr' = 'en',
): Promise<PageClient> {
  const browser = await partnerInPortal(api, mpnId, language);
  await registerInPortal(browser, campaignId, { accept: 'yes' });
  const link = await approvalToken(api, campaignId, mpnId);
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  const lines = [
    saleLine({ saleId: `${mpnId}-1`, mpnId, sku: 'M365-E5', quantity: 10 }),
    saleLine({ saleId: `${mpnId}-2`, mpnId, sku: 'XBOX', quantity: 1 }),
  ];
  const recorded = await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } });
  expect(recorded.body).toMatchObject({ accepted: 2 });
  await api.project();
  return browser;
}
