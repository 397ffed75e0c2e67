import type { PaymentHold, PaymentPosition } from './payment-run.js';
import type { PaymentStatus } from './settlement.js';
import type { StatementRegistrationStatus } from './statement.js';

/**
 * Where a statement of the payout report stands, in one word: its registration's status while it
 * is not approved (it earns nothing yet, or ever), else where its payment stands, a payment that a
 * run would hold counted apart as `held`.
 */
export const payoutStandings = [
  'pending',
  'rejected',
  'expired',
  'not-closed',
  'unprocessed',
  'held',
  'scheduled',
  'sent',
  'nothing-due',
] as const;
export type PayoutStanding = (typeof payoutStandings)[number];

export type StandingOf = { standing: PayoutStanding; hold?: PaymentHold };

export function payoutStanding(
  registrationStatus: StatementRegistrationStatus,
  position: Pick<PaymentPosition, 'status' | 'holds'> | undefined,
): StandingOf {
  if (registrationStatus !== 'approved') return { standing: registrationStatus };
  const status: PaymentStatus = position?.status ?? 'not-closed';
  const hold = position?.holds[0];
  if (status === 'unprocessed' && hold) return { standing: 'held', hold };
  return { standing: status };
}

/** The report's money by where it stands, from paid back to earned and not closed yet. */
export const moneyStages = ['paid', 'scheduled', 'to-schedule', 'held', 'projected'] as const;
export type MoneyStage = (typeof moneyStages)[number];

export type StatementMoney = {
  standing: PayoutStanding;
  /** What the statement earns as of the report's instant. */
  amountCents: number;
  /** What its closed statement leaves due, and what was paid on it. */
  dueCents: number;
  issuedCents: number;
};

/**
 * How much money is at each stage: what statements not closed yet earn, what closed ones leave due
 * (to schedule, held, or scheduled) and what was paid. A statement paid in part and due again
 * counts in both stages; a pending registration's potential is in none (it is not owed).
 */
export function moneyByStage(statements: readonly StatementMoney[]): Record<MoneyStage, number> {
  const stages: Record<MoneyStage, number> = {
    projected: 0,
    'to-schedule': 0,
    held: 0,
    scheduled: 0,
    paid: 0,
  };
  for (const s of statements) {
    stages.paid += s.issuedCents;
    if (s.standing === 'not-closed') stages.projected += s.amountCents;
    else if (s.standing === 'unprocessed') stages['to-schedule'] += s.dueCents;
    else if (s.standing === 'held') stages.held += s.dueCents;
    else if (s.standing === 'scheduled') stages.scheduled += s.dueCents;
  }
  return stages;
}
