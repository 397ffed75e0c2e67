import type { PayoutState } from './payout.js';

/**
 * A closed statement against what was already paid (docs/incentive-rules.md, "The payout lifecycle"): what is still
 * due, or, when it came out lower after reversals, the clawback to recover. Nothing already issued
 * is rewritten.
 */
export type Settlement = { totalCents: number; issuedCents: number; dueCents: number; clawbackCents: number };

export function settle(totalCents: number, issuedCents: number): Settlement {
  return {
    totalCents,
    issuedCents,
    dueCents: Math.max(0, totalCents - issuedCents),
    clawbackCents: Math.max(0, issuedCents - totalCents),
  };
}

/** What the last closed statement (earnings and adjustments) leaves due. */
export const settlementOfClose = (state: PayoutState): Settlement =>
  settle(
    (state.lastComputed?.amountCents ?? 0) + (state.lastComputed?.adjustmentsCents ?? 0),
    state.issuedCents,
  );

/** Where a registration's payment stands (issue: unprocessed, scheduled, sent). */
export type PaymentStatus = 'not-closed' | 'unprocessed' | 'scheduled' | 'sent' | 'nothing-due';

export function paymentStatus(state: PayoutState): PaymentStatus {
  if (state.scheduled) return 'scheduled';
  if (!state.lastComputed) return 'not-closed';
  if (settlementOfClose(state).dueCents > 0) return 'unprocessed';
  return state.issuedCents > 0 ? 'sent' : 'nothing-due';
}
