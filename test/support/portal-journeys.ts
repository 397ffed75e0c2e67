import { expect } from 'vitest';
import { sendAccessCode } from '../../functions/application/send-access-code.js';
import type { ApiHarness } from './api-harness.js';
import { lastAccessCode, partnerDetails } from './api-journeys.js';
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
