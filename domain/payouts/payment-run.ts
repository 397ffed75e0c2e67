import { instantMs } from '../../events/instant.js';
import type { PaymentProfileChange } from '../payment-profiles/payment-profile.js';
import type { PayoutState } from './payout.js';
import { type PaymentStatus, paymentStatus, type Settlement, settlementOfClose } from './settlement.js';

/** Why a payment that is due is not paid yet, though the statement is closed. */
export type PaymentHold =
  | 'below-minimum-payout'
  | 'payment-profile-incomplete'
  | 'payment-profile-changed'
  | 'fraud-flag-confirmed';

export const holdMessages: Record<PaymentHold, string> = {
  'below-minimum-payout':
    "All the partner has due is below the minimum payout; it carries over to the partner's next payment run.",
  'payment-profile-incomplete': 'The partner has not completed its payment profile; the payment is held.',
  'payment-profile-changed':
    "The partner's payment profile changed shortly before this run; the payment is held until finance reviews its fraud flag.",
  'fraud-flag-confirmed': 'A fraud flag on this partner was confirmed; the payment is held.',
};

/** Why a payment waits, as the partner reads it on its statement. */
export const holdExplanations: Record<PaymentHold, string> = {
  'below-minimum-payout': 'Below the minimum payout: it carries over to your next payment.',
  'payment-profile-incomplete': 'Held until your payment profile is complete.',
  'payment-profile-changed':
    'Held: your payment profile changed shortly before this payment; finance is confirming the change.',
  'fraud-flag-confirmed': 'Held: a fraud check on your sales was confirmed.',
};

/** What the program requires of a partner before paying it, besides the minimum. */
export type PaymentChecks = {
  paymentProfileComplete: boolean;
  confirmedFlags: number;
  /** Flags raised on changes of the payment profile that finance has not reviewed yet. */
  unreviewedProfileChangeFlags: number;
  /** The payment profile's latest change, while no flag has been raised on it. */
  unflaggedProfileChange?: PaymentProfileChange;
};

/**
 * What a payment is weighed with: the minimum, met by all the partner has due (this payment and
 * `otherDueCents`, what its other closed statements leave due and unscheduled), the checks, and
 * the instant of the run, which a recent change of the payment profile is measured back from.
 */
export type PaymentContext = PaymentChecks & {
  minimumPayoutCents: number;
  otherDueCents: number;
  now: string;
  paymentProfileChangeHoldMs: number;
};

/**
 * A payment run soon after the partner's payment profile changed holds its payments (someone who
 * took over the partner's session would redirect the money just before it is sent): the run raises
 * a flag on the change, which holds them until finance reviews it. Once the window has passed
 * without a run, the partner has had the emails about the change for that long.
 */
const profileChangeUnderReview = (context: PaymentContext) => {
  if (context.unreviewedProfileChangeFlags > 0) return true;
  const change = context.unflaggedProfileChange;
  return (
    change !== undefined &&
    instantMs(context.now) - instantMs(change.current.updatedAt) < context.paymentProfileChangeHoldMs
  );
};

export function holdOf(dueCents: number, context: PaymentContext): PaymentHold | undefined {
  if (context.confirmedFlags > 0) return 'fraud-flag-confirmed';
  if (dueCents + context.otherDueCents < context.minimumPayoutCents) return 'below-minimum-payout';
  if (!context.paymentProfileComplete) return 'payment-profile-incomplete';
  if (profileChangeUnderReview(context)) return 'payment-profile-changed';
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
  paymentProfileChangeHoldMs: number;
  /** When the run weighs the payments. */
  now: string;
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
  paymentProfileChangeHoldMs,
  now,
}: PaymentRunInput): PaymentRunStep[] {
  const rules = { minimumPayoutCents, paymentProfileChangeHoldMs, now };
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
    const step = stepFor(payout, { ...checks, ...rules, otherDueCents: carriedCents });
    if (!step) continue;
    steps.push(step);
    if (step.outcome === 'held') continue;
    const paidWith = step.outcome === 'schedule' ? step.dueCents : step.amountCents;
    for (const other of carried) {
      const otherDueCents = paidWith + carriedCents - unscheduledDueCents(other.state);
      const carriedStep = stepFor(other, { ...checks, ...rules, otherDueCents });
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
