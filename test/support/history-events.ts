import { type EventOfType, type EventType, eventCatalog } from '../../events/catalog.js';
import type { Actor, EventEnvelope } from '../../events/envelope.js';
import { dollarPerSkuTerms, MPN } from './fixtures.js';

/** Events as a history page reads them from the store, and one of each type of the catalog. */

export const REGISTRATION = `m365-upsell--${MPN}`;
export const JOURNEY = REGISTRATION;
export const CODE_HASH = 'scrypt$16384$8$1$c2FsdHNhbHQ$6b1f0d2e9a8c7b6a5f4e3d2c1b0a9f8e';
export const TOKEN_HASH = 'c0ffee'.padEnd(64, '7');
export const TERMS_SHA = '3f1a9c0b2d4e'.padEnd(64, '5');
export const BANK_REFERENCE = 'NW-PAYEE-7731';

export const actors = {
  partner: { role: 'partner', id: MPN },
  journey: { role: 'system', id: 'partner-journey' },
  outbox: { role: 'system', id: 'outbox' },
  approverByLink: { role: 'approver' },
  dana: { role: 'finance', id: 'staff:dana@program.example', name: 'Dana Smith' },
  salesSystem: { role: 'sales-system' },
  admin: { role: 'program-admin', id: 'staff:lee@program.example', name: 'Lee Tremblay' },
  anyone: { role: 'anonymous' },
} satisfies Record<string, Actor>;

type Recorded = {
  eventId: string;
  at: string;
  actor: Actor;
  /** The request or event that caused it; a request of its own by default. */
  causationId?: string;
  correlationId?: string;
  /** When it was recorded, where later than it happened. */
  recordedAt?: string;
  stream?: string;
  version?: number;
  schemaVersion?: number;
};

const currentVersionOf = (type: string) =>
  eventCatalog.find((definition) => definition.type === type)?.schemaVersion ?? 1;

/** An event in its envelope, as the store gives it back. */
export const recorded = (event: { type: string; data: unknown }, r: Recorded): EventEnvelope => ({
  eventId: r.eventId,
  stream: r.stream ?? `registration-${REGISTRATION}`,
  version: r.version ?? 1,
  type: event.type,
  // The catalog's current version, unless the test reads an older one.
  schemaVersion: r.schemaVersion ?? currentVersionOf(event.type),
  occurredAt: r.at,
  recordedAt: r.recordedAt ?? r.at,
  data: event.data,
  metadata: {
    correlationId: r.correlationId ?? `corr-${r.eventId}`,
    causationId: r.causationId ?? `req-${r.eventId}`,
    actor: r.actor,
  },
});

const keys = { registrationId: REGISTRATION, campaignId: 'm365-upsell', mpnId: MPN };
const INQUIRY = '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11';
const AT = '2026-07-03T13:00:00Z';

/** One event of each type: a type added to the catalog without one here does not compile. */
export const oneOfEachType: { [T in EventType]: EventOfType<T> } = {
  PartnerSignedUp: {
    type: 'PartnerSignedUp',
    data: {
      mpnId: MPN,
      companyName: 'Northwind Traders',
      contactEmail: 'ops@northwind.example',
      country: 'CA',
      language: 'fr',
      timeZone: 'America/Toronto',
      signedUpAt: AT,
    },
  },
  AccessCodeRequested: {
    type: 'AccessCodeRequested',
    data: { mpnId: MPN, requestId: '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', requestedAt: AT },
  },
  AccessCodeIssued: {
    type: 'AccessCodeIssued',
    data: {
      mpnId: MPN,
      codeId: 'code-2',
      codeHash: CODE_HASH,
      requested: true,
      issuedAt: AT,
      expiresAt: '2026-07-04T13:00:00Z',
    },
  },
  AccessCodeRedemptionFailed: {
    type: 'AccessCodeRedemptionFailed',
    data: { mpnId: MPN, codeId: 'code-1', reason: 'wrong-code', failedAttempts: 3, failedAt: AT },
  },
  AccessCodeLocked: { type: 'AccessCodeLocked', data: { mpnId: MPN, codeId: 'code-1', lockedAt: AT } },
  PartnerActivated: { type: 'PartnerActivated', data: { mpnId: MPN, codeId: 'code-2', activatedAt: AT } },
  PartnerSessionOpened: {
    type: 'PartnerSessionOpened',
    data: {
      mpnId: MPN,
      codeId: 'code-2',
      sessionId: 'session-7f3a',
      openedAt: AT,
      expiresAt: '2026-07-03T21:00:00Z',
    },
  },
  PartnerSessionClosed: {
    type: 'PartnerSessionClosed',
    data: { mpnId: MPN, sessionId: 'session-7f3a', closedAt: AT },
  },
  CampaignPublished: {
    type: 'CampaignPublished',
    data: {
      campaignId: 'm365-upsell',
      terms: dollarPerSkuTerms(),
      termsText: 'The T&Cs.',
      termsSha256: TERMS_SHA,
      publishedAt: AT,
    },
  },
  CampaignTermsRevised: {
    type: 'CampaignTermsRevised',
    data: {
      campaignId: 'm365-upsell',
      termsText: 'The T&Cs, revised.',
      termsSha256: TERMS_SHA,
      revisedAt: AT,
    },
  },
  RegistrationSubmitted: {
    type: 'RegistrationSubmitted',
    data: {
      ...keys,
      agreementNumber: 'INV-0048213',
      signature: {
        signerName: 'Sam Okafor',
        signerEmail: 'sam@northwind.example',
        termsSha256: TERMS_SHA,
        signedAt: AT,
      },
      submittedAt: AT,
    },
  },
  ApprovalRequested: {
    type: 'ApprovalRequested',
    data: {
      ...keys,
      approvals: [
        { approverEmail: 'pm1@program.example', tokenHash: TOKEN_HASH },
        { approverEmail: 'pm2@program.example', tokenHash: TOKEN_HASH },
      ],
      requestedAt: AT,
      expiresAt: '2026-07-10T13:00:00Z',
      reminder: false,
    },
  },
  RegistrationApproved: {
    type: 'RegistrationApproved',
    data: { ...keys, approverEmail: 'pm2@program.example', decidedAt: AT },
  },
  RegistrationRejected: {
    type: 'RegistrationRejected',
    data: {
      ...keys,
      approverEmail: 'pm1@program.example',
      reason: 'Agreement number unknown',
      decidedAt: AT,
    },
  },
  RegistrationExpired: {
    type: 'RegistrationExpired',
    data: { ...keys, reason: 'undecided-at-campaign-end', expiredAt: AT },
  },
  SaleRecorded: {
    type: 'SaleRecorded',
    data: {
      saleId: 'S-1',
      mpnId: MPN,
      customerId: 'contoso',
      sku: 'M365-E5',
      quantity: 25,
      licenseType: 'Open',
      soldAt: AT,
    },
  },
  SaleReversed: {
    type: 'SaleReversed',
    data: { reversalId: 'CN-1', saleId: 'S-1', mpnId: MPN, quantity: 5, reversedAt: AT },
  },
  PayoutComputed: {
    type: 'PayoutComputed',
    data: {
      ...keys,
      asOf: AT,
      amountCents: 160_000,
      potentialCents: 160_000,
      adjustmentsCents: 0,
      statementSha256: 'd'.repeat(64),
    },
  },
  PaymentScheduled: { type: 'PaymentScheduled', data: { ...keys, amountCents: 160_000, scheduledAt: AT } },
  PayoutIssued: {
    type: 'PayoutIssued',
    data: { ...keys, amountCents: 160_000, reference: 'EFT-2026-0001', issuedAt: AT },
  },
  AdjustmentRecorded: {
    type: 'AdjustmentRecorded',
    data: {
      ...keys,
      inquiryId: INQUIRY,
      saleId: 'S-1',
      amountCents: -5_000,
      note: 'Credit note CN-1 was late',
      recordedAt: AT,
    },
  },
  PaymentProfileUpdated: {
    type: 'PaymentProfileUpdated',
    data: {
      mpnId: MPN,
      legalName: 'Northwind Traders Inc.',
      remittanceEmail: 'ap@northwind.example',
      bankReference: BANK_REFERENCE,
      updatedAt: AT,
    },
  },
  FraudFlagRaised: {
    type: 'FraudFlagRaised',
    data: {
      flagId: 'duplicate-claim:contoso:M365-E5:2026-07-03',
      kind: 'duplicate-claim',
      mpnId: MPN,
      campaignId: 'm365-upsell',
      saleIds: ['S-1', 'S-9'],
      evidence: { customerId: 'contoso', partners: 2 },
      raisedAt: AT,
    },
  },
  FraudFlagReviewed: {
    type: 'FraudFlagReviewed',
    data: {
      flagId: 'duplicate-claim:contoso:M365-E5:2026-07-03',
      mpnId: MPN,
      verdict: 'cleared',
      note: 'Two resellers of one customer',
      reviewedAt: AT,
    },
  },
  InquiryRaised: {
    type: 'InquiryRaised',
    data: {
      inquiryId: INQUIRY,
      ...keys,
      topic: 'statement-line',
      saleId: 'S-1',
      message: 'Why only 20 units?',
      raisedAt: AT,
    },
  },
  InquiryAnswered: {
    type: 'InquiryAnswered',
    data: { inquiryId: INQUIRY, mpnId: MPN, message: 'A credit note took 5 back.', answeredAt: AT },
  },
  InquiryResolved: {
    type: 'InquiryResolved',
    data: {
      inquiryId: INQUIRY,
      mpnId: MPN,
      outcome: 'adjusted',
      note: 'Credit note CN-1 was late',
      adjustmentCents: -5_000,
      resolvedAt: AT,
    },
  },
  NotificationSent: {
    type: 'NotificationSent',
    data: {
      notificationId: `decision:${REGISTRATION}`,
      template: 'registration-decision',
      recipient: 'ops@northwind.example',
      mpnId: MPN,
      messageId: 'ses-0001',
      sentAt: AT,
    },
  },
  JourneyStepFailed: {
    type: 'JourneyStepFailed',
    data: {
      journey: JOURNEY,
      step: 'send-statements',
      error: 'States.TaskFailed',
      cause: 'SES refused the message',
      failedAt: AT,
    },
  },
  StaffMemberAdded: {
    type: 'StaffMemberAdded',
    data: { email: 'dana@program.example', name: 'Dana Smith', roles: ['approver', 'finance'], addedAt: AT },
  },
  StaffMemberChanged: {
    type: 'StaffMemberChanged',
    data: { email: 'dana@program.example', name: 'Dana Smith', roles: ['finance'], changedAt: AT },
  },
  StaffSignedIn: {
    type: 'StaffSignedIn',
    data: { email: 'dana@program.example', sessionId: 'session-0001', signedInAt: AT },
  },
  StaffSignedOut: { type: 'StaffSignedOut', data: { email: 'dana@program.example', signedOutAt: AT } },
};
