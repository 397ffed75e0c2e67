import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamIds } from '../../../events/streams.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { logIn, publish, register, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, frequencyTerms } from '../../support/fixtures.js';

const NOW = '2026-07-25T12:00:00Z';
let api: ApiHarness;
let token: string;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  await publish(api, dollarPerSkuTerms({ campaignId: 'open-upsell' }));
  await publish(
    api,
    frequencyTerms({ campaignId: 'closed-logo', registrationDeadline: '2026-07-20T00:00:00Z' }),
  );
  token = await logIn(api, '3000001');
});
afterAll(() => api.close());

describe('POST /admin/campaigns', () => {
  it('publishes once: the same terms and text again change nothing (200)', async () => {
    const terms = dollarPerSkuTerms({ campaignId: 'republished' });
    const first = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms, termsText: TERMS_TEXT },
    });
    const again = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms, termsText: TERMS_TEXT },
    });
    expect(first).toMatchObject({
      status: 201,
      body: { campaignId: 'republished', termsSha256: sha256Hex(TERMS_TEXT) },
    });
    expect(again).toMatchObject({ status: 200, body: first.body });
  });

  it('refuses other terms for a published campaign with 409', async () => {
    const terms = dollarPerSkuTerms({ campaignId: 'open-upsell', name: 'Renamed' });
    const response = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms, termsText: TERMS_TEXT },
    });
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'campaign-terms-immutable' } } });
  });

  it('names the wrong fields of invalid terms with 400', async () => {
    const terms = { ...dollarPerSkuTerms({ campaignId: 'bad' }), currency: 'USD', rateCard: [] };
    const response = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms, termsText: '' },
    });
    expect(response.status).toBe(400);
    const fields = (response.body as { error: { details: { field: string }[] } }).error.details.map(
      (d) => d.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['body.terms.currency', 'body.terms.rateCard', 'body.termsText']),
    );
    expect((await api.store.readStream(streamIds.campaign('bad'))).version).toBe(0);
  });

  it('refuses T&C over 200,000 bytes as DynamoDB counts them (UTF-8), not only by characters', async () => {
    const termsText = '€'.repeat(199_000);
    const response = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms: dollarPerSkuTerms({ campaignId: 'euro-terms' }), termsText },
    });
    expect(response).toMatchObject({
      status: 400,
      body: {
        error: { details: [{ field: 'body.termsText', message: 'must be at most 200,000 bytes (UTF-8)' }] },
      },
    });
    expect((await api.store.readStream(streamIds.campaign('euro-terms'))).version).toBe(0);
  });

  it("needs the program-admin key: none is 401, another role's key is 403", async () => {
    const body = { terms: dollarPerSkuTerms({ campaignId: 'sneaky' }), termsText: TERMS_TEXT };
    expect((await api.call('POST', '/admin/campaigns', { body })).status).toBe(401);
    expect((await api.call('POST', '/admin/campaigns', { body, token: 'not-a-key' })).status).toBe(401);
    expect((await api.call('POST', '/admin/campaigns', { body, token: KEYS.finance })).status).toBe(403);
  });
});

describe('Campaigns for partners', () => {
  it('lists the campaigns open for registration with their T&C version', async () => {
    const response = await api.call('GET', '/campaigns', { token });
    expect(response.status).toBe(200);
    const { campaigns: listed, nextCursor } = response.body as {
      campaigns: { campaignId: string; termsSha256: string }[];
      nextCursor: string | null;
    };
    expect(nextCursor).toBeNull();
    expect(listed.map((c) => c.campaignId)).toContain('open-upsell');
    expect(listed.map((c) => c.campaignId)).not.toContain('closed-logo');
    expect(listed.find((c) => c.campaignId === 'open-upsell')).toEqual({
      campaignId: 'open-upsell',
      name: 'Microsoft 365 E5 upsell',
      type: 'dollarPerSku',
      period: { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' },
      registrationDeadline: '2026-09-15T04:00:00Z',
      termsSha256: sha256Hex(TERMS_TEXT),
    });
  });

  it('shows one campaign with its terms, and 404 for an unknown or malformed id', async () => {
    const response = await api.call('GET', '/campaigns/open-upsell', { token });
    expect(response).toMatchObject({
      status: 200,
      body: { campaignId: 'open-upsell', terms: { rateCard: expect.any(Array) } },
    });
    expect((await api.call('GET', '/campaigns/nope', { token })).status).toBe(404);
    expect((await api.call('GET', '/campaigns/NOT%20A%20SLUG', { token })).status).toBe(404);
  });

  it('downloads the exact T&C text whose SHA-256 is the version to sign', async () => {
    const response = await api.call('GET', '/campaigns/open-upsell/terms', { token });
    expect(response.status).toBe(200);
    expect(response.text).toBe(TERMS_TEXT);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="open-upsell-terms-[0-9a-f]{12}\.txt"$/,
    );
    expect(response.headers.get('x-terms-sha256')).toBe(sha256Hex(response.text));
  });
});

describe('Registrations', () => {
  it('registers with the current T&C version (202), and lists and shows it to its partner only', async () => {
    const response = await register(api, token, 'open-upsell', sha256Hex(TERMS_TEXT));
    expect(response).toMatchObject({
      status: 202,
      body: { registrationId: 'open-upsell--3000001', status: 'pending-approval' },
    });
    expect(api.workflow.started).toContainEqual({
      kind: 'registration',
      registrationId: 'open-upsell--3000001',
    });

    await api.project();
    const list = await api.call('GET', '/registrations', { token });
    expect(list).toMatchObject({
      status: 200,
      body: {
        registrations: [
          {
            registrationId: 'open-upsell--3000001',
            campaignId: 'open-upsell',
            status: 'pending-approval',
            submittedAt: NOW,
          },
        ],
        nextCursor: null,
      },
    });
    const one = await api.call('GET', '/registrations/open-upsell--3000001', { token });
    expect(one).toMatchObject({
      status: 200,
      body: {
        agreementNumber: 'INV-0048213',
        history: [{ version: 1, type: 'RegistrationSubmitted', at: NOW }],
      },
    });

    const other = await logIn(api, '3000002');
    const notTheirs = await api.call('GET', '/registrations/open-upsell--3000001', { token: other });
    expect(notTheirs).toMatchObject({ status: 404, body: { error: { code: 'registration-not-found' } } });
    expect((await api.call('GET', '/registrations', { token: other })).body).toEqual({
      registrations: [],
      nextCursor: null,
    });
  });

  it('refuses a second registration with 409, still making sure the journey runs', async () => {
    const partner = await logIn(api, '3000003');
    await register(api, partner, 'open-upsell', sha256Hex(TERMS_TEXT));
    const started = api.workflow.started.length;
    const again = await register(api, partner, 'open-upsell', sha256Hex(TERMS_TEXT));
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already-registered' } } });
    expect(api.workflow.started.slice(started)).toEqual([
      { kind: 'registration', registrationId: 'open-upsell--3000003' },
    ]);
  });

  it('refuses an outdated T&C version and a passed deadline with 422, and an unknown campaign with 404', async () => {
    const partner = await logIn(api, '3000004');
    const outdated = await register(api, partner, 'open-upsell', 'f'.repeat(64));
    expect(outdated).toMatchObject({ status: 422, body: { error: { code: 'terms-version-outdated' } } });
    const late = await register(api, partner, 'closed-logo', sha256Hex(TERMS_TEXT));
    expect(late).toMatchObject({ status: 422, body: { error: { code: 'registration-deadline-passed' } } });
    expect((await register(api, partner, 'no-such-campaign', sha256Hex(TERMS_TEXT))).status).toBe(404);
    expect((await api.store.readStream(streamIds.registration('open-upsell--3000004'))).version).toBe(0);
  });
});
