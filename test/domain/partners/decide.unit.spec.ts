import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../domain/decider.js';
import { decidePartner, redemptionOutcome } from '../../../domain/partners/decide.js';
import { evolvePartner, initialPartnerState, type PartnerEvent } from '../../../domain/partners/partner.js';
import { defaultOnboardingPolicy as policy } from '../../../domain/partners/policy.js';
import { addMs } from '../../../events/instant.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor({ decide: decidePartner, evolve: evolvePartner, initialState: initialPartnerState });

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
    given([]).when(signUp('US')).thenThrows('rule-violation', 'country-not-eligible'));

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
    given([]).when(issue('c1')).thenThrows('not-found', 'partner-not-found'));

  it('issues at most 3 codes per hour, and says when the next one can be had', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0)),
      codeIssued('c2', at(10 * 60_000)),
      codeIssued('c3', at(20 * 60_000)),
    ];
    const error = given(history)
      .when(issue('c4', at(30 * 60_000)))
      .thenThrows('too-many-attempts', 'too-many-access-codes');
    expect(error.retryAfterSeconds).toBe(30 * 60);
  });

  it('issues a fourth code once the first is an hour old', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0)),
      codeIssued('c2', at(1000)),
      codeIssued('c3', at(2000)),
    ];
    expect(
      given(history)
        .when(issue('c4', at(HOUR_MS)))
        .events(),
    ).toHaveLength(1);
  });
});

describe('Redeeming an access code', () => {
  it('activates the partner the first time and opens a session', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', at(1000)))
      .then([
        { type: 'PartnerActivated', data: { mpnId: MPN, codeId: 'c1', activatedAt: at(1000) } },
        {
          type: 'PartnerSessionOpened',
          data: { mpnId: MPN, codeId: 'c1', openedAt: at(1000), expiresAt: at(1000 + policy.sessionTtlMs) },
        },
      ]));

  it('opens a session without activating again when the partner is already active', () => {
    const active: PartnerEvent = {
      type: 'PartnerActivated',
      data: { mpnId: MPN, codeId: 'c1', activatedAt: T0 },
    };
    const events = given([signedUp, codeIssued('c1'), active])
      .when(redeem('c1', at(1000)))
      .events();
    expect(events.map((e) => e.type)).toEqual(['PartnerSessionOpened']);
  });

  it('counts a wrong code against the current code', () =>
    given([signedUp, codeIssued('c1'), wrongTry('c1', 1)])
      .when(redeem('nope'))
      .then([wrongTry('c1', 2)]));

  it('locks the code on the fifth wrong try', () =>
    given([signedUp, codeIssued('c1'), ...[1, 2, 3, 4].map((n) => wrongTry('c1', n))])
      .when(redeem('nope'))
      .then([
        wrongTry('c1', 5),
        { type: 'AccessCodeLocked', data: { mpnId: MPN, codeId: 'c1', lockedAt: T0 } },
      ]));

  it('refuses even the right code once the code is locked', () => {
    const locked: PartnerEvent = {
      type: 'AccessCodeLocked',
      data: { mpnId: MPN, codeId: 'c1', lockedAt: T0 },
    };
    const error = given([signedUp, codeIssued('c1'), locked])
      .when(redeem('c1'))
      .thenThrows('too-many-attempts', 'access-code-locked');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('records that a right code was presented after it expired', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', at(policy.accessCodeTtlMs)))
      .then([
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

  it('accepts the code until the last millisecond before it expires', () =>
    expect(
      given([signedUp, codeIssued('c1')])
        .when(redeem('c1', at(policy.accessCodeTtlMs - 1)))
        .events(),
    ).toHaveLength(2));

  it('treats an older code as wrong once a new one was issued', () =>
    given([signedUp, codeIssued('c1'), codeIssued('c2')])
      .when(redeem('c1'))
      .then([wrongTry('c2', 1)]));

  it('gives a new code a fresh count of tries', () =>
    given([signedUp, codeIssued('c1'), wrongTry('c1', 4), codeIssued('c2')])
      .when(redeem('nope'))
      .then([wrongTry('c2', 1)]));

  it('refuses an MPN ID that never signed up, without saying whether it exists', () =>
    given([]).when(redeem('c1')).thenThrows('unauthorized', 'access-code-invalid'));
});

describe('What a redemption means for the partner', () => {
  const state = [signedUp, codeIssued('c1')].reduce(evolvePartner, initialPartnerState());
  const metadata = { now: T0, policy };

  it('is a session when one was opened', () => {
    const events = decidePartner(redeem('c1'), state);
    expect(redemptionOutcome(events, state, metadata)).toEqual({
      ok: true,
      sessionExpiresAt: at(policy.sessionTtlMs),
      activated: true,
    });
  });

  it.each([
    ['a wrong code', [wrongTry('c1', 1)], 'unauthorized', 'access-code-invalid'],
    [
      'a lock',
      [wrongTry('c1', 5), { type: 'AccessCodeLocked', data: { mpnId: MPN, codeId: 'c1', lockedAt: T0 } }],
      'too-many-attempts',
      'access-code-locked',
    ],
    [
      'an expired code',
      [
        {
          type: 'AccessCodeRedemptionFailed',
          data: { mpnId: MPN, codeId: 'c1', reason: 'expired', failedAttempts: 0, failedAt: T0 },
        },
      ],
      'expired',
      'access-code-expired',
    ],
  ] as const)('is a refusal after %s', (_, events, kind, code) => {
    const outcome = redemptionOutcome(events as unknown as PartnerEvent[], state, metadata);
    expect(outcome).toMatchObject({ ok: false, error: { kind, code } });
  });
});
