import type { CampaignTerms, FrequencyTerms } from '../../events/campaign-terms.js';
import type { Ledger } from '../sales/ledger.js';
import { tierReached } from './calculate-statement.js';
import { exclusionExplanations } from './exclusion-reasons.js';
import type { PaymentHold } from './payment-run.js';
import type { IssuedPayout, PayoutState } from './payout.js';
import { type PaymentStatus, paymentStatus, settle } from './settlement.js';
import type { Statement, StatementLine } from './statement.js';
import {
  type CampaignPeriod,
  linesInDetail,
  type PartnerExclusion,
  type PartnerStatementLine,
  type SaleOutsidePeriod,
  salesOutsidePeriod,
} from './statement-sales.js';

/** Why a line earns less than in the statement that was paid. */
export type ClawbackReason = 'units-reversed' | 'line-reversed' | 'lower-tier-or-cap';

/** Money taken back because a line earns less than when it was paid (a reversal after payment). */
export type ClawbackLine = {
  saleId?: string;
  sku?: string;
  units?: number;
  amountCents: number;
  reason: ClawbackReason;
  explanation: string;
};

/**
 * A partner's statement for one campaign, as the partner keeps it: the paid lines, every line that
 * earned nothing with its reason in words, the adjustments granted on its inquiries, what was
 * clawed back since the last payment, and where the money stands.
 */
export type PartnerStatement = Omit<Statement, 'lines' | 'excluded'> & {
  asOf: string;
  /** The campaign's period: its sales count when `start <= soldAt < end`. */
  period: { start: string; end: string };
  lines: PartnerStatementLine[];
  excluded: (PartnerExclusion & { explanation: string })[];
  /** Frequency campaigns: the tier the count reached, which the statement pays. */
  tier?: { metric: 'transactions' | 'newCustomers'; threshold: number; amountCents: number };
  outsidePeriod: SaleOutsidePeriod[];
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
  payment: {
    status: PaymentStatus;
    holds: PaymentHold[];
    scheduledCents?: number;
    scheduledAt?: string;
    closedAsOf?: string;
    /** Every payment sent for this registration, oldest first. */
    sent: IssuedPayout[];
  };
};

export type PartnerStatementInput = {
  asOf: string;
  terms: CampaignTerms;
  statement: Statement;
  /** The partner's sales the statement was computed from. */
  ledger: Ledger;
  /** The campaigns of the partner's other registrations: where its sales outside this period count. */
  otherCampaigns: readonly CampaignPeriod[];
  payout: PayoutState;
  /** What holds the payment while it is due and unscheduled (see payment-run.ts). */
  holds: PaymentHold[];
  /** The statement that the last payment sent was based on, replayed as of its close. */
  lastPaid?: Statement;
};

export function partnerStatement({
  asOf,
  terms,
  statement,
  ledger,
  otherCampaigns,
  payout,
  holds,
  lastPaid,
}: PartnerStatementInput): PartnerStatement {
  const totalCents = statement.amountCents + payout.adjustmentsCents;
  const { dueCents, clawbackCents, issuedCents } = settle(totalCents, payout.issuedCents);
  const { lines, excluded } = linesInDetail(terms, ledger, statement);
  const tier = terms.type === 'frequency' ? tierOf(terms, statement.count) : undefined;
  return {
    ...statement,
    asOf,
    period: { start: terms.period.start, end: terms.period.end },
    lines,
    excluded: excluded.map((e) => ({ ...e, explanation: exclusionExplanations[e.reason] })),
    ...(tier ? { tier } : {}),
    outsidePeriod: salesOutsidePeriod(terms, ledger, otherCampaigns),
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
      ...(payout.scheduled
        ? { scheduledCents: payout.scheduled.amountCents, scheduledAt: payout.scheduled.scheduledAt }
        : {}),
      ...(payout.lastComputed ? { closedAsOf: payout.lastComputed.asOf } : {}),
      sent: payout.issued.map((p) => ({ ...p })),
    },
  };
}

function tierOf(terms: FrequencyTerms, count: number): PartnerStatement['tier'] {
  const tier = tierReached(terms.tiers, count);
  return tier && { metric: terms.metric, threshold: tier.threshold, amountCents: tier.amountCents };
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
      reason: after ? 'units-reversed' : 'line-reversed',
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
      reason: 'lower-tier-or-cap',
      explanation: 'Fewer lines now count, so a lower tier or cap applies than when it was paid.',
    });
  }
  return lines;
}
