import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { DAY_MS } from '../../../domain/durations.js';
import { planOnboarding } from '../../../domain/journeys/plan-onboarding.js';
import { evolvePartner, initialPartnerState, type PartnerEvent } from '../../../domain/partners/partner.js';
import { addMs } from '../../../events/instant.js';
import { MPN } from '../../support/fixtures.js';

const T0 = '2026-07-01T12:00:00Z';
const limits = (now: string) => ({ now, maxWaitMs: 20 * DAY_MS });
const notified = { code: true, expired: false };

const signedUp: PartnerEvent = {
  type: 'PartnerSignedUp',
  data: {
    mpnId: MPN,
    companyName: 'Northwind',
    contactEmail: 'ops@northwind.example',
    country: 'CA',
    signedUpAt: T0,
  },
};
const codeIssued: PartnerEvent = {
  type: 'AccessCodeIssued',
  data: {
    mpnId: MPN,
    codeId: 'code-1',
    codeHash: 'scrypt$hash-of-the-code',
    issuedAt: T0,
    expiresAt: addMs(T0, 7 * DAY_MS),
  },
};
const partner = (...events: PartnerEvent[]) => fold(evolvePartner, initialPartnerState(), events);

describe('Planning a partner onboarding journey', () => {
  it('sends the first access code to a partner that just signed up', () => {
    expect(planOnboarding({ partner: partner(signedUp), notified }, limits(T0))).toEqual({
      next: 'send-access-code',
    });
  });

  it('sends a new code when the last one was recorded but never emailed (a step stopped between the two)', () => {
    const facts = { partner: partner(signedUp, codeIssued), notified: { ...notified, code: false } };
    expect(planOnboarding(facts, limits(T0))).toEqual({ next: 'send-access-code' });
  });

  it('waits for the login until the code expires', () => {
    const plan = planOnboarding(
      { partner: partner(signedUp, codeIssued), notified },
      limits(addMs(T0, DAY_MS)),
    );
    expect(plan).toEqual({ next: 'await-login', waitSeconds: 6 * 86_400 });
  });

  it('is done once the partner logged in', () => {
    const activated: PartnerEvent = {
      type: 'PartnerActivated',
      data: { mpnId: MPN, codeId: 'code-1', activatedAt: T0 },
    };
    expect(
      planOnboarding({ partner: partner(signedUp, codeIssued, activated), notified }, limits(T0)),
    ).toEqual({
      next: 'done',
      outcome: 'active',
    });
  });

  it('tells the partner once when the code expired unused, then ends', () => {
    const expiredAt = addMs(T0, 7 * DAY_MS);
    const facts = { partner: partner(signedUp, codeIssued), notified };
    expect(planOnboarding(facts, limits(expiredAt))).toEqual({
      next: 'notify',
      notification: 'access-code-expired',
    });
    expect(planOnboarding({ ...facts, notified: { ...notified, expired: true } }, limits(expiredAt))).toEqual(
      {
        next: 'done',
        outcome: 'access-code-expired',
      },
    );
  });

  it('replaces a code locked by wrong tries at once: no stranger keeps the partner out', () => {
    const locked: PartnerEvent = {
      type: 'AccessCodeLocked',
      data: { mpnId: MPN, codeId: 'code-1', lockedAt: T0 },
    };
    const facts = { partner: partner(signedUp, codeIssued, locked), notified };
    expect(planOnboarding(facts, limits(T0))).toEqual({ next: 'send-access-code' });
  });

  it('waits for a newer code when the partner signed up again meanwhile', () => {
    const reissued: PartnerEvent = {
      ...codeIssued,
      data: {
        ...codeIssued.data,
        codeId: 'code-2',
        issuedAt: addMs(T0, 6 * DAY_MS),
        expiresAt: addMs(T0, 13 * DAY_MS),
      },
    };
    const plan = planOnboarding(
      { partner: partner(signedUp, codeIssued, reissued), notified },
      limits(addMs(T0, 7 * DAY_MS)),
    );
    expect(plan).toEqual({ next: 'await-login', waitSeconds: 6 * 86_400 });
  });

  it('waits in laps no longer than the limit', () => {
    const longCode: PartnerEvent = {
      ...codeIssued,
      data: { ...codeIssued.data, expiresAt: addMs(T0, 90 * DAY_MS) },
    };
    const plan = planOnboarding({ partner: partner(signedUp, longCode), notified }, limits(T0));
    expect(plan).toEqual({ next: 'await-login', waitSeconds: 20 * 86_400 });
  });
});
