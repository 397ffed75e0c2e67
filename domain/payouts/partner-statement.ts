import { exclusionExplanations } from './exclusion-reasons.js';
import type { PaymentHold } from './payment-run.js';
import type { PayoutState } from './payout.js';
import { type PaymentStatus, paymentStatus, settle } from './settlement.js';
import type { ExclusionReason, Statement, StatementLine } from './statement.js';

/** Money taken back because a line earns less than when it was paid (a reversal after payment). */
export type ClawbackLine = {
  saleId?: string;
  sku?: string;
  units?: number;
  amountCents: number;
  explanation: string;
};

/**
 * A partner's statement for one campaign, as the partner keeps it: the paid lines, every line that
 * earned nothing with its reason in words, the adjustments granted on its inquiries, what was
 * clawed back since the last payment, and where the money stands.
 */
export type PartnerStatement = Omit<Statement, 'excluded'> & {
  asOf: string;
  excluded: { saleId: string; reason: ExclusionReason; explanation: string }[];
  adjustments: {
    inquiryId: string;
    saleId?: string;
    amountCents: number;
    note: string;
    recordedAt: string;
  }[];
  clawbacks: ClawbackLine[];
  totals: {
    earnedCents: number;
    adjustmentsCents: number;
    totalCents: number;
    issuedCents: number;
    dueCents: number;
    clawbackCents: number;
  };
  payment: { status: PaymentStatus; holds: PaymentHold[]; scheduledCents?: number; closedAsOf?: string };
};

export type PartnerStatementInput = {
  asOf: string;
  statement: Statement;
  payout: PayoutState;
  /** What holds the payment while it is due and unscheduled (see payment-run.ts). */
  holds: PaymentHold[];
  /** The statement that the last payment sent was based on, replayed as of its close. */
  lastPaid?: Statement;
};

export function partnerStatement({
  asOf,
  statement,
  payout,
  holds,
  lastPaid,
}: PartnerStatementInput): PartnerStatement {
  const totalCents = statement.amountCents + payout.adjustmentsCents;
  const { dueCents, clawbackCents, issuedCents } = settle(totalCents, payout.issuedCents);
  return {
    ...statement,
    asOf,
    excluded: statement.excluded.map((e) => ({ ...e, explanation: exclusionExplanations[e.reason] })),
    adjustments: payout.adjustments.map((a) => ({ ...a })),
    clawbacks: lastPaid ? clawbacksSince(lastPaid, statement) : [],
    totals: {
      earnedCents: statement.amountCents,
      adjustmentsCents: payout.adjustmentsCents,
      totalCents,
      issuedCents,
      dueCents,
      clawbackCents,
    },
    payment: {
      status: paymentStatus(payout),
      holds,
      ...(payout.scheduled ? { scheduledCents: payout.scheduled.amountCents } : {}),
      ...(payout.lastComputed ? { closedAsOf: payout.lastComputed.asOf } : {}),
    },
  };
}

/**
 * Line by line, what earns less now than in the statement that was paid: reversed units, and
 * (where the statement is not a sum of lines: a tier, a cap) the rest of the difference.
 */
export function clawbacksSince(paid: Statement, now: Statement): ClawbackLine[] {
  const current = new Map<string, StatementLine>(now.lines.map((l) => [l.saleId, l]));
  const lines: ClawbackLine[] = [];
  for (const before of paid.lines) {
    const after = current.get(before.saleId);
    const lostCents = before.amountCents - (after?.amountCents ?? 0);
    const lostUnits = before.units - (after?.units ?? 0);
    if (lostCents <= 0) continue;
    lines.push({
      saleId: before.saleId,
      sku: before.sku,
      units: lostUnits,
      amountCents: -lostCents,
      explanation: after
        ? `${lostUnits} units were reversed after the payment.`
        : 'The line no longer earns: it was reversed after the payment.',
    });
  }
  const explained = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const rest = now.amountCents - paid.amountCents - explained;
  if (rest < 0) {
    lines.push({
      amountCents: rest,
      explanation: 'Fewer lines now count, so a lower tier or cap applies than when it was paid.',
    });
  }
  return lines;
}
