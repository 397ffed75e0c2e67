import * as z from 'zod';
import { exclusionReasons } from '../../domain/payouts/statement.js';
import { CampaignId, Cents, MpnId, SaleId, Sku, Text } from '../../events/fields.js';
import { InquiryId } from '../../events/inquiries.js';
import { Instant } from '../../events/instant.js';
import { SignedCents } from '../../events/payouts.js';
import { PaymentHoldJson, PaymentStatusJson, SettlementJson } from './payment-json.js';

const Units = z.number().int().min(0);

const ExclusionReasonJson = z.enum(exclusionReasons);

const statementFields = {
  campaignId: CampaignId,
  mpnId: MpnId,
  registrationStatus: z.enum(['approved', 'pending', 'rejected', 'expired']),
  eligibleUnits: Units,
  count: Units,
  amountCents: Cents,
  potentialCents: Cents,
  lines: z.array(z.strictObject({ saleId: SaleId, sku: Sku, units: Units, amountCents: Cents })),
};

/** A statement as the payout simulator prints it (docs/incentive-rules.md, "Payout statements"). */
export const StatementJson = z.strictObject({
  ...statementFields,
  excluded: z.array(z.strictObject({ saleId: SaleId, reason: ExclusionReasonJson })),
});

/** A partner's statement for one campaign, with what the partner needs beside it (docs/http-api.md). */
export const PartnerStatementJson = z.strictObject({
  ...statementFields,
  campaignName: Text(200),
  companyName: Text(200),
  asOf: Instant,
  excluded: z.array(
    z.strictObject({ saleId: SaleId, reason: ExclusionReasonJson, explanation: z.string().min(1) }),
  ),
  adjustments: z.array(
    z.strictObject({
      inquiryId: InquiryId,
      saleId: SaleId.optional(),
      amountCents: SignedCents,
      note: Text(1000),
      recordedAt: Instant,
    }),
  ),
  clawbacks: z.array(
    z.strictObject({
      saleId: SaleId.optional(),
      sku: Sku.optional(),
      units: Units.optional(),
      amountCents: SignedCents.max(-1),
      explanation: z.string().min(1),
    }),
  ),
  totals: z.strictObject({ earnedCents: Cents, adjustmentsCents: SignedCents, ...SettlementJson.shape }),
  payment: z.strictObject({
    status: PaymentStatusJson,
    holds: z.array(PaymentHoldJson),
    scheduledCents: Cents.optional(),
    closedAsOf: Instant.optional(),
  }),
});
