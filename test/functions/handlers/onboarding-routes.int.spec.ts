import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DAY_MS } from '../../../domain/durations.js';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import { addMs } from '../../../events/instant.js';
import { streamIds } from '../../../events/streams.js';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { lastAccessCode, logIn, partnerDetails, signUp } from '../../support/api-journeys.js';
import { roomyPolicy } from '../../support/memory-program.js';

const NOW = '2026-07-25T12:00:00Z';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness(NOW);
});
afterAll(() => api.close());

const eventTypes = async (mpnId: string, harness = api) =>
  (await harness.store.readStream(streamIds.partner(mpnId))).events.map((e) => e.type);

describe('POST /partners/signup', () => {
  it('records the partner, starts its journey and answers 202', async () => {
    const response = await api.call('POST', '/partners/signup', { body: partnerDetails('2000001') });
    expect(response).toMatchObject({ status: 202, body: { mpnId: '2000001', status: 'access-code-sent' } });
    expect(await eventTypes('2000001')).toEqual(['PartnerSignedUp']);
    expect(api.workflow.started).toContainEqual({ kind: 'onboarding', mpnId: '2000001' });
  });

  it('refuses a partner outside the program country with 422, recording nothing', async () => {
    const response = await api.call('POST', '/partners/signup', {
      body: { ...partnerDetails('2000002'), country: 'US' },
    });
    expect(response).toMatchObject({ status: 422, body: { error: { code: 'country-not-eligible' } } });
    expect(await eventTypes('2000002')).toEqual([]);
  });

  it('names every wrong field with 400', async () => {
    const response = await api.call('POST', '/partners/signup', {
      body: { mpnId: '12', contactEmail: 'nope' },
    });
    expect(response.status).toBe(400);
    const fields = (response.body as { error: { details: { field: string }[] } }).error.details.map(
      (d) => d.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['body.mpnId', 'body.companyName', 'body.contactEmail', 'body.country']),
    );
  });

  it('answers 400 for a body that is not JSON, and 415 for one that is not declared JSON', async () => {
    const malformed = await api.call('POST', '/partners/signup', { body: '{"mpnId": ' });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'malformed-body' } } });
    const plain = await api.call('POST', '/partners/signup', {
      body: 'mpnId=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain).toMatchObject({ status: 415, body: { error: { code: 'unsupported-media-type' } } });
  });

  it('emails a new code to the contact on file when the partner signs up again, from the outbox', async () => {
    const first = await signUp(api, '2000003');
    const again = await api.call('POST', '/partners/signup', {
      body: { ...partnerDetails('2000003'), contactEmail: 'someone-else@evil.example' },
    });
    expect(again).toMatchObject({ status: 202, body: { mpnId: '2000003', status: 'access-code-sent' } });
    await api.deliver();
    expect(api.mailer.outbox.some((m) => m.to === 'someone-else@evil.example')).toBe(false);
    expect(lastAccessCode(api, '2000003')).not.toBe(first);
  });

  it('answers alike whether or not a code went: past three asked for in an hour, the fourth is not sent', async () => {
    await signUp(api, '2000004');
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await api.call('POST', '/partners/signup', { body: partnerDetails('2000004') }));
      await api.deliver();
    }
    const codeEmails = () => api.mailer.outbox.filter((m) => m.to === partnerDetails('2000004').contactEmail);
    const sentBefore = codeEmails().length;
    const fourth = await api.call('POST', '/partners/signup', { body: partnerDetails('2000004') });
    await api.deliver();
    expect(fourth.body).toEqual(answers[0]?.body);
    expect(codeEmails()).toHaveLength(sentBefore);
  });
});

describe('POST /partners/session', () => {
  it('exchanges the emailed code for a session token and resumes the journey', async () => {
    const code = await signUp(api, '2000010');
    const response = await api.call('POST', '/partners/session', {
      body: { mpnId: '2000010', accessCode: code },
    });
    expect(response).toMatchObject({
      status: 200,
      body: { token: expect.any(String), expiresAt: expect.any(String) },
    });
    expect(await eventTypes('2000010')).toContain('PartnerActivated');
    expect(api.workflow.completed).toContainEqual({
      step: { kind: 'login', mpnId: '2000010' },
      output: { loggedIn: true },
    });
  });

  it('answers 401 for a wrong code and for an unknown partner, alike', async () => {
    await signUp(api, '2000011');
    const wrong = await api.call('POST', '/partners/session', {
      body: { mpnId: '2000011', accessCode: 'WRONGCODE2' },
    });
    const unknown = await api.call('POST', '/partners/session', {
      body: { mpnId: '2999999', accessCode: 'WRONGCODE2' },
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'access-code-invalid' } } });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers 429 with Retry-After to a source past its tries, however right its next code', async () => {
    const limited = await startApiHarness(NOW, defaultProgramPolicy);
    try {
      const code = await signUp(limited, '2000012');
      const { max } = defaultProgramPolicy.accessLimits.loginsPerSourceAndPartner;
      const statuses: number[] = [];
      for (let i = 0; i < max; i++) {
        const body = { mpnId: '2000012', accessCode: 'WRONGCODE2' };
        statuses.push((await limited.call('POST', '/partners/session', { body })).status);
      }
      expect(new Set(statuses)).toEqual(new Set([401]));
      const right = await limited.call('POST', '/partners/session', {
        body: { mpnId: '2000012', accessCode: code },
      });
      expect(right).toMatchObject({ status: 429, body: { error: { code: 'too-many-logins' } } });
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await eventTypes('2000012', limited)).not.toContain('AccessCodeRedemptionFailed');
    } finally {
      await limited.close();
    }
  });

  it('locks a code past its wrong tries (429), ending its sessions and the wait for a login, and lets the partner ask again', async () => {
    const fragile = await startApiHarness(NOW, { ...roomyPolicy, maxWrongTriesPerCode: 3 });
    try {
      const code = await signUp(fragile, '2000014');
      const earlier = await fragile.call('POST', '/partners/session', {
        body: { mpnId: '2000014', accessCode: code },
      });
      const earlierToken = z.object({ token: z.string() }).parse(earlier.body).token;
      fragile.clock.set(addMs(NOW, 60_000));
      const tries = [];
      for (let i = 0; i < 3; i++) {
        const body = { mpnId: '2000014', accessCode: 'WRONGCODE2' };
        tries.push((await fragile.call('POST', '/partners/session', { body })).status);
      }
      expect(tries).toEqual([401, 401, 429]);
      const right = await fragile.call('POST', '/partners/session', {
        body: { mpnId: '2000014', accessCode: code },
      });
      expect(right).toMatchObject({ status: 429, body: { error: { code: 'access-code-locked' } } });
      expect(fragile.workflow.failed).toContainEqual({
        step: { kind: 'login', mpnId: '2000014' },
        error: 'AccessCodeLocked',
      });
      fragile.clock.set(addMs(NOW, 120_000));
      expect(
        (await fragile.call('POST', '/partners/signup', { body: partnerDetails('2000014') })).status,
      ).toBe(202);
      await fragile.deliver();
      const fresh = lastAccessCode(fragile, '2000014');
      const session = await fragile.call('POST', '/partners/session', {
        body: { mpnId: '2000014', accessCode: fresh },
      });
      expect(session.status).toBe(200);
      await fragile.project();
      const freshToken = z.object({ token: z.string() }).parse(session.body).token;
      expect((await fragile.call('GET', '/campaigns', { token: earlierToken })).status).toBe(401);
      expect((await fragile.call('GET', '/campaigns', { token: freshToken })).status).toBe(200);
    } finally {
      await fragile.close();
    }
  });

  it('answers 410 for an expired code', async () => {
    const code = await signUp(api, '2000013');
    api.clock.set(addMs(NOW, 8 * DAY_MS));
    try {
      const response = await api.call('POST', '/partners/session', {
        body: { mpnId: '2000013', accessCode: code },
      });
      expect(response).toMatchObject({ status: 410, body: { error: { code: 'access-code-expired' } } });
    } finally {
      api.clock.set(NOW);
    }
  });
});

describe('Partner sessions', () => {
  it('open the partner routes, and a forged, tampered or expired token does not', async () => {
    const token = await logIn(api, '2000020');
    expect((await api.call('GET', '/campaigns', { token })).status).toBe(200);
    expect((await api.call('GET', '/campaigns')).status).toBe(401);
    expect((await api.call('GET', '/campaigns', { token: 'forged.token' })).status).toBe(401);
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...claims, sub: '2000021' })).toString('base64url')}.${signature}`;
    expect((await api.call('GET', '/campaigns', { token: tampered })).status).toBe(401);
    api.clock.set(addMs(NOW, 9 * 3_600_000));
    try {
      expect((await api.call('GET', '/campaigns', { token })).status).toBe(401);
    } finally {
      api.clock.set(NOW);
    }
  });

  it('do not open finance, sales or admin routes (403)', async () => {
    const token = await logIn(api, '2000022');
    for (const [method, path] of [
      ['GET', '/reports/payouts'],
      ['POST', '/sales'],
      ['POST', '/admin/campaigns'],
      ['POST', '/payouts/issued'],
    ] as const) {
      expect((await api.call(method, path, { token, body: method === 'POST' ? {} : undefined })).status).toBe(
        403,
      );
    }
  });

  it("are not what finance's, the sales system's or an admin's key opens (403: known, not allowed)", async () => {
    for (const key of Object.values(KEYS)) {
      expect(await api.call('GET', '/statements', { token: key })).toMatchObject({
        status: 403,
        body: { error: { code: 'forbidden' } },
      });
    }
  });
});
