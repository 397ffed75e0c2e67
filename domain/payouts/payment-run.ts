import type { PayoutState } from './payout.js';
import { type PaymentStatus, paymentStatus, type Settlement, settlementOfClose } from './settlement.js';

/** Why a due payment is not paid yet, though the statement is closed. */
export type PaymentHold = 'below-minimum-payout' | 'payment-profile-incomplete' | 'fraud-flag-confirmed';

export const holdMessages: Record<PaymentHold, string> = {
  'below-minimum-payout':
    "All the partner has due is below the minimum payout; it carries over to the partner's next payment run.",
  'payment-profile-incomplete': 'The partner has not completed its payment profile; the payment is held.',
  'fraud-flag-confirmed': 'A fraud flag on this partner was confirmed; the payment is held.',
};

/** Why a payment waits, as the partner reads it on its statement. */
export const holdExplanations: Record<PaymentHold, string> = {
  'below-minimum-payout': 'Below the minimum payout: it carries over to your next payment.',
  'payment-profile-incomplete': 'Held until your payment profile is complete.',
  'fraud-flag-confirmed': 'Held: a fraud check on your sales was confirmed.',
};

/** What the program requires of a partner before paying it, besides the minimum. */
export type PaymentChecks = { paymentProfileComplete: boolean; confirmedFlags: number };

/**
 * What a payment is weighed with: the minimum, met by all the partner has due (this payment and
 * `otherDueCents`, what its other closed statements leave due and unscheduled), and the checks.
 */
export type PaymentContext = PaymentChecks & { minimumPayoutCents: number; otherDueCents: number };

export function holdOf(dueCents: number, context: PaymentContext): PaymentHold | undefined {
  if (context.confirmedFlags > 0) return 'fraud-flag-confirmed';
  if (dueCents + context.otherDueCents < context.minimumPayoutCents) return 'below-minimum-payout';
  if (!context.paymentProfileComplete) return 'payment-profile-incomplete';
  return undefined;
}

/** One registration's money, as a payment run weighs it. */
export type RegistrationPayout = {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  state: PayoutState;
};

/** What a closed statement leaves due that no payment run has scheduled yet. */
export const unscheduledDueCents = (state: PayoutState): number =>
  state.lastComputed && !state.scheduled ? settlementOfClose(state).dueCents : 0;

/**
 * One step of a payment run: a payment to schedule (with what it is weighed with), one already
 * scheduled (a retried run), or one held and why.
 */
export type PaymentRunStep =
  | {
      outcome: 'schedule';
      payout: RegistrationPayout;
      dueCents: number;
      context: PaymentContext;
      /** The registration whose payment takes this small amount along with it. */
      carriedWith?: string;
    }
  | { outcome: 'already-scheduled'; payout: RegistrationPayout; amountCents: number }
  | { outcome: 'held'; payout: RegistrationPayout; dueCents: number; hold: PaymentHold };

export type PaymentRunInput = {
  campaignId: string;
  /** Every registration's payout in the program, in the order the run takes them. */
  payouts: readonly RegistrationPayout[];
  checksOf: (mpnId: string) => PaymentChecks;
  minimumPayoutCents: number;
};

/**
 * A payment run for a campaign: each closed statement with money due is scheduled, or held with
 * its reason. While all the partner has due is below the minimum it carries over; the minimum is
 * met with what the partner's other campaigns carried over, each too small to be paid alone
 * (a larger amount waits for its own campaign's run, and its review), and those are scheduled
 * with it, also when a retried run finds this one scheduled already.
 */
export function planPaymentRun({
  campaignId,
  payouts,
  checksOf,
  minimumPayoutCents,
}: PaymentRunInput): PaymentRunStep[] {
  const steps: PaymentRunStep[] = [];
  for (const payout of payouts) {
    if (payout.campaignId !== campaignId || !payout.state.lastComputed) continue;
    const checks = checksOf(payout.mpnId);
    const carried = payouts.filter((other) => {
      const due = unscheduledDueCents(other.state);
      return (
        other.mpnId === payout.mpnId &&
        other.registrationId !== payout.registrationId &&
        due > 0 &&
        due < minimumPayoutCents
      );
    });
    const carriedCents = carried.reduce((sum, other) => sum + unscheduledDueCents(other.state), 0);
    const step = stepFor(payout, { ...checks, minimumPayoutCents, otherDueCents: carriedCents });
    if (!step) continue;
    steps.push(step);
    if (step.outcome === 'held') continue;
    const paidWith = step.outcome === 'schedule' ? step.dueCents : step.amountCents;
    for (const other of carried) {
      const otherDueCents = paidWith + carriedCents - unscheduledDueCents(other.state);
      const carriedStep = stepFor(other, { ...checks, minimumPayoutCents, otherDueCents });
      if (carriedStep?.outcome === 'schedule')
        steps.push({ ...carriedStep, carriedWith: payout.registrationId });
      else if (carriedStep) steps.push(carriedStep);
    }
  }
  return steps;
}

/** What a run does with one payout; nothing when its closed statement leaves nothing due. */
function stepFor(payout: RegistrationPayout, context: PaymentContext): PaymentRunStep | undefined {
  const { scheduled } = payout.state;
  if (scheduled) return { outcome: 'already-scheduled', payout, amountCents: scheduled.amountCents };
  const { dueCents } = settlementOfClose(payout.state);
  if (dueCents === 0) return undefined;
  const hold = holdOf(dueCents, context);
  if (hold) return { outcome: 'held', payout, dueCents, hold };
  return { outcome: 'schedule', payout, dueCents, context };
}

/** Where one registration's payment stands, and what holds it while it is due and unscheduled. */
export type PaymentPosition = Settlement & {
  registrationId: string;
  mpnId: string;
  status: PaymentStatus;
  holds: PaymentHold[];
};

/**
 * Where each payment of a campaign stands, as the payment run would weigh it now: what finance
 * reviews before a run, and what a partner reads on its statement.
 */
export function paymentPositions(input: PaymentRunInput): PaymentPosition[] {
  const holds = new Map<string, PaymentHold>();
  for (const step of planPaymentRun(input)) {
    if (step.outcome === 'held') holds.set(step.payout.registrationId, step.hold);
  }
  return input.payouts
    .filter((payout) => payout.campaignId === input.campaignId)
    .map(({ registrationId, mpnId, state }) => {
      const status = paymentStatus(state);
      const hold = holds.get(registrationId);
      return {
        registrationId,
        mpnId,
        status,
        holds: status === 'unprocessed' && hold ? [hold] : [],
        ...settlementOfClose(state),
      };
    });
}
