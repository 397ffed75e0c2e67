import { isOneOf } from '../../events/catalog.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import { conflict, ruleViolation } from '../refusal.js';
import { holdMessages, holdOf, type PaymentContext, type PaymentHold } from './payment-run.js';
import {
  evolvePayout,
  initialPayoutState,
  type PayoutEvent,
  type PayoutState,
  payoutEventTypes,
} from './payout.js';
import { settlementOfClose } from './settlement.js';
import type { Statement } from './statement.js';

type RegistrationKeys = { registrationId: string; campaignId: string; mpnId: string };

/** The digest is computed at the edge from the statement's canonical JSON. */
export type RecordPayoutComputed = {
  type: 'RecordPayoutComputed';
  data: RegistrationKeys & { asOf: string; statement: Statement; statementSha256: string };
  metadata: { now: string };
};

export type SchedulePayment = {
  type: 'SchedulePayment';
  data: RegistrationKeys;
  /** What the program requires before paying, as the payment run weighed it. */
  context: PaymentContext;
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

export type PayoutRefusalCode =
  | 'payout-not-closed'
  | 'nothing-due'
  | PaymentHold
  | 'payout-reference-conflict'
  | 'payment-not-scheduled'
  | 'amount-differs-from-scheduled'
  | 'adjustment-conflict';

type PayoutDecision = Decision<PayoutEvent, PayoutRefusalCode>;

/**
 * Closing a statement freezes it, with the adjustments granted so far. Closing the same statement
 * again (a retried step) records nothing new.
 */
export function recordPayoutComputed(command: RecordPayoutComputed, state: PayoutState): PayoutDecision {
  const { registrationId, campaignId, mpnId, asOf, statement, statementSha256 } = command.data;
  if (state.lastComputed?.statementSha256 === statementSha256 && state.lastComputed.asOf === asOf)
    return accept();
  return accept({
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
  });
}

/**
 * A payment run takes what the closed statement leaves due, unless the rules of the run hold it
 * (see payment-run.ts). A payment already scheduled is not scheduled twice.
 */
export function schedulePayment(command: SchedulePayment, state: PayoutState): PayoutDecision {
  const { data, context, metadata } = command;
  if (state.scheduled) return accept();
  if (!state.lastComputed) {
    return refuse(
      conflict('payout-not-closed', `The statement of ${data.registrationId} has not been closed yet.`),
    );
  }
  const { dueCents } = settlementOfClose(state);
  if (dueCents === 0) return refuse(ruleViolation('nothing-due', `Nothing is due to partner ${data.mpnId}.`));
  const hold = holdOf(dueCents, context);
  if (hold) {
    return refuse(
      ruleViolation(hold, holdMessages[hold], {
        dueCents,
        partnerDueCents: dueCents + context.otherDueCents,
        minimumPayoutCents: context.minimumPayoutCents,
      }),
    );
  }
  return accept({
    type: 'PaymentScheduled',
    data: { ...keysOf(data), amountCents: dueCents, scheduledAt: metadata.now },
  });
}

/**
 * Finance records that the scheduled payment was sent, once per reference, for exactly the amount
 * scheduled: an amount typed differently would create a clawback or a debt out of a typo.
 */
export function issuePayout(command: IssuePayout, state: PayoutState): PayoutDecision {
  const { data, metadata } = command;
  const { amountCents, reference } = data;
  const previous = state.issued.find((p) => p.reference === reference);
  if (previous) {
    if (previous.amountCents === amountCents) return accept();
    return refuse(
      conflict('payout-reference-conflict', `Payout ${reference} was already recorded for another amount.`, {
        reference,
        recordedAmountCents: previous.amountCents,
      }),
    );
  }
  if (!state.scheduled) {
    return refuse(
      conflict(
        'payment-not-scheduled',
        `No payment to partner ${data.mpnId} is scheduled; schedule it first.`,
      ),
    );
  }
  if (state.scheduled.amountCents !== amountCents) {
    return refuse(
      ruleViolation(
        'amount-differs-from-scheduled',
        `The scheduled payment is ${state.scheduled.amountCents} cents.`,
        { scheduledCents: state.scheduled.amountCents, amountCents },
      ),
    );
  }
  return accept({
    type: 'PayoutIssued',
    data: { ...keysOf(data), amountCents, reference, issuedAt: metadata.now },
  });
}

/** One adjustment per inquiry: resent, it changes nothing; with another amount, it is a conflict. */
export function recordAdjustment(command: RecordAdjustment, state: PayoutState): PayoutDecision {
  const { data, metadata } = command;
  const previous = state.adjustments.find((a) => a.inquiryId === data.inquiryId);
  if (previous) {
    if (previous.amountCents === data.amountCents) return accept();
    return refuse(
      conflict(
        'adjustment-conflict',
        `Inquiry ${data.inquiryId} was already resolved with another adjustment.`,
        {
          recordedAmountCents: previous.amountCents,
        },
      ),
    );
  }
  return accept({
    type: 'AdjustmentRecorded',
    data: {
      ...keysOf(data),
      inquiryId: data.inquiryId,
      ...(data.saleId ? { saleId: data.saleId } : {}),
      amountCents: data.amountCents,
      note: data.note,
      recordedAt: metadata.now,
    },
  });
}

export function decidePayout(command: PayoutCommand, state: PayoutState): PayoutDecision {
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

export const payoutDecider: Decider<PayoutCommand, PayoutState, PayoutEvent, PayoutRefusalCode> = {
  isOwnEvent: isOneOf(payoutEventTypes),
  decide: decidePayout,
  evolve: evolvePayout,
  initialState: initialPayoutState,
};

const keysOf = ({ registrationId, campaignId, mpnId }: RegistrationKeys) => ({
  registrationId,
  campaignId,
  mpnId,
});
