import * as z from 'zod';
import { Cents } from '../../events/fields.js';
import { SignedCents } from '../../events/payouts.js';

/** Where a registration's payment stands (domain/payouts/settlement.ts). */
export const PaymentStatusJson = z.enum(['not-closed', 'unprocessed', 'scheduled', 'sent', 'nothing-due']);

/** Why a payment that is due waits (domain/payouts/payment-run.ts). */
export const PaymentHoldJson = z.enum([
  'below-minimum-payout',
  'payment-profile-incomplete',
  'payment-profile-changed',
  'fraud-flag-confirmed',
]);

/** A closed statement against what was paid: what is still due, or to claw back. */
export const SettlementJson = z.strictObject({
  totalCents: SignedCents,
  issuedCents: Cents,
  dueCents: Cents,
  clawbackCents: Cents,
});
