import * as z from 'zod';
import { exclusionReasons } from '../../domain/payouts/statement.js';
import { CampaignId, Cents, CustomerId, MpnId, SaleId, Sku, Text } from '../../events/fields.js';
import { InquiryId } from '../../events/inquiries.js';
import { Instant } from '../../events/instant.js';
import { SignedCents } from '../../events/payouts.js';
import { PaymentHoldJson, PaymentStatusJson, SettlementJson } from './payment-json.js';

const Units = z.number().int().min(0);

const ExclusionReasonJson = z.enum(exclusionReasons);

const totalsFields = {
  campaignId: CampaignId,
  mpnId: MpnId,
  registrationStatus: z.enum(['approved', 'pending', 'rejected', 'expired']),
  eligibleUnits: Units,
  count: Units,
  amountCents: Cents,
  potentialCents: Cents,
};

const statementFields = {
  ...totalsFields,
  lines: z.array(z.strictObject({ saleId: SaleId, sku: Sku, units: Units, amountCents: Cents })),
};

/**
 * A statement without its lines, as the payout report shows it: how many lines were paid or
 * counted, how many earned nothing, and how many for each reason.
 */
export const StatementSummaryJson = z.strictObject({
  ...totalsFields,
  paidLines: Units,
  excludedLines: Units,
  excludedByReason: z.partialRecord(ExclusionReasonJson, Units),
});

/** What a partner recognises a sale by. */
const saleFacts = { soldAt: Instant, customerId: CustomerId };

const FrequencyMetricJson = z.enum(['transactions', 'newCustomers']);

/** A partner's statement for one campaign, with what the partner needs beside it (docs/http-api.md). */
export const PartnerStatementJson = z.strictObject({
  ...statementFields,
  campaignName: Text(200),
  companyName: Text(200),
  asOf: Instant,
  period: z.strictObject({ start: Instant, end: Instant }),
  lines: z.array(
    z.strictObject({
      saleId: SaleId,
      sku: Sku,
      units: Units,
      amountCents: Cents,
      ...saleFacts,
      rateCents: Cents.optional(),
    }),
  ),
  excluded: z.array(
    z.strictObject({
      saleId: SaleId,
      sku: Sku,
      units: Units,
      ...saleFacts,
      reason: ExclusionReasonJson,
      explanation: z.string().min(1),
    }),
  ),
  tier: z.strictObject({ metric: FrequencyMetricJson, threshold: Units, amountCents: Cents }).optional(),
  outsidePeriod: z.array(
    z.strictObject({
      saleId: SaleId,
      sku: Sku,
      units: Units,
      ...saleFacts,
      when: z.enum(['before-period', 'after-period']),
      otherCampaigns: z.array(CampaignId),
    }),
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
      reason: z.enum(['units-reversed', 'line-reversed', 'lower-tier-or-cap']),
      explanation: z.string().min(1),
    }),
  ),
  totals: z.strictObject({ earnedCents: Cents, adjustmentsCents: SignedCents, ...SettlementJson.shape }),
  payment: z.strictObject({
    status: PaymentStatusJson,
    holds: z.array(PaymentHoldJson),
    scheduledCents: Cents.optional(),
    scheduledAt: Instant.optional(),
    closedAsOf: Instant.optional(),
    sent: z.array(z.strictObject({ reference: Text(100), amountCents: Cents, issuedAt: Instant })),
  }),
});
