import type { ClawbackLine } from '../../domain/payouts/partner-statement.js';
import type { PaymentHold } from '../../domain/payouts/payment-run.js';
import type { PaymentStatus } from '../../domain/payouts/settlement.js';
import type { ExclusionReason, StatementRegistrationStatus } from '../../domain/payouts/statement.js';
import type { SaleOutsidePeriod } from '../../domain/payouts/statement-sales.js';
import type { PartnerStatementDocument } from '../application/partner-statements.js';
import type { Words } from '../i18n/words.js';

/**
 * A statement's parts in the partner's words, the same on the portal's page, in the PDF and in
 * the CSV: why a line earned nothing, what a line is paid at, where the money stands.
 */

export const reasonText = (w: Words, reason: ExclusionReason) => w.t(`statement.reason.${reason}`);

export const holdText = (w: Words, hold: PaymentHold) => w.t(`statement.hold.${hold}`);

export const paymentStatusText = (w: Words, status: PaymentStatus) => w.t(`statement.status.${status}`);

/** The registration's status as the dashboard words it (statements say "pending" for "pending-approval"). */
export const registrationText = (w: Words, status: StatementRegistrationStatus) =>
  w.t(`status.${status === 'pending' ? 'pending-approval' : status}`);

export const clawbackText = (w: Words, clawback: ClawbackLine) =>
  clawback.reason === 'units-reversed'
    ? w.count('statement.clawback.units-reversed', clawback.units ?? 0)
    : w.t(`statement.clawback.${clawback.reason}`);

/** Frequency lines count toward a tier, rather than earn on their own. */
export const earnedTitle = (w: Words, doc: PartnerStatementDocument) =>
  w.t(
    doc.tier || doc.lines.some((l) => l.rateCents === undefined)
      ? 'statement.earned.titleCounted'
      : 'statement.earned.title',
  );

/** What a line is paid at: per unit (Dollar per SKU), or the tier the count reached (Frequency). */
export function rateText(w: Words, doc: PartnerStatementDocument, rateCents: number | undefined): string {
  if (rateCents !== undefined) return w.t('statement.rate.perUnit', { amount: w.money(rateCents) });
  if (!doc.tier) return w.t('statement.rate.noTier');
  return w.t(`statement.rate.tier.${doc.tier.metric}`, {
    threshold: w.number(doc.tier.threshold),
    amount: w.money(doc.tier.amountCents),
  });
}

/** Why a sale outside the period is not on this statement, and where it is (`names`: the campaigns' names, in the reader's list). */
export const outsideText = (w: Words, sale: SaleOutsidePeriod, names: readonly string[]) =>
  `${w.t(`statement.outside.${sale.when}`)} ${
    names.length > 0
      ? w.t('statement.outside.elsewhere', { list: w.list(names) })
      : w.t('statement.outside.nowhere')
  }`;

export type TotalRow = {
  kind: 'earned' | 'clawbacks' | 'adjustments' | 'total' | 'paid' | 'due' | 'recover';
  label: string;
  cents: number;
};

/**
 * The totals as rows that add up, each saying what it is: earned (reversals after a payment
 * already taken out, and shown as such), adjustments, the total, what was paid, and then one
 * balance: what is left to pay, or, when more was paid than the total, what is to recover.
 */
export function totalRows(w: Words, doc: PartnerStatementDocument): TotalRow[] {
  const { totals } = doc;
  const row = (kind: TotalRow['kind'], cents: number): TotalRow => ({
    kind,
    label: w.t(`statement.totals.${kind}`),
    cents,
  });
  const clawedBackCents = doc.clawbacks.reduce((sum, c) => sum + c.amountCents, 0);
  return [
    row('earned', totals.earnedCents),
    ...(doc.clawbacks.length > 0 ? [row('clawbacks', clawedBackCents)] : []),
    ...(doc.adjustments.length > 0 ? [row('adjustments', totals.adjustmentsCents)] : []),
    row('total', totals.totalCents),
    row('paid', totals.issuedCents),
    totals.clawbackCents > 0 ? row('recover', totals.clawbackCents) : row('due', totals.dueCents),
  ];
}

/** The payments sent, each with its amount, day and reference. */
export const sentPaymentsText = (w: Words, doc: PartnerStatementDocument) =>
  doc.payment.sent.map((p) =>
    w.t('statement.payment.sentOne', {
      amount: w.money(p.amountCents),
      date: w.day(p.issuedAt),
      reference: p.reference,
    }),
  );
