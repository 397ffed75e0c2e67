/** A partner's statement for one campaign, as docs/incentive-rules.md ("The payout simulator") defines it. */

export type StatementRegistrationStatus = 'approved' | 'pending' | 'rejected' | 'expired';

/** Why a sale line inside the period earned nothing, in the order the reasons are checked. */
export const exclusionReasons = [
  'licence-not-eligible',
  'sku-not-eligible',
  'fully-reversed',
  'below-minimum-units',
  'below-partner-minimum',
  'unit-cap-reached',
  'existing-customer',
  'customer-already-counted',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export type StatementLine = { saleId: string; sku: string; units: number; amountCents: number };

export type Exclusion = { saleId: string; reason: ExclusionReason };

export type Statement = {
  campaignId: string;
  mpnId: string;
  registrationStatus: StatementRegistrationStatus;
  eligibleUnits: number;
  count: number;
  amountCents: number;
  potentialCents: number;
  lines: StatementLine[];
  excluded: Exclusion[];
};

export type PayoutReport = { asOf: string; statements: Statement[]; totalCents: number };

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One report: statements sorted by campaign then partner, and their total. */
export function payoutReport(asOf: string, statements: Statement[]): PayoutReport {
  const sorted = [...statements].sort(
    (a, b) => compareText(a.campaignId, b.campaignId) || compareText(a.mpnId, b.mpnId),
  );
  return { asOf, statements: sorted, totalCents: sorted.reduce((sum, s) => sum + s.amountCents, 0) };
}
