import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { CampaignId, MpnId, SaleId, Text } from './fields.js';
import { Instant } from './instant.js';
import { SignedCents } from './payouts.js';
import { indexKeys, RegistrationId, streamIds } from './streams.js';

export const InquiryId = z.string().uuid({ message: 'must be an inquiry id' });

const inInquiryStream = {
  streamOf: (data: { inquiryId: string }) => streamIds.inquiry(data.inquiryId),
  indexOf: () => indexKeys.inquiries(),
};

/** A partner asks about its statement: a line it does not understand, or a sale missing from it. */
export const InquiryRaised = defineEvent({
  type: 'InquiryRaised',
  occurredAtOf: (data) => data.raisedAt,
  schemaVersion: 1,
  data: z.strictObject({
    inquiryId: InquiryId,
    registrationId: RegistrationId,
    campaignId: CampaignId,
    mpnId: MpnId,
    topic: z.enum(['statement-line', 'missing-sale']),
    saleId: SaleId.optional(),
    message: Text(2000),
    raisedAt: Instant,
  }),
  ...inInquiryStream,
});

export const InquiryAnswered = defineEvent({
  type: 'InquiryAnswered',
  occurredAtOf: (data) => data.answeredAt,
  schemaVersion: 1,
  data: z.strictObject({ inquiryId: InquiryId, mpnId: MpnId, message: Text(2000), answeredAt: Instant }),
  ...inInquiryStream,
});

/** Finance closes the inquiry: with an adjustment to the partner's payout, or declined with a reason. */
export const InquiryResolved = defineEvent({
  type: 'InquiryResolved',
  occurredAtOf: (data) => data.resolvedAt,
  schemaVersion: 1,
  data: z.strictObject({
    inquiryId: InquiryId,
    mpnId: MpnId,
    outcome: z.enum(['adjusted', 'declined']),
    note: Text(1000),
    adjustmentCents: SignedCents.optional(),
    resolvedAt: Instant,
  }),
  ...inInquiryStream,
});
