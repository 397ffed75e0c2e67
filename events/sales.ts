import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { CustomerId, LicenseType, MpnId, Quantity, ReversalId, SaleId, Sku } from './fields.js';
import { Instant } from './instant.js';
import { indexKeys, streamIds } from './streams.js';

/** A sale line as the sales system sends it (docs/incentive-rules.md, "Sales and reversals"). */
export const SaleLine = z.strictObject({
  saleId: SaleId,
  mpnId: MpnId,
  customerId: CustomerId,
  sku: Sku,
  quantity: Quantity,
  licenseType: LicenseType,
  soldAt: Instant,
});
export type SaleLine = z.output<typeof SaleLine>;

// Before credit-note numbers were taken, a reversal was identified by its sale and its instant.
// A reversal without one (stored then, or still sent so) is given an id made of its instant, so
// that the same reversal sent again meets the one recorded.
const BY_INSTANT = 'at-';

export const derivedReversalId = (reversedAt: string) => `${BY_INSTANT}${reversedAt}`;

const isDerivedReversalId = (id: string) =>
  id.startsWith(BY_INSTANT) && Instant.safeParse(id.slice(BY_INSTANT.length)).success;

/**
 * A reversal as the sales system sends it. `reversalId` may be left out: the API takes that until
 * the next release, the simulator's scenarios for good (docs/incentive-rules.md).
 */
export const SaleReversal = z.strictObject({
  reversalId: ReversalId.refine((id) => !isDerivedReversalId(id), {
    message: 'must not be at-<instant>: that names a reversal sent without a reversalId',
  }).optional(),
  saleId: SaleId,
  quantity: Quantity,
  reversedAt: Instant,
});
export type SaleReversal = z.output<typeof SaleReversal>;

// Each sale is its own stream: a resent saleId meets its first version there, and a reversal
// is checked against that sale's net units alone.
export const SaleRecorded = defineEvent({
  type: 'SaleRecorded',
  occurredAtOf: (data) => data.soldAt,
  schemaVersion: 1,
  data: SaleLine,
  streamOf: (data) => streamIds.sale(data.saleId),
  indexOf: (data) => indexKeys.salesOfPartner(data.mpnId),
});

/** Version 2 names the reversal (docs/incentive-rules.md, "Sales and reversals"). */
export const SaleReversed = defineEvent({
  type: 'SaleReversed',
  occurredAtOf: (data) => data.reversedAt,
  schemaVersion: 2,
  data: z.strictObject({
    reversalId: ReversalId,
    saleId: SaleId,
    mpnId: MpnId,
    quantity: Quantity,
    reversedAt: Instant,
  }),
  streamOf: (data) => streamIds.sale(data.saleId),
  indexOf: (data) => indexKeys.salesOfPartner(data.mpnId),
  upcasters: {
    1: (v1) => {
      const reversedAt = Instant.safeParse(v1.reversedAt);
      return reversedAt.success ? { ...v1, reversalId: derivedReversalId(reversedAt.data) } : v1;
    },
  },
});
