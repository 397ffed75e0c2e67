import { conflict, ruleViolation } from '../errors.js';
import type { PayoutEvent, PayoutState } from './payout.js';
import { settlementOfClose } from './settlement.js';
import type { Statement } from './statement.js';

type RegistrationKeys = { registrationId: string; campaignId: string; mpnId: string };

/** The digest is computed at the edge from the statement's canonical JSON. */
export type RecordPayoutComputed = {
  type: 'RecordPayoutComputed';
  data: RegistrationKeys & { asOf: string; statement: Statement; statementSha256: string };
  metadata: { now: string };
};

/** Why a due payment is not paid yet, though the statement is closed. */
export type PaymentHold = 'below-minimum-payout' | 'payment-profile-incomplete' | 'fraud-flag-confirmed';

export type SchedulePayment = {
  type: 'SchedulePayment';
  data: RegistrationKeys;
  /**
   * What the program requires before paying: a minimum (met by all the partner has due, this and
   * `otherDueCents`, what its other closed statements leave due and unscheduled), a complete
   * payment profile, no confirmed flag.
   */
  context: {
    minimumPayoutCents: number;
    otherDueCents: number;
    paymentProfileComplete: boolean;
    confirmedFlags: number;
  };
  metadata: { now: string };
};

export type IssuePayout = {
  type: 'IssuePayout';
  data: RegistrationKeys & { amountCents: number; reference: string };
  metadata: { now: string };
};

export type RecordAdjustment = {
  type: 'RecordAdjustment';
  data: RegistrationKeys & { inquiryId: string; saleId?: string; amountCents: number; note: string };
  metadata: { now: string };
};

export type PayoutCommand = RecordPayoutComputed | SchedulePayment | IssuePayout | RecordAdjustment;

/**
 * Closing a statement freezes it, with the adjustments granted so far. Closing the same statement
 * again (a retried step) records nothing new.
 */
export function recordPayoutComputed(command: RecordPayoutComputed, state: PayoutState): PayoutEvent[] {
  const { registrationId, campaignId, mpnId, asOf, statement, statementSha256 } = command.data;
  if (state.lastComputed?.statementSha256 === statementSha256 && state.lastComputed.asOf === asOf) return [];
  return [
    {
      type: 'PayoutComputed',
      data: {
        registrationId,
        campaignId,
        mpnId,
        asOf,
        amountCents: statement.amountCents,
        potentialCents: statement.potentialCents,
        adjustmentsCents: state.adjustmentsCents,
        statementSha256,
      },
    },
  ];
}

/**
 * A payment run takes what the closed statement leaves due. While all the partner has due is below
 * the program's minimum it carries over, to be paid with the partner's next statements; without a
 * complete payment profile, or with a confirmed fraud flag, it is held. A payment already scheduled
 * is not scheduled twice.
 */
export function schedulePayment(command: SchedulePayment, state: PayoutState): PayoutEvent[] {
  const { data, context, metadata } = command;
  if (state.scheduled) return [];
  if (!state.lastComputed) {
    throw conflict('payout-not-closed', `The statement of ${data.registrationId} has not been closed yet.`);
  }
  const { dueCents } = settlementOfClose(state);
  if (dueCents === 0) throw ruleViolation('nothing-due', `Nothing is due to partner ${data.mpnId}.`);
  const hold = holdOf(dueCents, context);
  if (hold) {
    throw ruleViolation(hold, holdMessages[hold], {
      dueCents,
      partnerDueCents: dueCents + context.otherDueCents,
      minimumPayoutCents: context.minimumPayoutCents,
    });
  }
  return [
    { type: 'PaymentScheduled', data: { ...keysOf(data), amountCents: dueCents, scheduledAt: metadata.now } },
  ];
}

export function holdOf(dueCents: number, context: SchedulePayment['context']): PaymentHold | undefined {
  if (context.confirmedFlags > 0) return 'fraud-flag-confirmed';
  if (dueCents + context.otherDueCents < context.minimumPayoutCents) return 'below-minimum-payout';
  if (!context.paymentProfileComplete) return 'payment-profile-incomplete';
  return undefined;
}

const holdMessages: Record<PaymentHold, string> = {
  'below-minimum-payout':
    "All the partner has due is below the minimum payout; it carries over to the partner's next payment run.",
  'payment-profile-incomplete': 'The partner has not completed its payment profile; the payment is held.',
  'fraud-flag-confirmed': 'A fraud flag on this partner was confirmed; the payment is held.',
};

/**
 * Finance records that the scheduled payment was sent, once per reference, for exactly the amount
 * scheduled: an amount typed differently would create a clawback or a debt out of a typo.
 */
export function issuePayout(command: IssuePayout, state: PayoutState): PayoutEvent[] {
  const { data, metadata } = command;
  const { amountCents, reference } = data;
  const previous = state.issued.find((p) => p.reference === reference);
  if (previous) {
    if (previous.amountCents === amountCents) return [];
    throw conflict(
      'payout-reference-conflict',
      `Payout ${reference} was already recorded for another amount.`,
      {
        reference,
        recordedAmountCents: previous.amountCents,
      },
    );
  }
  if (!state.scheduled) {
    throw conflict(
      'payment-not-scheduled',
      `No payment to partner ${data.mpnId} is scheduled; schedule it first.`,
    );
  }
  if (state.scheduled.amountCents !== amountCents) {
    throw ruleViolation(
      'amount-differs-from-scheduled',
      `The scheduled payment is ${state.scheduled.amountCents} cents.`,
      {
        scheduledCents: state.scheduled.amountCents,
        amountCents,
      },
    );
  }
  return [
    { type: 'PayoutIssued', data: { ...keysOf(data), amountCents, reference, issuedAt: metadata.now } },
  ];
}

/** One adjustment per inquiry: resent, it changes nothing; with another amount, it is a conflict. */
export function recordAdjustment(command: RecordAdjustment, state: PayoutState): PayoutEvent[] {
  const { data, metadata } = command;
  const previous = state.adjustments.find((a) => a.inquiryId === data.inquiryId);
  if (previous) {
    if (previous.amountCents === data.amountCents) return [];
    throw conflict(
      'adjustment-conflict',
      `Inquiry ${data.inquiryId} was already resolved with another adjustment.`,
      {
        recordedAmountCents: previous.amountCents,
      },
    );
  }
  return [
    {
      type: 'AdjustmentRecorded',
      data: {
        ...keysOf(data),
        inquiryId: data.inquiryId,
        ...(data.saleId ? { saleId: data.saleId } : {}),
        amountCents: data.amountCents,
        note: data.note,
        recordedAt: metadata.now,
      },
    },
  ];
}

export function decidePayout(command: PayoutCommand, state: PayoutState): PayoutEvent[] {
  switch (command.type) {
    case 'RecordPayoutComputed':
      return recordPayoutComputed(command, state);
    case 'SchedulePayment':
      return schedulePayment(command, state);
    case 'IssuePayout':
      return issuePayout(command, state);
    case 'RecordAdjustment':
      return recordAdjustment(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown payout command ${JSON.stringify(unknown)}`);
    }
  }
}

const keysOf = ({ registrationId, campaignId, mpnId }: RegistrationKeys) => ({
  registrationId,
  campaignId,
  mpnId,
});
