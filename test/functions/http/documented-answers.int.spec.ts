import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import { addMs } from '../../../events/instant.js';
import { registrationIdOf } from '../../../events/streams.js';
import type { Role } from '../../../functions/http/api-handler.js';
import type { RouteSpec } from '../../../functions/http/route.js';
import { routeModules } from '../../../functions/http/route-table.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { documentedPairs } from '../../support/answer-contract.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import {
  approvalToken,
  logIn,
  partnerDetails,
  publish,
  register,
  registeredPartner,
  signUp,
  TERMS_TEXT,
} from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import { roomyPolicy } from '../../support/memory-program.js';

/**
 * Every answer the OpenAPI document promises, provoked through the API: the harness holds each
 * to the schema documented for its route and status, and the last test names any promised
 * answer no test here provoked.
 */

const NOW = '2026-07-25T12:00:00Z';
const CAMPAIGN = 'contract';
const TERMS = dollarPerSkuTerms({ campaignId: CAMPAIGN });
const [APPROVED, COPYCAT, PENDING] = ['6300001', '6300002', '6300003'];
const routes: RouteSpec[] = routeModules.map((m) => m.route);

let api: ApiHarness;
let approved: string;
let approvedLink: string;
let pendingLink: string;

const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body !== undefined ? { body } : {}) });
const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
const refused = (status: number, code: string) => ({ status, body: { error: { code } } });

/**
 * Three partners registered for one campaign: two approved (one from JSON, one from the page's
 * form) who both claim the same sale to Contoso, one still waiting for a decision.
 */
beforeAll(async () => {
  // The program's own limits, but for sign-ups from this one address, and codes that lock quickly.
  const { accessLimits } = defaultProgramPolicy;
  api = await startApiHarness(NOW, {
    ...defaultProgramPolicy,
    maxWrongTriesPerCode: 3,
    accessLimits: { ...accessLimits, signUpsPerSource: roomyPolicy.accessLimits.signUpsPerSource },
  });
  await publish(api, TERMS);
  for (const mpnId of [APPROVED, COPYCAT, PENDING]) {
    const token = await registeredPartner(api, CAMPAIGN, mpnId);
    if (mpnId === APPROVED) approved = token;
  }
  approvedLink = await approvalToken(api, CAMPAIGN, APPROVED);
  pendingLink = await approvalToken(api, CAMPAIGN, PENDING);
  expect(
    await api.call('POST', `/approvals/${approvedLink}`, { body: { decision: 'approve' } }),
  ).toMatchObject({
    status: 200,
    body: { status: 'approved' },
  });
  const copycatLink = await approvalToken(api, CAMPAIGN, COPYCAT);
  const page = await api.call('POST', `/approvals/${copycatLink}`, form({ decision: 'approve' }));
  expect(page.status).toBe(200);
  const lines = [APPROVED, COPYCAT].map((mpnId) =>
    saleLine({ saleId: `S-${mpnId}`, mpnId, customerId: 'contoso', soldAt: '2026-07-15T10:00:00Z' }),
  );
  expect(await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).toMatchObject({
    status: 200,
    body: { accepted: 2 },
  });
  await api.project();
});
afterAll(() => api.close());

const credentialOf: Record<Role, () => string | undefined> = {
  anyone: () => undefined,
  approver: () => undefined,
  partner: () => approved,
  finance: () => KEYS.finance,
  'sales-system': () => KEYS.salesSystem,
  'program-admin': () => KEYS.programAdmin,
};
const anotherRolesKey = (role: Role) => (role === 'finance' ? KEYS.salesSystem : KEYS.finance);
const anyPath = (route: RouteSpec) => route.path.replace(/\{\w+\}/g, 'x');
const named = (some: RouteSpec[]) => some.map((route) => [`${route.method} ${route.path}`, route] as const);

describe('Every route of a kind', () => {
  it.each(named(routes.filter((r) => r.role !== 'anyone' && r.role !== 'approver')))(
    '%s answers 401 without credentials and 403 with those of another role',
    async (_, route) => {
      expect(await api.call(route.method, anyPath(route))).toMatchObject(refused(401, 'unauthenticated'));
      expect(
        await api.call(route.method, anyPath(route), { token: anotherRolesKey(route.role) }),
      ).toMatchObject(refused(403, 'forbidden'));
    },
  );

  it.each(named(routes.filter((r) => r.request?.body)))(
    '%s answers 413 for a body over 6 MB, 415 for one that is not JSON, and 400 for a field it does not know',
    async (_, route) => {
      const token = credentialOf[route.role]();
      const huge = { token, body: { padding: 'x'.repeat(7 * 1024 * 1024) } };
      expect(await api.call(route.method, anyPath(route), huge)).toMatchObject(
        refused(413, 'body-too-large'),
      );
      const plain = { token, body: 'text', headers: { 'content-type': 'text/plain' } };
      expect(await api.call(route.method, anyPath(route), plain)).toMatchObject(
        refused(415, 'unsupported-media-type'),
      );
      const unknownField = { token, body: { unknownField: 1 } };
      expect(await api.call(route.method, anyPath(route), unknownField)).toMatchObject(
        refused(400, 'invalid-request'),
      );
    },
  );

  it.each(named(routes.filter((r) => r.paged)))(
    '%s answers 400 for a limit out of bounds or not a number, and for a cursor it did not answer',
    async (_, route) => {
      const token = credentialOf[route.role]();
      const ask = (paging: Record<string, string>) =>
        api.call(
          route.method,
          `${anyPath(route)}?${new URLSearchParams({ ...route.request?.example?.query, ...paging })}`,
          {
            token,
          },
        );
      const max = route.paged?.maxLimit ?? 0;
      for (const limit of ['0', String(max + 1), 'ten', '1.5', '-1', '']) {
        expect(await ask({ limit })).toMatchObject({
          ...refused(400, 'invalid-request'),
          body: {
            error: {
              details: [{ field: 'query.limit', message: `must be a whole number from 1 to ${max}` }],
            },
          },
        });
      }
      const anotherRoutes = Buffer.from(JSON.stringify({ route: 'elsewhere', after: ['x'] })).toString(
        'base64url',
      );
      const notJson = Buffer.from('{"route":').toString('base64url');
      for (const cursor of ['not a cursor', anotherRoutes, notJson, 'AAAA']) {
        expect(await ask({ cursor })).toMatchObject(
          refused(400, cursor === 'not a cursor' ? 'invalid-request' : 'invalid-cursor'),
        );
      }
    },
  );

  it.each(named(routes.filter((r) => r.request?.query)))(
    '%s answers 400 for a query parameter it does not know',
    async (_, route) => {
      const response = await api.call(route.method, `${anyPath(route)}?unknownField=1`, {
        token: credentialOf[route.role](),
      });
      expect(response).toMatchObject(refused(400, 'invalid-request'));
    },
  );
});

describe('Partner onboarding', () => {
  it('refuses a country outside the program (422) and a fourth sign-up giving one address in the hour (429)', async () => {
    const abroad = { ...partnerDetails('6300010'), country: 'US' };
    expect(await api.call('POST', '/partners/signup', { body: abroad })).toMatchObject(
      refused(422, 'country-not-eligible'),
    );
    await signUp(api, '6300011');
    for (const _ of [1, 2]) await api.call('POST', '/partners/signup', { body: partnerDetails('6300011') });
    expect(await api.call('POST', '/partners/signup', { body: partnerDetails('6300011') })).toMatchObject(
      refused(429, 'too-many-sign-ups'),
    );
  });

  it('refuses a wrong code (401), locks it past its wrong tries (429), and refuses an expired one (410)', async () => {
    await signUp(api, '6300012');
    const wrong = { body: { mpnId: '6300012', accessCode: 'WRONGCODE2' } };
    const statuses = [];
    for (const _ of [1, 2, 3]) statuses.push((await api.call('POST', '/partners/session', wrong)).status);
    expect(statuses).toEqual([401, 401, 429]);
    const code = await signUp(api, '6300013');
    api.clock.set(addMs(NOW, 8 * DAY_MS));
    try {
      expect(
        await api.call('POST', '/partners/session', { body: { mpnId: '6300013', accessCode: code } }),
      ).toMatchObject(refused(410, 'access-code-expired'));
    } finally {
      api.clock.set(NOW);
    }
  });
});

describe('Partner sessions', () => {
  it('log out (200), after which the token opens nothing (401)', async () => {
    const token = await logIn(api, '6300014');
    expect(await api.call('POST', '/partners/session/logout', { token })).toMatchObject({
      status: 200,
      body: { status: 'logged-out' },
    });
    await api.project();
    expect((await api.call('POST', '/partners/session/logout', { token })).status).toBe(401);
  });
});

describe('Campaigns and registrations', () => {
  it('show open campaigns, one campaign and its T&C text, or 404 for an unknown one', async () => {
    expect(await api.call('GET', '/campaigns', { token: approved })).toMatchObject({ status: 200 });
    expect(await api.call('GET', `/campaigns/${CAMPAIGN}`, { token: approved })).toMatchObject({
      status: 200,
      body: { campaignId: CAMPAIGN, terms: { minUnitsPerSale: 1 } },
    });
    expect(await api.call('GET', `/campaigns/${CAMPAIGN}/terms`, { token: approved })).toMatchObject({
      status: 200,
      text: TERMS_TEXT,
    });
    for (const path of ['/campaigns/nope', '/campaigns/nope/terms']) {
      expect(await api.call('GET', path, { token: approved })).toMatchObject(
        refused(404, 'campaign-not-found'),
      );
    }
  });

  it('refuse a registration for no campaign (404), a second one (409), or with outdated T&Cs (422)', async () => {
    const signed = sha256Hex(TERMS_TEXT);
    expect(await register(api, approved, 'nope', signed)).toMatchObject(refused(404, 'campaign-not-found'));
    expect(await register(api, approved, CAMPAIGN, signed)).toMatchObject(refused(409, 'already-registered'));
    const newcomer = await logIn(api, '6300014');
    expect(await register(api, newcomer, CAMPAIGN, 'a'.repeat(64))).toMatchObject(
      refused(422, 'terms-version-outdated'),
    );
  });

  it("list the partner's registrations, and show one with its history or 404", async () => {
    expect(await api.call('GET', '/registrations', { token: approved })).toMatchObject({ status: 200 });
    const registrationId = registrationIdOf(CAMPAIGN, APPROVED);
    expect(await api.call('GET', `/registrations/${registrationId}`, { token: approved })).toMatchObject({
      status: 200,
      body: { registrationId, status: 'approved' },
    });
    const othersRegistration = `/registrations/${registrationIdOf(CAMPAIGN, PENDING)}`;
    expect(await api.call('GET', othersRegistration, { token: approved })).toMatchObject(
      refused(404, 'registration-not-found'),
    );
  });
});

describe('Approval links', () => {
  it('show the registration, or a page saying the link was never sent (404)', async () => {
    const page = await api.call('GET', `/approvals/${pendingLink}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(PENDING);
    expect((await api.call('GET', '/approvals/never.sent')).status).toBe(404);
  });

  it('refuse a decision through a link never sent (404), on a decided registration (409), or a rejection without reason (422)', async () => {
    const decide = (link: string, body: object) => api.call('POST', `/approvals/${link}`, { body });
    expect(await decide('never.sent', { decision: 'approve' })).toMatchObject(
      refused(404, 'approval-link-invalid'),
    );
    expect(await decide(approvedLink, { decision: 'approve' })).toMatchObject(
      refused(409, 'already-decided'),
    );
    expect(await decide(pendingLink, { decision: 'reject' })).toMatchObject(
      refused(422, 'rejection-reason-required'),
    );
  });

  it('expire after 7 days: a page saying so, and a decision refused (410)', async () => {
    api.clock.set(addMs(NOW, 8 * DAY_MS));
    try {
      expect((await api.call('GET', `/approvals/${pendingLink}`)).status).toBe(410);
      expect(
        await api.call('POST', `/approvals/${pendingLink}`, { body: { decision: 'approve' } }),
      ).toMatchObject(refused(410, 'approval-link-expired'));
    } finally {
      api.clock.set(NOW);
    }
  });
});

describe('Sales, statements and inquiries', () => {
  it('take reversals one by one', async () => {
    const reversal = {
      reversalId: 'CN-1',
      saleId: `S-${APPROVED}`,
      quantity: 1,
      reversedAt: '2026-07-20T00:00:00Z',
    };
    expect(
      await api.call('POST', '/sales/reversals', {
        token: KEYS.salesSystem,
        body: { reversals: [reversal] },
      }),
    ).toMatchObject({ status: 200, body: { accepted: 1 } });
  });

  it("answer the partner's statements, one as JSON or CSV, or 404 for a campaign it is not in", async () => {
    expect(await api.call('GET', '/statements', { token: approved })).toMatchObject({ status: 200 });
    expect(await api.call('GET', `/statements/${CAMPAIGN}`, { token: approved })).toMatchObject({
      status: 200,
      body: { campaignId: CAMPAIGN, mpnId: APPROVED },
    });
    const csv = await api.call('GET', `/statements/${CAMPAIGN}?format=csv`, { token: approved });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await api.call('GET', '/statements/nope', { token: approved })).toMatchObject(
      refused(404, 'campaign-not-found'),
    );
  });

  it('raise an inquiry, or refuse one about no campaign (404), a reused key (409) or a line not on the statement (422)', async () => {
    const ask = { campaignId: CAMPAIGN, topic: 'missing-sale', message: 'A sale to Fabrikam is missing.' };
    const key = { 'idempotency-key': 'contract-9a1b2c3d' };
    expect(await api.call('POST', '/inquiries', { token: approved, body: ask, headers: key })).toMatchObject({
      status: 201,
      body: { status: 'open', answers: [] },
    });
    expect(
      await api.call('POST', '/inquiries', {
        token: approved,
        body: { ...ask, message: 'Other' },
        headers: key,
      }),
    ).toMatchObject(refused(409, 'idempotency-key-reused'));
    expect(
      await api.call('POST', '/inquiries', { token: approved, body: { ...ask, campaignId: 'nope' } }),
    ).toMatchObject(refused(404, 'campaign-not-found'));
    const notOnStatement = { ...ask, topic: 'statement-line', saleId: 'NOT-THERE' };
    expect(await api.call('POST', '/inquiries', { token: approved, body: notOnStatement })).toMatchObject(
      refused(422, 'sale-not-on-statement'),
    );
  });

  it('are answered and resolved by finance, who are refused for no inquiry (404), a resolved one (409) or an adjustment without amount (422)', async () => {
    await api.project();
    expect(await api.call('GET', '/inquiries', { token: approved })).toMatchObject({ status: 200 });
    const open = await finance('GET', '/finance/inquiries');
    const [inquiry] = (open.body as { inquiries: { inquiryId: string }[] }).inquiries;
    const path = (action: string) => `/finance/inquiries/${inquiry?.inquiryId}/${action}`;
    const unknown = (action: string) => `/finance/inquiries/0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11/${action}`;
    expect(await finance('POST', path('answer'), { message: 'We are looking.' })).toMatchObject({
      status: 200,
      body: { status: 'answered' },
    });
    expect(await finance('POST', unknown('answer'), { message: '?' })).toMatchObject(
      refused(404, 'inquiry-not-found'),
    );
    expect(await finance('POST', unknown('resolve'), { outcome: 'declined', note: '?' })).toMatchObject(
      refused(404, 'inquiry-not-found'),
    );
    expect(await finance('POST', path('resolve'), { outcome: 'adjusted', note: 'Granted.' })).toMatchObject(
      refused(422, 'adjustment-required'),
    );
    const decline = { outcome: 'declined', note: 'Not in the period.' };
    expect(await finance('POST', path('resolve'), decline)).toMatchObject({
      status: 200,
      body: { status: 'declined' },
    });
    expect(await finance('POST', path('resolve'), decline)).toMatchObject(refused(409, 'inquiry-resolved'));
    expect(await finance('POST', path('answer'), { message: 'Again?' })).toMatchObject(
      refused(409, 'inquiry-resolved'),
    );
  });
});

describe('Finance', () => {
  it('report payouts as JSON or CSV, or 404 for an unknown campaign', async () => {
    expect(await finance('GET', `/reports/payouts?campaignId=${CAMPAIGN}`)).toMatchObject({ status: 200 });
    const csv = await finance('GET', `/reports/payouts?campaignId=${CAMPAIGN}&format=csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await finance('GET', '/reports/payouts?campaignId=nope')).toMatchObject(
      refused(404, 'campaign-not-found'),
    );
  });

  it('flag the sale both partners claim, review the flag, or answer 404 for no campaign or no flag', async () => {
    const scan = await finance('POST', '/fraud-flags/scan', { campaignId: CAMPAIGN });
    expect(scan).toMatchObject({ status: 200, body: { findings: 2 } });
    const [flagId] = (scan.body as { raised: string[] }).raised;
    const review = { verdict: 'cleared', note: 'Two sites of the customer.' };
    expect(await finance('POST', `/fraud-flags/${flagId}/review`, review)).toMatchObject({
      status: 200,
      body: { flagId, status: 'cleared' },
    });
    expect(await finance('POST', '/fraud-flags/scan', { campaignId: 'nope' })).toMatchObject(
      refused(404, 'campaign-not-found'),
    );
    expect(await finance('POST', '/fraud-flags/duplicate-claim:nope/review', review)).toMatchObject(
      refused(404, 'fraud-flag-not-found'),
    );
  });

  it('close, schedule and record a payment, refusing one not scheduled (409) or of another amount (422)', async () => {
    expect(await finance('POST', '/payouts/close', { campaignId: CAMPAIGN })).toMatchObject({ status: 200 });
    expect(await finance('POST', '/payouts/close', { campaignId: 'nope' })).toMatchObject(
      refused(404, 'campaign-not-found'),
    );
    expect(await api.call('GET', '/partners/payment-profile', { token: approved })).toMatchObject(
      refused(404, 'payment-profile-not-found'),
    );
    const profile = {
      legalName: 'Approved Ltd.',
      remittanceEmail: 'ap@approved.example',
      bankReference: 'AP-1',
    };
    expect(
      await api.call('PUT', '/partners/payment-profile', { token: approved, body: profile }),
    ).toMatchObject({
      status: 200,
    });
    expect(await api.call('GET', '/partners/payment-profile', { token: approved })).toMatchObject({
      status: 200,
      body: profile,
    });
    const run = await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN });
    const payments = (run.body as { payments: { mpnId: string; amountCents?: number }[] }).payments;
    const amountCents = payments.find((p) => p.mpnId === APPROVED)?.amountCents ?? 0;
    expect(amountCents).toBeGreaterThan(0);
    expect(await finance('GET', `/payouts?campaignId=${CAMPAIGN}`)).toMatchObject({ status: 200 });
    expect(await finance('GET', '/payouts?campaignId=nope')).toMatchObject(
      refused(404, 'campaign-not-found'),
    );

    const payment = { campaignId: CAMPAIGN, mpnId: APPROVED, amountCents, reference: 'EFT-CONTRACT-1' };
    const issue = (body: object) => finance('POST', '/payouts/issued', body);
    expect(await issue({ ...payment, amountCents: amountCents + 1 })).toMatchObject(
      refused(422, 'amount-differs-from-scheduled'),
    );
    expect(await issue(payment)).toMatchObject({ status: 201, body: { dueCents: 0 } });
    expect(await issue(payment)).toMatchObject({ status: 200, body: { dueCents: 0 } });
    expect(await issue({ ...payment, campaignId: 'nope' })).toMatchObject(
      refused(409, 'payment-not-scheduled'),
    );
  });
});

describe('Program admin and health', () => {
  it('publishes a campaign once (200 the same again), never with other terms (409)', async () => {
    const body = { terms: TERMS, termsText: TERMS_TEXT };
    expect(await api.call('POST', '/admin/campaigns', { token: KEYS.programAdmin, body })).toMatchObject({
      status: 200,
      body: { campaignId: CAMPAIGN },
    });
    const otherTerms = { ...body, terms: { ...TERMS, name: 'Renamed' } };
    expect(
      await api.call('POST', '/admin/campaigns', { token: KEYS.programAdmin, body: otherTerms }),
    ).toMatchObject(refused(409, 'campaign-terms-immutable'));
  });

  it('answers 200 while the event store answers, and 503 while it does not', async () => {
    expect(await api.call('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    vi.spyOn(api.deps.store, 'readStream').mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
    expect(await api.call('GET', '/health')).toMatchObject(refused(503, 'unavailable'));
  });
});

describe('The OpenAPI document', () => {
  it('promises no answer that these tests did not provoke and check against its schema', () => {
    expect(documentedPairs(routes).filter((pair) => !api.checked.has(pair))).toEqual([]);
  });
});
