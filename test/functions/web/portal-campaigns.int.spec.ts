import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAccessCode } from '../../../functions/application/send-access-code.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { approvalToken, lastAccessCode, publish, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, frequencyTerms } from '../../support/fixtures.js';
import { partnerInPortal, registerInPortal } from '../../support/portal-journeys.js';

const NOW = '2026-07-25T12:00:00Z';
const journey = { correlationId: 'test', causationId: 'test', actor: { role: 'system' as const } };
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  await publish(
    api,
    dollarPerSkuTerms({
      campaignId: 'e5-upsell',
      name: 'Microsoft 365 E5 upsell',
      rateCard: [
        { sku: 'M365-E5', amountCents: 4000 },
        { sku: 'M365-E3', amountCents: 1500 },
      ],
      maxPayoutCentsPerPartner: 5_000_000,
    }),
  );
  await publish(api, frequencyTerms({ campaignId: 'new-logos', name: 'New customers' }));
});
afterAll(() => api.close());

describe('The campaigns in the portal', () => {
  it('lists the campaigns open for registration, each with its kind, period and deadline', async () => {
    const browser = await partnerInPortal(api, '8200001');
    const list = await browser.get('/portal/campaigns');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Microsoft 365 E5 upsell An amount for each unit sold');
    expect(list.text).toContain('New customers A bonus for the number of sales');
    expect(list.html).toContain('href="/portal/campaigns/e5-upsell"');
  });

  it('tells a campaign’s rules in words, in the partner’s language and time zone, with its T&Cs to read and keep', async () => {
    const browser = await partnerInPortal(api, '8200002', 'fr');
    const page = await browser.get('/portal/campaigns/e5-upsell');
    expect(page.html).toContain('<html lang="fr">');
    expect(page.text).toContain('M365-E5 40,00 CAD');
    expect(page.text).toContain('Au plus 50 000,00 CAD par partenaire.');
    expect(page.text).toMatch(/Inscrivez-vous au plus tard le \d+ \S+ 2026 à \d+ h \d+ HA[EP]/);
    expect(page.text).toContain(TERMS_TEXT);
    const terms = await browser.get('/portal/campaigns/e5-upsell/terms');
    expect(terms.headers.get('content-disposition')).toMatch(/^attachment; filename="e5-upsell-terms-/);
    expect(terms.html).toBe(TERMS_TEXT);
    const tiers = await browser.get('/portal/campaigns/new-logos');
    expect(tiers.text).toContain('Ventes Prime');
  });

  it('registers a partner who accepts the exact version shown, and then shows where its registration stands', async () => {
    const browser = await partnerInPortal(api, '8200003');
    const unaccepted = await registerInPortal(browser, 'e5-upsell', {});
    expect(unaccepted.status).toBe(400);
    expect(unaccepted.html).toContain('id="accept-error"');
    expect(unaccepted.html).toContain('value="INV-0048213"');
    const registered = await registerInPortal(browser, 'e5-upsell', { accept: 'yes' });
    expect(registered).toMatchObject({ status: 200, path: '/portal/campaigns/e5-upsell?registered=1' });
    expect(registered.text).toContain('You are registered.');
    expect(registered.text).toContain('Waiting for approval');
    expect(registered.html).not.toContain('action="/portal/campaigns/e5-upsell/registration"');
    const status = await api.call('GET', '/registrations/e5-upsell--8200003', {
      token: await apiToken('8200003'),
    });
    expect(status.body).toMatchObject({
      agreementNumber: 'INV-0048213',
      signature: { signerName: 'Dana Smith', termsSha256: sha256Hex(TERMS_TEXT) },
    });
  });

  it('shows the T&Cs again to accept when they changed while the partner read them', async () => {
    const browser = await partnerInPortal(api, '8200004');
    const outdated = await registerInPortal(browser, 'e5-upsell', {
      accept: 'yes',
      termsSha256: 'a'.repeat(64),
    });
    expect(outdated.status).toBe(409);
    expect(outdated.text).toContain('The Terms and Conditions changed while you were reading them.');
    expect(outdated.html).toContain(`name="termsSha256" value="${sha256Hex(TERMS_TEXT)}"`);
  });

  it('lists the partner’s registrations on its dashboard once approved, with the way to its statement', async () => {
    const browser = await partnerInPortal(api, '8200005');
    await registerInPortal(browser, 'e5-upsell', { accept: 'yes' });
    const link = await approvalToken(api, 'e5-upsell', '8200005');
    await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } });
    await api.project();
    const dashboard = await browser.get('/portal/dashboard');
    expect(dashboard.text).toContain('Microsoft 365 E5 upsell Approved');
    expect(dashboard.html).toContain('href="/portal/statements/e5-upsell"');
  });

  it('answers a campaign that does not exist with a page that says so', async () => {
    const browser = await partnerInPortal(api, '8200006');
    const missing = await browser.get('/portal/campaigns/no-such-campaign');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('This campaign does not exist');
  });
});

/** The partner's bearer token for the API, beside its browser session. */
async function apiToken(mpnId: string) {
  await sendAccessCode(api.deps, { mpnId, reason: 'requested' }, journey);
  const session = await api.call('POST', '/partners/session', {
    body: { mpnId, accessCode: lastAccessCode(api, mpnId) },
  });
  return (session.body as { token: string }).token;
}
