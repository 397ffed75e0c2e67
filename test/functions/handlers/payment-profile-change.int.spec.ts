import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, KEYS, startApiHarness } from '../../support/api-harness.js';
import { approvedPartner, logIn, partnerDetails, publish } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const CAMPAIGN = 'diversion-watch';
/** Changes where it is paid 3 days before the payment run; finance clears the flag. */
const CHANGED = '6400001';
/** Changes its bank reference 3 days before the run; finance confirms the flag. */
const DIVERTED = '6400002';
/** Gives its first profile the day before the run: nothing changed. */
const FIRST = '6400003';
const CHANGED_AT = '2026-10-12T12:00:00Z';
const RUN_AT = '2026-10-15T12:00:00Z';
let api: ApiHarness;

const profileOf = (mpnId: string) => ({
  legalName: `Partner ${mpnId} Ltd.`,
  remittanceEmail: `ap-${mpnId}@partner.example`,
  bankReference: `NW-PAYEE-${mpnId.slice(-2)}`,
});
const finance = (method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: KEYS.finance, ...(body ? { body } : {}) });
const putProfile = (token: string, body: unknown) =>
  api.call('PUT', '/partners/payment-profile', { token, body });
const schedule = async () =>
  ((await finance('POST', '/payouts/schedule', { campaignId: CAMPAIGN })).body as { payments: unknown[] })
    .payments;
const scheduledFor = (mpnId: string, amountCents: number) => ({
  registrationId: `${CAMPAIGN}--${mpnId}`,
  mpnId,
  outcome: 'scheduled',
  amountCents,
});
const heldFor = (mpnId: string, reason: string) => ({
  registrationId: `${CAMPAIGN}--${mpnId}`,
  mpnId,
  outcome: 'held',
  reason,
});

type Flag = { flagId: string; kind: string; mpnId: string; evidence: Record<string, unknown> };
const profileChangeFlagOf = async (mpnId: string) => {
  await api.project();
  const report = await finance('GET', `/reports/payouts?campaignId=${CAMPAIGN}`);
  return (report.body as { flags: Flag[] }).flags.find(
    (f) => f.kind === 'payment-profile-changed' && f.mpnId === mpnId,
  );
};
/** The emails the outbox sent about a change of this partner's profile, once it has run. */
const emailsAbout = async (mpnId: string) => {
  await api.deliver();
  return api.mailer.outbox.filter((m) => m.subject.includes(`(MPN ${mpnId}) was changed`));
};

/** Three approved partners, each earning CAD 400.00, two of them with a profile since July. */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  for (const mpnId of [CHANGED, DIVERTED, FIRST]) {
    const token = await approvedPartner(api, CAMPAIGN, mpnId);
    if (mpnId !== FIRST) expect((await putProfile(token, profileOf(mpnId))).status).toBe(200);
  }
  api.clock.set('2026-07-25T13:00:00Z');
  const lines = [CHANGED, DIVERTED, FIRST].map((mpnId) =>
    saleLine({ saleId: `PD-${mpnId}`, mpnId, sku: 'M365-E5', quantity: 10, soldAt: '2026-07-20T00:00:00Z' }),
  );
  expect((await api.call('POST', '/sales', { token: KEYS.salesSystem, body: { lines } })).body).toMatchObject(
    {
      accepted: 3,
    },
  );
});
afterAll(() => api.close());

describe('PUT /partners/payment-profile', () => {
  let token: string;
  beforeAll(async () => {
    token = await logIn(api, FIRST);
  });

  it.each([
    ['A12-345-678', 'must not be an account or card number'],
    ['AB12345x67890', 'must not be an account or card number'],
    ['GB82WEST12345698765432', 'must not be an IBAN'],
  ])('refuses %s as a bank reference, saying why', async (bankReference, why) => {
    const refused = await putProfile(token, { ...profileOf(FIRST), bankReference });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { details: unknown[] } }).error.details).toContainEqual({
      field: 'body.bankReference',
      message: expect.stringContaining(why),
    });
  });
});

describe('A change of the payment profile shortly before a payment run', () => {
  it('is emailed once to each of the contact and the remittance addresses before and after it, saying what changed but never the reference; a first profile is not', async () => {
    api.clock.set(CHANGED_AT);
    const changed = {
      ...profileOf(CHANGED),
      remittanceEmail: 'payments@elsewhere.example',
      bankReference: 'ELSEWHERE-42',
    };
    const changedToken = await logIn(api, CHANGED);
    expect((await putProfile(changedToken, changed)).status).toBe(200);
    expect((await putProfile(changedToken, changed)).status).toBe(200);
    const divertedToken = await logIn(api, DIVERTED);
    expect(
      (await putProfile(divertedToken, { ...profileOf(DIVERTED), bankReference: 'SOMEWHERE-ELSE' })).status,
    ).toBe(200);
    api.clock.set('2026-10-14T12:00:00Z');
    expect((await putProfile(await logIn(api, FIRST), profileOf(FIRST))).status).toBe(200);

    expect((await emailsAbout(CHANGED)).map((m) => m.to)).toEqual([
      partnerDetails(CHANGED).contactEmail,
      profileOf(CHANGED).remittanceEmail,
      'payments@elsewhere.example',
    ]);
    expect((await emailsAbout(DIVERTED)).map((m) => m.to)).toEqual([
      partnerDetails(DIVERTED).contactEmail,
      profileOf(DIVERTED).remittanceEmail,
    ]);
    expect(await emailsAbout(FIRST)).toEqual([]);
    const [told] = await emailsAbout(CHANGED);
    expect(told?.text).toContain('was changed on October 12, 2026 at 8:00 a.m. EDT.');
    expect(told?.text).toContain(`See your payment details: ${api.base}/portal/payment-profile`);
    expect(told?.text).toContain(
      `Remittance email: changed from ${profileOf(CHANGED).remittanceEmail} to payments@elsewhere.example`,
    );
    expect(told?.text).toContain('Legal name: unchanged');
    expect(told?.text).toContain('Bank reference: changed');
    expect(told?.text).not.toContain('ELSEWHERE-42');
    expect(told?.text).not.toContain(profileOf(CHANGED).bankReference);
  });

  it('holds the payment for finance, raising a flag on the change with its evidence; a first profile is no change', async () => {
    api.clock.set(RUN_AT);
    expect((await finance('POST', '/payouts/close', { campaignId: CAMPAIGN })).status).toBe(200);
    const listed = await finance('GET', `/payouts?campaignId=${CAMPAIGN}`);
    expect((listed.body as { payouts: unknown[] }).payouts).toContainEqual(
      expect.objectContaining({ mpnId: CHANGED, holds: ['payment-profile-changed'] }),
    );

    expect(await schedule()).toEqual([
      heldFor(CHANGED, 'payment-profile-changed'),
      heldFor(DIVERTED, 'payment-profile-changed'),
      scheduledFor(FIRST, 40_000),
    ]);
    expect(await profileChangeFlagOf(CHANGED)).toMatchObject({
      status: 'open',
      saleIds: [],
      evidence: {
        changedAt: CHANGED_AT,
        previousRemittanceEmail: profileOf(CHANGED).remittanceEmail,
        remittanceEmail: 'payments@elsewhere.example',
        previousBankReferenceEnding: 'E-01',
        bankReferenceEnding: 'E-42',
      },
    });
    const statement = await api.call('GET', `/statements/${CAMPAIGN}`, { token: await logIn(api, CHANGED) });
    expect(statement.body).toMatchObject({
      payment: { status: 'unprocessed', holds: ['payment-profile-changed'] },
    });
  });

  it('keeps it held while the flag is open, pays it at the next run once finance clears the flag, and not once it is confirmed', async () => {
    api.clock.set('2026-10-25T12:00:00Z');
    const alreadyScheduled = {
      registrationId: `${CAMPAIGN}--${FIRST}`,
      mpnId: FIRST,
      outcome: 'already-scheduled',
    };
    expect(await schedule()).toEqual([
      heldFor(CHANGED, 'payment-profile-changed'),
      heldFor(DIVERTED, 'payment-profile-changed'),
      alreadyScheduled,
    ]);

    for (const [mpnId, verdict] of [
      [CHANGED, 'cleared'],
      [DIVERTED, 'confirmed'],
    ] as const) {
      const flag = await profileChangeFlagOf(mpnId);
      const reviewed = await finance('POST', `/fraud-flags/${flag?.flagId}/review`, {
        verdict,
        note: 'Called the partner on the number on file.',
      });
      expect(reviewed.status).toBe(200);
    }
    expect(await schedule()).toEqual([
      scheduledFor(CHANGED, 40_000),
      heldFor(DIVERTED, 'fraud-flag-confirmed'),
      alreadyScheduled,
    ]);
  });
});
