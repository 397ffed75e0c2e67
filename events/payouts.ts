import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { CampaignId, Cents, MpnId, Sha256Hex, Text } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, RegistrationId, streamIds } from './streams.js';

const payoutKeys = { registrationId: RegistrationId, campaignId: CampaignId, mpnId: MpnId };

const inPayoutStream = {
  streamOf: (data: { registrationId: string }) => streamIds.payout(data.registrationId),
  indexOf: (data: { campaignId: string }) => indexKeys.payoutsOfCampaign(data.campaignId),
};

/** A statement was computed by replaying events; the digest pins exactly what it said. */
export const PayoutComputed = defineEvent({
  type: 'PayoutComputed',
  occurredAtOf: (data) => data.asOf,
  schemaVersion: 1,
  data: z.strictObject({
    ...payoutKeys,
    asOf: Instant,
    amountCents: Cents,
    potentialCents: Cents,
    statementSha256: Sha256Hex,
  }),
  ...inPayoutStream,
});

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
