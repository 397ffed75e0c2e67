import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { CampaignId, Cents, MpnId, SaleId, Sha256Hex, Text } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, RegistrationId, streamIds } from './streams.js';

const payoutKeys = { registrationId: RegistrationId, campaignId: CampaignId, mpnId: MpnId };

const inPayoutStream = {
  streamOf: (data: { registrationId: string }) => streamIds.payout(data.registrationId),
  indexOf: (data: { campaignId: string }) => indexKeys.payoutsOfCampaign(data.campaignId),
};

/** An amount that may be negative: an adjustment can take money back. */
export const SignedCents = z
  .number()
  .int({ message: 'must be a whole number of cents' })
  .min(-100_000_000_000)
  .max(100_000_000_000);

/**
 * A statement was closed: computed by replaying events as of `asOf`, with the adjustments
 * recorded by then, and pinned by the digest of what it said. What is paid comes from here;
 * nothing recorded later rewrites it. Version 2 adds the adjustments (version 1 had none).
 */
export const PayoutComputed = defineEvent({
  type: 'PayoutComputed',
  occurredAtOf: (data) => data.asOf,
  schemaVersion: 2,
  data: z.strictObject({
    ...payoutKeys,
    asOf: Instant,
    amountCents: Cents,
    potentialCents: Cents,
    adjustmentsCents: SignedCents,
    statementSha256: Sha256Hex,
  }),
  ...inPayoutStream,
  upcasters: { 1: (v1) => ({ ...v1, adjustmentsCents: 0 }) },
});

/** Finance put a payment of what the closed statement leaves due into a payment run. */
export const PaymentScheduled = defineEvent({
  type: 'PaymentScheduled',
  occurredAtOf: (data) => data.scheduledAt,
  schemaVersion: 1,
  data: z.strictObject({ ...payoutKeys, amountCents: Cents.min(1), scheduledAt: Instant }),
  ...inPayoutStream,
});

/** The scheduled payment was sent, under the reference of the transfer. */
export const PayoutIssued = defineEvent({
  type: 'PayoutIssued',
  occurredAtOf: (data) => data.issuedAt,
  schemaVersion: 1,
  data: z.strictObject({
    ...payoutKeys,
    amountCents: Cents.min(1),
    reference: Text(100),
    issuedAt: Instant,
  }),
  ...inPayoutStream,
});

/** Finance resolved a partner's inquiry with money: linked to the inquiry and, where it is about one, the sale line. */
export const AdjustmentRecorded = defineEvent({
  type: 'AdjustmentRecorded',
  occurredAtOf: (data) => data.recordedAt,
  schemaVersion: 1,
  data: z.strictObject({
    ...payoutKeys,
    inquiryId: z.string().uuid(),
    saleId: SaleId.optional(),
    amountCents: SignedCents.refine((cents) => cents !== 0, { message: 'must not be zero' }),
    note: Text(1000),
    recordedAt: Instant,
  }),
  ...inPayoutStream,
});
