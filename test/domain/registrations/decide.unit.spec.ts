import { describe, expect, it } from 'vitest';
import {
  type CampaignState,
  evolveCampaign,
  initialCampaignState,
} from '../../../domain/campaigns/campaign.js';
import { DAY_MS } from '../../../domain/durations.js';
import {
  evolvePartner,
  initialPartnerState,
  type PartnerEvent,
  type PartnerState,
} from '../../../domain/partners/partner.js';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import type { RegistrationEvent } from '../../../domain/registrations/registration.js';
import { addMs } from '../../../events/instant.js';
import { campaignPublished, MPN, SHA_V1, SHA_V2 } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(registrationDecider);

const NOW = '2026-07-02T15:00:00Z';
const REGISTRATION_ID = `m365-upsell--${MPN}`;
const keys = { registrationId: REGISTRATION_ID, campaignId: 'm365-upsell', mpnId: MPN };
const signature = { signerName: 'Dana Scott', signerEmail: 'dana@northwind.example', termsSha256: SHA_V1 };

const partnerSignedUp: PartnerEvent = {
  type: 'PartnerSignedUp',
  data: {
    mpnId: MPN,
    companyName: 'Northwind',
    contactEmail: 'ops@northwind.example',
    country: 'CA',
    signedUpAt: NOW,
  },
};
const signedUpPartner = evolvePartner(initialPartnerState(), partnerSignedUp);
const activePartner = evolvePartner(signedUpPartner, {
  type: 'PartnerActivated',
  data: { mpnId: MPN, codeId: 'c1', activatedAt: NOW },
});
const campaign: CampaignState = evolveCampaign(initialCampaignState(), campaignPublished());

const register = (
  overrides: { now?: string; termsSha256?: string; partner?: PartnerState; campaign?: CampaignState } = {},
) =>
  ({
    type: 'RegisterForCampaign',
    data: {
      campaignId: 'm365-upsell',
      mpnId: MPN,
      agreementNumber: 'INV-7781234',
      signature: { ...signature, termsSha256: overrides.termsSha256 ?? SHA_V1 },
    },
    context: { partner: overrides.partner ?? activePartner, campaign: overrides.campaign ?? campaign },
    metadata: { now: overrides.now ?? NOW },
  }) as const;

const submitted: RegistrationEvent = {
  type: 'RegistrationSubmitted',
  data: {
    ...keys,
    agreementNumber: 'INV-7781234',
    signature: { ...signature, signedAt: NOW },
    submittedAt: NOW,
  },
};
const TOKEN_A = '1'.repeat(64);
const TOKEN_B = '2'.repeat(64);
const approvals = [
  { approverEmail: 'pm@vendor.example', tokenHash: TOKEN_A },
  { approverEmail: 'lead@vendor.example', tokenHash: TOKEN_B },
];
const requested = (at = NOW, reminder = false): RegistrationEvent => ({
  type: 'ApprovalRequested',
  data: {
    ...keys,
    approvals,
    requestedAt: at,
    expiresAt: addMs(at, 7 * DAY_MS),
    reminder,
  },
});
const decide = (
  decision: 'approve' | 'reject',
  now = addMs(NOW, DAY_MS),
  tokenHash = TOKEN_A,
  reason?: string,
) =>
  ({
    type: 'DecideOnRegistration',
    data: {
      registrationId: REGISTRATION_ID,
      tokenHash,
      decision,
      ...(reason === undefined ? {} : { reason }),
    },
    metadata: { now },
  }) as const;
const approved: RegistrationEvent = {
  type: 'RegistrationApproved',
  data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt: addMs(NOW, DAY_MS) },
};

describe('Registering for a campaign', () => {
  it('records the agreement number and the signature with the server time', () =>
    given([]).when(register()).then([submitted]));

  it('accepts a registration at the deadline itself', () => {
    const deadline = '2026-09-15T04:00:00Z';
    given([])
      .when(register({ now: deadline }))
      .then([
        {
          type: 'RegistrationSubmitted',
          data: {
            ...keys,
            agreementNumber: 'INV-7781234',
            signature: { ...signature, signedAt: deadline },
            submittedAt: deadline,
          },
        },
      ]);
  });

  it('refuses a registration after the deadline', () =>
    given([])
      .when(register({ now: '2026-09-15T04:00:00.001Z' }))
      .thenRefuses('rule-violation', 'registration-deadline-passed'));

  it('refuses a signature of another T&C version', () => {
    const error = given([])
      .when(register({ termsSha256: SHA_V2 }))
      .thenRefuses('rule-violation', 'terms-version-outdated');
    expect(error.details).toEqual({ currentTermsSha256: SHA_V1 });
  });

  it('refuses a second registration for the same campaign', () =>
    given([submitted]).when(register()).thenRefuses('conflict', 'already-registered'));

  it('refuses an unknown campaign', () =>
    given([])
      .when(register({ campaign: initialCampaignState() }))
      .thenRefuses('not-found', 'campaign-not-found'));

  it('refuses a partner that has not activated its access', () =>
    given([])
      .when(register({ partner: signedUpPartner }))
      .thenRefuses('conflict', 'partner-not-active'));
});

describe('Requesting approval', () => {
  const request = (reminder: boolean, now = NOW) =>
    ({
      type: 'RequestApproval',
      data: { registrationId: REGISTRATION_ID, approvals, reminder },
      metadata: { now, approvalLinkTtlMs: 7 * DAY_MS },
    }) as const;

  it('records a link per approver, by the hash of its token', () =>
    given([submitted]).when(request(false)).then([requested()]));

  it('sends the reminder once while its links live, and fresh links once they all expired', () => {
    const later = addMs(NOW, 3 * DAY_MS);
    given([submitted, requested()])
      .when(request(true, later))
      .then([requested(later, true)]);
    given([submitted, requested(), requested(later, true)])
      .when(request(true, addMs(later, 7 * DAY_MS - 1000)))
      .thenNothingHappens();
    const expired = addMs(later, 7 * DAY_MS);
    given([submitted, requested(), requested(later, true)])
      .when(request(true, expired))
      .then([requested(expired, true)]);
  });

  it('refuses a registration that was already decided', () =>
    given([submitted, requested(), approved])
      .when(request(false))
      .thenRefuses('conflict', 'already-decided'));

  it('refuses an unknown registration', () =>
    given([]).when(request(false)).thenRefuses('not-found', 'registration-not-found'));
});

describe('Deciding on a pending registration', () => {
  it('approves, naming the approver whose link was used', () =>
    given([submitted, requested()]).when(decide('approve')).then([approved]));

  it('rejects with the reason', () =>
    given([submitted, requested()])
      .when(decide('reject', addMs(NOW, DAY_MS), TOKEN_B, 'Agreement number not found'))
      .then([
        {
          type: 'RegistrationRejected',
          data: {
            ...keys,
            approverEmail: 'lead@vendor.example',
            reason: 'Agreement number not found',
            decidedAt: addMs(NOW, DAY_MS),
          },
        },
      ]));

  it('refuses a rejection without a reason', () =>
    given([submitted, requested()])
      .when(decide('reject', addMs(NOW, DAY_MS), TOKEN_A, '  '))
      .thenRefuses('rule-violation', 'rejection-reason-required'));

  it("refuses a token that is not one of the registration's links", () =>
    given([submitted, requested()])
      .when(decide('approve', NOW, '9'.repeat(64)))
      .thenRefuses('not-found', 'approval-link-invalid'));

  it('refuses a link once it has expired', () =>
    given([submitted, requested()])
      .when(decide('approve', addMs(NOW, 7 * DAY_MS)))
      .thenRefuses('expired', 'approval-link-expired'));

  it("accepts the reminder's link after the first one expired", () => {
    const reminderWithOwnToken: RegistrationEvent = {
      type: 'ApprovalRequested',
      data: {
        ...keys,
        approvals: [{ approverEmail: 'pm@vendor.example', tokenHash: '3'.repeat(64) }],
        requestedAt: addMs(NOW, 3 * DAY_MS),
        expiresAt: addMs(NOW, 10 * DAY_MS),
        reminder: true,
      },
    };
    const decidedAt = addMs(NOW, 8 * DAY_MS);
    given([submitted, requested(), reminderWithOwnToken])
      .when(decide('approve', decidedAt, '3'.repeat(64)))
      .then([
        { type: 'RegistrationApproved', data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt } },
      ]);
  });
});

describe('Deciding on a decided registration', () => {
  it('refuses a second decision, through any link', () => {
    given([submitted, requested(), approved])
      .when(decide('approve'))
      .thenRefuses('conflict', 'already-decided');
    given([submitted, requested(), approved])
      .when(decide('reject', NOW, TOKEN_B, 'No'))
      .thenRefuses('conflict', 'already-decided');
  });
});

describe('Deciding as an approver signed in to the console', () => {
  const asApprover = (decision: 'approve' | 'reject', reason?: string) =>
    ({
      type: 'DecideAsApprover',
      data: {
        registrationId: REGISTRATION_ID,
        approverEmail: 'pm@vendor.example',
        decision,
        ...(reason === undefined ? {} : { reason }),
      },
      metadata: { now: addMs(NOW, DAY_MS) },
    }) as const;

  it('approves in the approver’s own name, without a link', () =>
    given([submitted, requested()]).when(asApprover('approve')).then([approved]));

  it('rejects only with a reason for the partner', () => {
    given([submitted, requested()])
      .when(asApprover('reject', '  '))
      .thenRefuses('rule-violation', 'rejection-reason-required');
    given([submitted, requested()])
      .when(asApprover('reject', 'The agreement number is not one of your sales.'))
      .then([
        {
          type: 'RegistrationRejected',
          data: {
            ...keys,
            approverEmail: 'pm@vendor.example',
            reason: 'The agreement number is not one of your sales.',
            decidedAt: addMs(NOW, DAY_MS),
          },
        },
      ]);
  });

  it('refuses a registration decided already, whoever decided it', () =>
    given([submitted, requested(), approved])
      .when(asApprover('reject', 'Too late'))
      .thenRefuses('conflict', 'already-decided'));

  it('refuses a registration that does not exist', () =>
    given([]).when(asApprover('approve')).thenRefuses('not-found', 'registration-not-found'));
});

describe('Expiring an undecided registration', () => {
  const expire = (now: string) =>
    ({
      type: 'ExpireRegistration',
      data: { registrationId: REGISTRATION_ID, campaignPeriodEnd: '2026-10-01T04:00:00Z' },
      metadata: { now },
    }) as const;

  it('expires it at the end of the campaign', () =>
    given([submitted, requested()])
      .when(expire('2026-10-01T04:00:00Z'))
      .then([
        {
          type: 'RegistrationExpired',
          data: { ...keys, reason: 'undecided-at-campaign-end', expiredAt: '2026-10-01T04:00:00Z' },
        },
      ]));

  it('refuses before the campaign ends', () =>
    given([submitted])
      .when(expire('2026-09-30T00:00:00Z'))
      .thenRefuses('rule-violation', 'campaign-not-ended'));

  it('leaves a decided registration as it is', () =>
    given([submitted, requested(), approved]).when(expire('2026-10-01T04:00:00Z')).thenNothingHappens());

  it('makes a later decision a conflict', () => {
    const expiredEvent: RegistrationEvent = {
      type: 'RegistrationExpired',
      data: { ...keys, reason: 'undecided-at-campaign-end', expiredAt: '2026-10-01T04:00:00Z' },
    };
    given([submitted, requested(), expiredEvent])
      .when(decide('approve'))
      .thenRefuses('conflict', 'already-decided');
  });
});
