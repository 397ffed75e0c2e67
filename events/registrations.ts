import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { AgreementNumber, CampaignId, Email, MpnId, Sha256Hex, Text } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, RegistrationId, streamIds } from './streams.js';

const registrationKeys = {
  registrationId: RegistrationId,
  campaignId: CampaignId,
  mpnId: MpnId,
};

const inRegistrationStream = {
  streamOf: (data: { registrationId: string }) => streamIds.registration(data.registrationId),
  indexOf: (data: { campaignId: string }) => indexKeys.registrationsOfCampaign(data.campaignId),
};

export const TermsSignature = z.strictObject({
  signerName: Text(200),
  signerEmail: Email,
  termsSha256: Sha256Hex,
  signedAt: Instant,
});

export const RegistrationSubmitted = defineEvent({
  type: 'RegistrationSubmitted',
  occurredAtOf: (data) => data.submittedAt,
  schemaVersion: 1,
  data: z.strictObject({
    ...registrationKeys,
    agreementNumber: AgreementNumber,
    signature: TermsSignature,
    submittedAt: Instant,
  }),
  ...inRegistrationStream,
});

/**
 * Approval links went out: one opaque token per approver, of which only the SHA-256 is kept,
 * so the link is the only place the token exists. A reminder is a second request.
 */
export const ApprovalRequested = defineEvent({
  type: 'ApprovalRequested',
  occurredAtOf: (data) => data.requestedAt,
  schemaVersion: 1,
  data: z.strictObject({
    ...registrationKeys,
    approvals: z
      .array(z.strictObject({ approverEmail: Email, tokenHash: Sha256Hex }))
      .min(1)
      .max(50),
    requestedAt: Instant,
    expiresAt: Instant,
    reminder: z.boolean(),
  }),
  ...inRegistrationStream,
});

export const RegistrationApproved = defineEvent({
  type: 'RegistrationApproved',
  occurredAtOf: (data) => data.decidedAt,
  schemaVersion: 1,
  data: z.strictObject({ ...registrationKeys, approverEmail: Email, decidedAt: Instant }),
  ...inRegistrationStream,
});

export const NO_REASON_RECORDED = 'No reason was recorded.';

/**
 * Version 2 makes the reason mandatory: the partner is told why (docs/incentive-rules.md,
 * "Registration"). Version 1 rejections without one are read with a placeholder reason.
 */
export const RegistrationRejected = defineEvent({
  type: 'RegistrationRejected',
  occurredAtOf: (data) => data.decidedAt,
  schemaVersion: 2,
  data: z.strictObject({ ...registrationKeys, approverEmail: Email, reason: Text(1000), decidedAt: Instant }),
  ...inRegistrationStream,
  upcasters: {
    1: (v1) => ({
      ...v1,
      reason: typeof v1.reason === 'string' && v1.reason.trim() ? v1.reason : NO_REASON_RECORDED,
    }),
  },
});

export const RegistrationExpired = defineEvent({
  type: 'RegistrationExpired',
  occurredAtOf: (data) => data.expiredAt,
  schemaVersion: 1,
  data: z.strictObject({
    ...registrationKeys,
    reason: z.literal('undecided-at-campaign-end'),
    expiredAt: Instant,
  }),
  ...inRegistrationStream,
});
