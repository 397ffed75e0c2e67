import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { CampaignId, MpnId, SaleId, Text } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, streamIds } from './streams.js';

export const fraudFlagKinds = [
  'duplicate-claim',
  'tiny-sales-burst',
  'late-recorded-sale',
  'free-mail-sign-up',
  'payment-profile-changed',
] as const;
export type FraudFlagKind = (typeof fraudFlagKinds)[number];

/** A flag's id says what it is about, so that finding the same thing twice raises it once. */
export const FraudFlagId = z
  .string()
  .regex(/^[a-z-]+:[\x21-\x7e]{1,300}$/, { message: 'must be a fraud flag id' });

const byPartner = {
  streamOf: (data: { flagId: string }) => streamIds.fraudFlag(data.flagId),
  indexOf: (data: { mpnId: string }) => indexKeys.fraudFlagsOfPartner(data.mpnId),
};

/**
 * Something that looks like a duplicate or fraudulent claim, for finance to look at: it never
 * drops a line by itself. The evidence is what the check saw.
 */
export const FraudFlagRaised = defineEvent({
  type: 'FraudFlagRaised',
  occurredAtOf: (data) => data.raisedAt,
  schemaVersion: 1,
  data: z.strictObject({
    flagId: FraudFlagId,
    kind: z.enum(fraudFlagKinds),
    mpnId: MpnId,
    campaignId: CampaignId.optional(),
    saleIds: z.array(SaleId).max(1000),
    evidence: z.record(z.string().max(64), z.union([z.string().max(500), z.number()])),
    raisedAt: Instant,
  }),
  ...byPartner,
});

/** Finance looked at a flag: cleared (nothing wrong) or confirmed (the partner's payments are held). */
export const FraudFlagReviewed = defineEvent({
  type: 'FraudFlagReviewed',
  occurredAtOf: (data) => data.reviewedAt,
  schemaVersion: 1,
  data: z.strictObject({
    flagId: FraudFlagId,
    mpnId: MpnId,
    verdict: z.enum(['cleared', 'confirmed']),
    note: Text(1000),
    reviewedAt: Instant,
  }),
  ...byPartner,
});
