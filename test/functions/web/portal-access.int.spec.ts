import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAccessCode } from '../../../functions/application/send-access-code.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { lastAccessCode, partnerDetails, publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';
import type { PageClient, ReceivedPage } from '../../support/page-client.js';

const CAMPAIGN = 'portal-e5';
const journey = { correlationId: 'test', causationId: 'test', actor: { role: 'system' as const } };
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN, name: 'Microsoft 365 E5 upsell' }));
});
afterAll(() => api.close());

/** Signs up through the portal's form, then lets the journey email the first code. */
async function signUpInPortal(browser: PageClient, mpnId: string, language = 'en') {
  const details = partnerDetails(mpnId);
  const form = await browser.get('/portal/sign-up');
  const sent = await browser.submit(form, '/portal/sign-up', {
    mpnId,
    companyName: details.companyName,
    contactEmail: details.contactEmail,
    country: 'CA',
    language,
    timeZone: 'America/Toronto',
  });
  await sendAccessCode(api.deps, { mpnId, reason: 'first' }, journey);
  return { sent, code: lastAccessCode(api, mpnId) };
}

async function logInInPortal(browser: PageClient, mpnId: string, accessCode: string, page?: ReceivedPage) {
  return browser.submit(page ?? (await browser.get('/portal')), '/portal/log-in', { mpnId, accessCode });
}

const cookieHeaders = (page: ReceivedPage) => page.headers.getSetCookie();

describe('Getting into the portal', () => {
  it('opens at the root on the login form, with links to get a code', async () => {
    const home = await api.browser().get('/');
    expect(home).toMatchObject({ status: 200, path: '/portal' });
    expect(home.text).toContain('Log in with your Microsoft Partner Network (MPN) ID');
    expect(home.html).toContain('href="/portal/access-code"');
    expect(home.html).toContain('href="/portal/sign-up"');
  });

  it('signs a partner up in the language its browser asks for, answering alike whether or not a code went', async () => {
    const browser = api.browser();
    const { sent } = await signUpInPortal(browser, '8100001', 'fr');
    expect(sent).toMatchObject({ status: 200, path: '/portal/code-sent?mpnId=8100001' });
    const french = api.browser({ acceptLanguage: 'fr-CA,fr;q=0.9' });
    const form = await french.get('/portal/sign-up');
    expect(form.html).toContain('<html lang="fr">');
    expect(form.html).toMatch(/<option value="fr" selected>/);
    const unknown = await french.submit(await french.get('/portal/access-code'), '/portal/access-code', {
      mpnId: '8199999',
    });
    const known = await french.submit(await french.get('/portal/access-code'), '/portal/access-code', {
      mpnId: '8100001',
    });
    expect(unknown.text.replace('8199999', 'X')).toBe(known.text.replace('8100001', 'X'));
    expect(known.text).toContain('un code d’accès est en route');
  });

  it('names each wrong field beside it, keeping what was typed, and refuses a country outside the program', async () => {
    const browser = api.browser();
    const form = await browser.get('/portal/sign-up');
    const wrong = await browser.submit(form, '/portal/sign-up', {
      mpnId: '12',
      companyName: 'Fabrikam\nBcc: x',
      contactEmail: 'not-an-email',
      country: 'CA',
      language: 'en',
      timeZone: 'America/Toronto',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('id="mpnId-error"');
    expect(wrong.html).toContain('id="companyName-error"');
    expect(wrong.html).toContain('id="contactEmail-error"');
    expect(wrong.html).toContain('value="not-an-email"');
    const abroad = await browser.submit(form, '/portal/sign-up', {
      ...partnerDetails('8100002'),
      country: 'US',
      language: 'en',
      timeZone: 'America/Toronto',
    });
    expect(abroad.status).toBe(422);
    expect(abroad.text).toContain('Only partners in Canada can join this program.');
  });

  it('logs in with the emailed code into a session kept in a strict, HttpOnly cookie, and out again', async () => {
    const browser = api.browser();
    const { code } = await signUpInPortal(browser, '8100003');
    const wrong = await logInInPortal(browser, '8100003', 'WRONGCODE1');
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain('id="accessCode-error"');
    expect(wrong.html).toContain('value="8100003"');
    const home = await browser.get('/portal?mpnId=8100003');
    expect(home.html).toContain('value="8100003"');
    const dashboard = await logInInPortal(browser, '8100003', code, home);
    expect(dashboard).toMatchObject({ status: 200, path: '/portal/dashboard' });
    expect(dashboard.text).toContain('You have not registered for a campaign yet.');
    const session = browser.cookies.get('__Host-session') ?? '';
    expect(session).toMatch(/\./);
    const out = await browser.submit(dashboard, '/portal/log-out', {});
    expect(out).toMatchObject({ status: 200, path: '/portal?out=1' });
    expect(out.text).toContain('You are logged out.');
    await api.project();
    const reused = await api.browser().get('/portal/dashboard', { cookie: `__Host-session=${session}` });
    expect(reused.path).toBe('/portal?next=%2Fportal%2Fdashboard&ended=1');
  });

  it('sets its cookies for this host only, secure, and out of reach of scripts', async () => {
    const browser = api.browser();
    const { code } = await signUpInPortal(browser, '8100004');
    const home = await browser.get('/portal');
    const response = await fetch(`${api.base}/portal/log-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: [...browser.cookies].map(([n, v]) => `${n}=${v}`).join('; '),
      },
      body: new URLSearchParams({
        _csrf: /name="_csrf" value="([^"]*)"/.exec(home.html)?.[1] ?? '',
        mpnId: '8100004',
        accessCode: code,
      }),
    });
    expect(response.status).toBe(303);
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('__Host-session='))).toMatch(
      /; Path=\/; Max-Age=28800; Secure; SameSite=Strict; HttpOnly$/,
    );
    expect(cookies.find((c) => c.startsWith('__Host-signed-in='))).toMatch(/SameSite=Lax; HttpOnly$/);
    expect(cookieHeaders(home).find((c) => c.startsWith('__Host-csrf='))).toBeUndefined();
  });

  it('sends a visitor without a session to log in, and back to the page it asked for', async () => {
    const browser = api.browser();
    const { code } = await signUpInPortal(browser, '8100005');
    const asked = await browser.get(`/portal/campaigns/${CAMPAIGN}`);
    expect(asked.path).toBe(`/portal?next=%2Fportal%2Fcampaigns%2F${CAMPAIGN}`);
    const arrived = await browser.submit(asked, `/portal/log-in?next=%2Fportal%2Fcampaigns%2F${CAMPAIGN}`, {
      mpnId: '8100005',
      accessCode: code,
    });
    expect(arrived).toMatchObject({ status: 200, path: `/portal/campaigns/${CAMPAIGN}` });
    for (const next of ['//evil.example/portal', 'https://evil.example', '/campaigns', '/portal/../admin']) {
      const page = await api.browser().get(`/portal?${new URLSearchParams({ next })}`);
      expect(page.html, next).toContain('action="/portal/log-in"');
    }
  });
});

describe('A link followed from an email', () => {
  it('takes one step on the site, so that the strict session cookie comes along, then logs in if none does', async () => {
    const browser = api.browser();
    const { code } = await signUpInPortal(browser, '8100007');
    await logInInPortal(browser, '8100007', code);
    // Coming from another site, the browser sends the lax marker but not the strict session.
    const marker = `__Host-signed-in=${browser.cookies.get('__Host-signed-in')}`;
    const fromEmail = await api.browser().get(`/portal/campaigns/${CAMPAIGN}`, { cookie: marker });
    expect(fromEmail.status).toBe(200);
    expect(fromEmail.html).toContain(
      `<meta http-equiv="refresh" content="0; url=/portal/campaigns/${CAMPAIGN}?again=1">`,
    );
    const sameSite = await browser.get(`/portal/campaigns/${CAMPAIGN}?again=1`);
    expect(sameSite).toMatchObject({ status: 200, path: `/portal/campaigns/${CAMPAIGN}` });
    const noSession = await api.browser().get(`/portal/campaigns/${CAMPAIGN}?again=1`, { cookie: marker });
    expect(noSession.path).toBe(`/portal?next=%2Fportal%2Fcampaigns%2F${CAMPAIGN}`);
  });
});

describe('An address the portal does not have', () => {
  it('answers with a page that says so, in the reader’s language, and a way back', async () => {
    const missing = await api.browser({ acceptLanguage: 'fr' }).get('/portal/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<html lang="fr">');
    expect(missing.text).toContain('Page introuvable');
    expect(missing.html).toContain('href="/portal"');
  });
});

describe('Forms from elsewhere', () => {
  it('are refused without the token the page wrote, with another browser’s token, or from another site', async () => {
    const browser = api.browser();
    await browser.get('/portal/sign-up');
    const details = { ...partnerDetails('8100006'), language: 'en', timeZone: 'America/Toronto' };
    expect((await browser.post('/portal/sign-up', details)).status).toBe(403);
    const other = api.browser();
    const othersToken =
      /name="_csrf" value="([^"]*)"/.exec((await other.get('/portal/sign-up')).html)?.[1] ?? '';
    expect((await browser.post('/portal/sign-up', { ...details, _csrf: othersToken })).status).toBe(403);
    const page = await browser.get('/portal/sign-up');
    const crossSite = await browser.submit(page, '/portal/sign-up', details, {
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.text).toContain('This form has expired');
  });
});
