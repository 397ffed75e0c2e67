import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { addMs } from '../../../events/instant.js';
import { streamIds } from '../../../events/streams.js';
import { type ApiHarness, startApiHarness } from '../../support/api-harness.js';
import { APPROVER, approvalToken, publish, registeredPartner } from '../../support/api-journeys.js';
import { dollarPerSkuTerms } from '../../support/fixtures.js';

const NOW = '2026-07-25T12:00:00Z';
const CAMPAIGN = 'approvals';
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness(NOW);
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
});
afterAll(() => api.close());

async function pendingRegistration(mpnId: string) {
  await registeredPartner(api, CAMPAIGN, mpnId);
  return approvalToken(api, CAMPAIGN, mpnId);
}

const registrationEvents = async (mpnId: string) =>
  (await api.store.readStream(streamIds.registration(`${CAMPAIGN}--${mpnId}`))).events.map((e) => e.type);

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('GET /approvals/{token}', () => {
  it('shows the registration with Approve and Reject buttons, and changes nothing', async () => {
    const link = await pendingRegistration('4000001');
    const before = await registrationEvents('4000001');
    const page = await api.call('GET', `/approvals/${link}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<h1>Approve a campaign registration</h1>');
    expect(page.text).toContain('Partner 4000001 (MPN ID 4000001)');
    expect(page.text).toContain('INV-0048213');
    expect(page.text).toMatch(/<button class="primary" type="submit">Approve<\/button>/);
    expect(page.text).toMatch(/<button class="secondary" type="submit">Reject<\/button>/);
    expect(await registrationEvents('4000001')).toEqual(before);
  });

  it('writes its dates in words, in the language the browser asks for', async () => {
    const link = await pendingRegistration('4000004');
    const english = await api.call('GET', `/approvals/${link}`);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<dd>July 25, 2026 at 8:00 a.m. EDT</dd>');
    expect(english.text).toContain('This link works until August 1, 2026 at 8:00 a.m. EDT.');
    const french = await api.call('GET', `/approvals/${link}`, {
      headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' },
    });
    expect(french.text).toContain('<html lang="fr">');
    expect(french.text).toContain('<h1>Approuver une inscription à une campagne</h1>');
    expect(french.text).toContain('Partner 4000004 (ID MPN 4000004)');
    expect(french.text).toContain('<dd>25 juillet 2026 à 08 h 00 HAE</dd>');
    expect(french.text).toMatch(/<button class="primary" type="submit">Approuver<\/button>/);
    for (const page of [english, french]) expect(page.text).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('is framed and protected as the portal pages are: no script, its one style sheet by hash, never in a frame', async () => {
    const link = await pendingRegistration('4000005');
    const page = await api.call('GET', `/approvals/${link}`);
    const portal = await api.browser().get('/portal');
    for (const header of [
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
      'cache-control',
    ])
      expect(page.headers.get(header), header).toBe(portal.headers.get(header));
    expect(page.headers.get('content-security-policy')).toMatch(
      /style-src 'sha256-[^']+';.*frame-ancestors 'none'/,
    );
    expect(page.text).toContain('<a class="skip" href="#content">');
  });

  it('opens from a link that names neither the partner nor the campaign', async () => {
    const link = await pendingRegistration('4000003');
    const decoded = link
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join(' ');
    for (const named of ['4000003', CAMPAIGN]) {
      expect(link).not.toContain(named);
      expect(decoded).not.toContain(named);
    }
    expect((await api.call('GET', `/approvals/${link}`)).text).toContain('Partner 4000003 (MPN ID 4000003)');
  });

  it('answers 404 for a link that was never sent, and 410 once it expired', async () => {
    const link = await pendingRegistration('4000002');
    const forged = `${link.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await api.call('GET', `/approvals/${forged}`)).status).toBe(404);
    expect((await api.call('GET', '/approvals/garbage')).status).toBe(404);
    const unknownSelector = `${'B'.repeat(22)}.${link.split('.')[1]}`;
    expect((await api.call('GET', `/approvals/${unknownSelector}`)).status).toBe(404);
    api.clock.set(addMs(NOW, 8 * DAY_MS));
    try {
      expect((await api.call('GET', `/approvals/${link}`)).status).toBe(410);
      expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(
        410,
      );
    } finally {
      api.clock.set(NOW);
    }
  });
});

describe('POST /approvals/{token}', () => {
  it('approves from JSON once, resumes the journey, and answers a second decision with 409', async () => {
    const link = await pendingRegistration('4000010');
    const approved = await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } });
    expect(approved).toMatchObject({
      status: 200,
      body: { registrationId: `${CAMPAIGN}--4000010`, status: 'approved', decidedAt: NOW },
    });
    expect(api.workflow.completed).toContainEqual({
      step: { kind: 'approval', registrationId: `${CAMPAIGN}--4000010` },
      output: { decision: 'approved' },
    });
    const again = await api.call('POST', `/approvals/${link}`, {
      body: { decision: 'reject', reason: 'Changed my mind' },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already-decided' } } });
    expect(await registrationEvents('4000010')).toEqual([
      'RegistrationSubmitted',
      'ApprovalRequested',
      'RegistrationApproved',
    ]);
  });

  it('rejects from the page form with the reason, answering a page', async () => {
    const link = await pendingRegistration('4000011');
    const response = await api.call(
      'POST',
      `/approvals/${link}`,
      form({ decision: 'reject', reason: 'Unknown agreement' }),
    );
    expect(response.status).toBe(200);
    expect(response.text).toContain('This registration is rejected.');
    expect(response.text).toContain(`Decided by ${APPROVER}`);
    const again = await api.call('POST', `/approvals/${link}`, form({ decision: 'approve' }));
    expect(again.status).toBe(409);
    expect(again.text).toContain('This registration is rejected.');
  });

  it('asks again for a reason when the form rejects without one, beside the field, in the browser’s language', async () => {
    const link = await pendingRegistration('4000013');
    const response = await api.call('POST', `/approvals/${link}`, {
      ...form({ decision: 'reject', reason: '   ' }),
      headers: { ...form({}).headers, 'accept-language': 'fr' },
    });
    expect(response.status).toBe(422);
    expect(response.text).toContain('<h1>Approuver une inscription à une campagne</h1>');
    expect(response.text).toContain(
      '<span class="error" id="reason-error">Donnez au partenaire le motif du refus de l’inscription.</span>',
    );
    expect(response.text).toMatch(
      /<textarea id="reason"[^>]* aria-describedby="reason-hint reason-error" aria-invalid="true">/,
    );
    expect(await registrationEvents('4000013')).toEqual(['RegistrationSubmitted', 'ApprovalRequested']);
  });

  it('needs a reason to reject (422) and a known decision (400), recording nothing', async () => {
    const link = await pendingRegistration('4000012');
    const before = await registrationEvents('4000012');
    const noReason = await api.call('POST', `/approvals/${link}`, {
      body: { decision: 'reject', reason: '  ' },
    });
    expect(noReason).toMatchObject({ status: 422, body: { error: { code: 'rejection-reason-required' } } });
    expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'maybe' } })).status).toBe(400);
    expect(
      (
        await api.call('POST', `/approvals/${link}`, {
          body: 'decision',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect(await registrationEvents('4000012')).toEqual(before);
  });
});
