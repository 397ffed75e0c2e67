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
const REQUEST = '8a3c1e0e-5a2b-4c7d-9e1f-2b3c4d5e6f70';
const SESSION = 'session-0001';

const profile = {
  mpnId: MPN,
  companyName: 'Northwind Traders',
  contactEmail: 'ops@northwind.example',
  country: 'CA',
};
const signedUp: PartnerEvent = { type: 'PartnerSignedUp', data: { ...profile, signedUpAt: T0 } };
const codeIssued = (codeId: string, issuedAt = T0, requested = false): PartnerEvent => ({
  type: 'AccessCodeIssued',
  data: {
    mpnId: MPN,
    codeId,
    codeHash: `hash-of-${codeId}-0123456789`,
    requested,
    issuedAt,
    expiresAt: addMs(issuedAt, policy.accessCodeTtlMs),
  },
});
const locked = (codeId: string): PartnerEvent => ({
  type: 'AccessCodeLocked',
  data: { mpnId: MPN, codeId, lockedAt: T0 },
});
const sessionOpened = (openedAt: string): PartnerEvent => ({
  type: 'PartnerSessionOpened',
  data: {
    mpnId: MPN,
    codeId: 'c1',
    sessionId: SESSION,
    openedAt,
    expiresAt: addMs(openedAt, policy.sessionTtlMs),
  },
});

const signUp = (country = 'CA', now = T0) =>
  ({
    type: 'SignUpPartner',
    data: { ...profile, country, requestId: REQUEST },
    metadata: { now, policy },
  }) as const;
const issue = (codeId: string, now = T0, requested = true) =>
  ({
    type: 'IssueAccessCode',
    data: { mpnId: MPN, codeId, codeHash: `hash-of-${codeId}-0123456789`, requested },
    metadata: { now, policy },
  }) as const;
/** A try with the code checked at the edge against `codeId`: right or wrong, and the code's wrong tries so far. */
const redeem = (codeId: string | undefined, matches: boolean, now = T0, wrongTriesOfCode = matches ? 0 : 1) =>
  ({
    type: 'RedeemAccessCode',
    data: { mpnId: MPN, codeId, matches, wrongTriesOfCode, sessionId: SESSION },
    metadata: { now, policy },
  }) as const;

describe('Signing up', () => {
  it('records a partner of the program country', () => given([]).when(signUp()).then([signedUp]));

  it('refuses a partner from another country', () =>
    given([]).when(signUp('US')).thenRefuses('rule-violation', 'country-not-eligible'));

  it('again asks for a new code, which goes to the contact on file (nothing else changes)', () =>
    given([signedUp, codeIssued('c1')])
      .when(signUp())
      .then([{ type: 'AccessCodeRequested', data: { mpnId: MPN, requestId: REQUEST, requestedAt: T0 } }]));

  it('records the language and the time zone the partner reads the program in', () =>
    given([])
      .when({
        type: 'SignUpPartner',
        data: { ...profile, language: 'fr', timeZone: 'America/Vancouver', requestId: REQUEST },
        metadata: { now: T0, policy },
      })
      .then([
        {
          type: 'PartnerSignedUp',
          data: { ...profile, language: 'fr', timeZone: 'America/Vancouver', signedUpAt: T0 },
        },
      ]));
});

describe('Asking for a new code by MPN ID alone', () => {
  const ask = {
    type: 'RequestAccessCode',
    data: { mpnId: MPN, requestId: REQUEST },
    metadata: { now: T0 },
  } as const;

  it('records the request of a partner that signed up: the code goes to its contact on file', () =>
    given([signedUp, codeIssued('c1')])
      .when(ask)
      .then([{ type: 'AccessCodeRequested', data: { mpnId: MPN, requestId: REQUEST, requestedAt: T0 } }]));

  it('records nothing for an MPN ID that never signed up, and refuses nothing either', () =>
    given([]).when(ask).then([]));
});

describe('Issuing access codes', () => {
  it('issues a code that expires after the configured time', () =>
    given([signedUp])
      .when(issue('c1', T0, false))
      .then([codeIssued('c1')]));

  it('refuses a code for a partner that never signed up', () =>
    given([]).when(issue('c1')).thenRefuses('not-found', 'partner-not-found'));

  it('issues at most 3 codes asked for per hour, and says when the next one can be had', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0), true),
      codeIssued('c2', at(10 * 60_000), true),
      codeIssued('c3', at(20 * 60_000), true),
    ];
    const refusal = given(history)
      .when(issue('c4', at(30 * 60_000)))
      .thenRefuses('too-many-attempts', 'too-many-access-codes');
    expect(refusal.retryAfterSeconds).toBe(30 * 60);
  });

  it('issues a fourth code asked for once the first is an hour old', () => {
    const history = [
      signedUp,
      codeIssued('c1', at(0), true),
      codeIssued('c2', at(1000), true),
      codeIssued('c3', at(2000), true),
    ];
    given(history)
      .when(issue('c4', at(HOUR_MS)))
      .then([codeIssued('c4', at(HOUR_MS), true)]);
  });

  it("does not count the journey's own codes, and always replaces a locked code", () => {
    const asked = [
      codeIssued('c1', at(0), true),
      codeIssued('c2', at(1000), true),
      codeIssued('c3', at(2000), true),
    ];
    given([signedUp, ...asked])
      .when(issue('c4', at(3000), false))
      .then([codeIssued('c4', at(3000), false)]);
    given([signedUp, ...asked, locked('c3')])
      .when(issue('c4', at(3000)))
      .then([codeIssued('c4', at(3000), true)]);
  });
});

describe('Redeeming an access code', () => {
  it('activates the partner the first time and opens a session', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', true, at(1000)))
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
      .when(redeem('c1', true, at(1000)))
      .then([sessionOpened(at(1000))]);
  });

  it('refuses a wrong code and records nothing: tries are counted apart, so a flood grows no stream', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', false, T0, 999))
      .thenRefuses('unauthorized', 'access-code-invalid'));

  it(`locks the code on its ${policy.maxWrongTriesPerCode.toLocaleString('en')}th wrong try, from whoever it came`, () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', false, T0, policy.maxWrongTriesPerCode))
      .thenRefuses('too-many-attempts', 'access-code-locked', [locked('c1')]));

  it('refuses even the right code once the code is locked, recording nothing more', () =>
    given([signedUp, codeIssued('c1'), locked('c1')])
      .when(redeem('c1', true))
      .thenRefuses('too-many-attempts', 'access-code-locked'));

  it('refuses a right code presented after it expired', () =>
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', true, at(policy.accessCodeTtlMs)))
      .thenRefuses('expired', 'access-code-expired'));

  it('accepts the code until the last millisecond before it expires', () => {
    const lastMoment = at(policy.accessCodeTtlMs - 1);
    given([signedUp, codeIssued('c1')])
      .when(redeem('c1', true, lastMoment))
      .then([
        { type: 'PartnerActivated', data: { mpnId: MPN, codeId: 'c1', activatedAt: lastMoment } },
        sessionOpened(lastMoment),
      ]);
  });

  it('treats a try checked against an older code as wrong once a new one was issued, locking nothing', () =>
    given([signedUp, codeIssued('c1'), codeIssued('c2')])
      .when(redeem('c1', true, T0, policy.maxWrongTriesPerCode))
      .thenRefuses('unauthorized', 'access-code-invalid'));

  it('refuses an MPN ID that never signed up, without saying whether it exists', () =>
    given([]).when(redeem(undefined, false)).thenRefuses('unauthorized', 'access-code-invalid'));
});

describe('Logging out', () => {
  const logOut = {
    type: 'CloseSession',
    data: { mpnId: MPN, sessionId: SESSION },
    metadata: { now: at(5000) },
  } as const;
  const closed: PartnerEvent = {
    type: 'PartnerSessionClosed',
    data: { mpnId: MPN, sessionId: SESSION, closedAt: at(5000) },
  };

  it('closes the session', () =>
    given([signedUp, codeIssued('c1'), sessionOpened(T0)])
      .when(logOut)
      .then([closed]));

  it('again changes nothing', () =>
    given([signedUp, codeIssued('c1'), sessionOpened(T0), closed])
      .when(logOut)
      .thenNothingHappens());
});
