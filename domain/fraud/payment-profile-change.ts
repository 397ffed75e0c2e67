import type { PaymentProfileChange } from '../payment-profiles/payment-profile.js';
import type { PaymentChecks, PaymentRunStep } from '../payouts/payment-run.js';
import type { Finding } from './detect.js';

/** Enough of a bank reference for finance to tell the old one from the new at a glance. */
const ending = (reference: string) => reference.slice(-4);

/** A change of the payment profile, identified by when it was made, with what it changed where the money goes. */
export function paymentProfileChangeFinding(
  mpnId: string,
  { previous, current }: PaymentProfileChange,
): Finding {
  return {
    kind: 'payment-profile-changed',
    mpnId,
    key: current.updatedAt,
    saleIds: [],
    evidence: {
      changedAt: current.updatedAt,
      previousRemittanceEmail: previous.remittanceEmail,
      remittanceEmail: current.remittanceEmail,
      previousBankReferenceEnding: ending(previous.bankReference),
      bankReferenceEnding: ending(current.bankReference),
    },
  };
}

/** The changes a payment run held payments for and no flag names yet: one finding per partner. */
export function paymentProfileChangeFindings(
  steps: readonly PaymentRunStep[],
  checksOf: (mpnId: string) => PaymentChecks,
): Finding[] {
  const held = steps.flatMap((step) =>
    step.outcome === 'held' && step.hold === 'payment-profile-changed' ? [step.payout.mpnId] : [],
  );
  return [...new Set(held)].flatMap((mpnId) => {
    const change = checksOf(mpnId).unflaggedProfileChange;
    return change ? [paymentProfileChangeFinding(mpnId, change)] : [];
  });
}
