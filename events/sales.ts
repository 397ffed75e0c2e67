import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { CustomerId, LicenseType, MpnId, Quantity, SaleId, Sku } from './fields.js';
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

export const SaleReversal = z.strictObject({
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

export const SaleReversed = defineEvent({
  type: 'SaleReversed',
  occurredAtOf: (data) => data.reversedAt,
  schemaVersion: 1,
  data: SaleReversal.extend({ mpnId: MpnId }),
  streamOf: (data) => streamIds.sale(data.saleId),
  indexOf: (data) => indexKeys.salesOfPartner(data.mpnId),
});
