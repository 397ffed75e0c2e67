import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../domain/durations.js';
import { partnerDecider } from '../../../domain/partners/decide.js';
import type { PartnerEvent } from '../../../domain/partners/partner.js';
import { defaultOnboardingPolicy as policy } from '../../../domain/partners/policy.js';
import { addMs } from '../../../events/instant.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(partnerDecider);

const T0 = '2026-07-01T12:00:00Z';
const at = (ms: number) => addMs(T0, ms);

const profile = {
  mpnId: MPN,
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
  country: 'CA',
};
const signedUp: PartnerEvent = { type: 'PartnerSignedUp', data: { ...profile, signedUpAt: T0 } };
const codeIssued = (codeId: string, issuedAt = T0): PartnerEvent => ({
  type: 'AccessCodeIssued',
  data: {
    mpnId: MPN,
    codeId,
    codeHash: `hash-of-${codeId}-0123456789`,
    issuedAt,
    expiresAt: addMs(issuedAt, policy.accessCodeTtlMs),
  },
});
const wrongTry = (codeId: string, failedAttempts: number): PartnerEvent => ({
  type: 'AccessCodeRedemptionFailed',
  data: { mpnId: MPN, codeId, reason: 'wrong-code', failedAttempts, failedAt: T0 },
});
const locked = (codeId: string): PartnerEvent => ({
  type: 'AccessCodeLocked',
  data: { mpnId: MPN, codeId, lockedAt: T0 },
});
const sessionOpened = (openedAt: string): PartnerEvent => ({
  type: 'PartnerSessionOpened',
  data: { mpnId: MPN, codeId: 'c1', openedAt, expiresAt: addMs(openedAt, policy.sessionTtlMs) },
});

const signUp = (country = 'CA', now = T0) =>
  ({ type: 'SignUpPartner', data: { ...profile, country }, metadata: { now, policy } }) as const;
const issue = (codeId: string, now = T0) =>
  ({
    type: 'IssueAccessCode',
    data: { mpnId: MPN, codeId, codeHash: `hash-of-${codeId}-0123456789` },
    metadata: { now, policy },
  }) as const;
const redeem = (typedCodeId: string, now = T0) =>
  ({
    type: 'RedeemAccessCode',
    data: { mpnId: MPN, codeMatches: (hash: string) => hash === `hash-of-${typedCodeId}-0123456789` },
    metadata: { now, policy },
  }) as const;

describe('Signing up', () => {
  it('records a partner of the program country', () => given([]).when(signUp()).then([signedUp]));

  it('refuses a partner from another country', () =>
    given([]).when(signUp('US')).thenRefuses('rule-violation', 'country-not-eligible'));

  it('changes nothing when the partner signs up again: the new code goes to the contact on file', () =>
    given([signedUp, codeIssued('c1')])
      .when(signUp())
      .thenNothingHappens());
});

describe('Issuing access codes', () => {
  it('issues a code that expires after the configured time', () =>
    given([signedUp])
      .when(issue('c1'))
      .then([codeIssued('c1')]));

  it('refuses a code for a partner that never signed up', () =>
    given([]).when(issue('c1')).thenRefuses('not-found', 'partner-not-found'));

  it('issues at most 3 codes per hour, and says when the next one can be had', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0)),
      codeIssued('c2', at(10 * 60_000)),
      codeIssued('c3', at(20 * 60_000)),
    ];
    const refusal = given(history)
      .when(issue('c4', at(30 * 60_000)))
      .thenRefuses('too-many-attempts', 'too-many-access-codes');
    expect(refusal.retryAfterSeconds).toBe(30 * 60);
  });

  it('issues a fourth code once the first is an hour old', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0)),
      codeIssued('c2', at(1000)),
      codeIssued('c3', at(2000)),
    ];
    given(history)
      .when(issue('c4', at(HOUR_MS)))
      .then([codeIssued('c4', at(HOUR_MS))]);
  });
});

describe('Redeeming an access code', () => {
  it('activates the partner the first time and opens a session', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', at(1000)))
      .then([
        { type: 'PartnerActivated', data: { mpnId: MPN, codeId: 'c1', activatedAt: at(1000) } },
        sessionOpened(at(1000)),
      ]));

  it('opens a session without activating again when the partner is already active', () => {
    const active: PartnerEvent = {
      type: 'PartnerActivated',
      data: { mpnId: MPN, codeId: 'c1', activatedAt: T0 },
    };
    given([signedUp, codeIssued('c1'), active])
      .when(redeem('c1', at(1000)))
      .then([sessionOpened(at(1000))]);
  });

  it('refuses a wrong code, and counts it against the current code', () =>
    given([signedUp, codeIssued('c1'), wrongTry('c1', 1)])
      .when(redeem('nope'))
      .thenRefuses('unauthorized', 'access-code-invalid', [wrongTry('c1', 2)]));

  it('locks the code on the fifth wrong try, and answers that it is locked', () =>
    given([signedUp, codeIssued('c1'), ...[1, 2, 3, 4].map((n) => wrongTry('c1', n))])
      .when(redeem('nope'))
      .thenRefuses('too-many-attempts', 'access-code-locked', [wrongTry('c1', 5), locked('c1')]));

  it('refuses even the right code once the code is locked, recording nothing more', () => {
    const refusal = given([signedUp, codeIssued('c1'), locked('c1')])
      .when(redeem('c1'))
      .thenRefuses('too-many-attempts', 'access-code-locked');
    expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('refuses a right code presented after it expired, and records that it was', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', at(policy.accessCodeTtlMs)))
      .thenRefuses('expired', 'access-code-expired', [
        {
          type: 'AccessCodeRedemptionFailed',
          data: {
            mpnId: MPN,
            codeId: 'c1',
            reason: 'expired',
            failedAttempts: 0,
            failedAt: at(policy.accessCodeTtlMs),
          },
        },
      ]));

  it('accepts the code until the last millisecond before it expires', () => {
    const lastMoment = at(policy.accessCodeTtlMs - 1);
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', lastMoment))
      .then([
        { type: 'PartnerActivated', data: { mpnId: MPN, codeId: 'c1', activatedAt: lastMoment } },
        sessionOpened(lastMoment),
      ]);
  });

  it('treats an older code as wrong once a new one was issued', () =>
    given([signedUp, codeIssued('c1'), codeIssued('c2')])
      .when(redeem('c1'))
      .thenRefuses('unauthorized', 'access-code-invalid', [wrongTry('c2', 1)]));

  it('gives a new code a fresh count of tries', () =>
    given([signedUp, codeIssued('c1'), wrongTry('c1', 4), codeIssued('c2')])
      .when(redeem('nope'))
      .thenRefuses('unauthorized', 'access-code-invalid', [wrongTry('c2', 1)]));

  it('refuses an MPN ID that never signed up, without saying whether it exists', () =>
    given([]).when(redeem('c1')).thenRefuses('unauthorized', 'access-code-invalid'));
});
