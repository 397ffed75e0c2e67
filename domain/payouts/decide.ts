import { conflict, ruleViolation } from '../errors.js';
import type { PayoutEvent, PayoutState } from './payout.js';
import { settle } from './settlement.js';
import type { Statement } from './statement.js';

type RegistrationKeys = { registrationId: string; campaignId: string; mpnId: string };

/** The digest is computed at the edge from the statement's canonical JSON. */
export type RecordPayoutComputed = {
  type: 'RecordPayoutComputed';
  data: RegistrationKeys & { asOf: string; statement: Statement; statementSha256: string };
  metadata: { now: string };
};

export type IssuePayout = {
  type: 'IssuePayout';
  data: RegistrationKeys & { amountCents: number; reference: string };
  /** The registration's statement as of now: what may be paid. */
  context: { statement: Statement };
  metadata: { now: string };
};

export type PayoutCommand = RecordPayoutComputed | IssuePayout;

/** Computing the same statement again (a retried step) records nothing new. */
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
        statementSha256,
      },
    },
  ];
}

/**
 * Finance records a payment it made, once per reference, and never more than the approved
 * statement leaves due: an overpayment would be a clawback created by a typo.
 */
export function issuePayout(command: IssuePayout, state: PayoutState): PayoutEvent[] {
  const { registrationId, campaignId, mpnId, amountCents, reference } = command.data;
  const { statement } = command.context;
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
  if (statement.registrationStatus !== 'approved') {
    throw conflict('registration-not-approved', `Registration ${registrationId} is not approved.`, {
      registrationStatus: statement.registrationStatus,
    });
  }
  const { dueCents } = settle(statement.amountCents, state.issuedCents);
  if (amountCents > dueCents) {
    throw ruleViolation('exceeds-amount-due', `Only ${dueCents} cents are due to partner ${mpnId}.`, {
      dueCents,
      amountCents,
    });
  }
  return [
    {
      type: 'PayoutIssued',
      data: { registrationId, campaignId, mpnId, amountCents, reference, issuedAt: command.metadata.now },
    },
  ];
}

export function decidePayout(command: PayoutCommand, state: PayoutState): PayoutEvent[] {
  switch (command.type) {
    case 'RecordPayoutComputed':
      return recordPayoutComputed(command, state);
    case 'IssuePayout':
      return issuePayout(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown payout command ${JSON.stringify(unknown)}`);
    }
  }
}
