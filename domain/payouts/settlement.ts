/**
 * A statement against what was already paid (incentive-rules.md, step 7): what is still due, or,
 * when the statement came out lower after reversals, the clawback to recover. Nothing already
 * issued is rewritten.
 */
export type Settlement = { issuedCents: number; dueCents: number; clawbackCents: number };

export function settle(amountCents: number, issuedCents: number): Settlement {
  return {
    issuedCents,
    dueCents: Math.max(0, amountCents - issuedCents),
    clawbackCents: Math.max(0, issuedCents - amountCents),
  };
}
