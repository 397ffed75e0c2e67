import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement, StatementRegistrationStatus } from '../../domain/payouts/statement.js';
import type { Ledger, LedgerLine } from '../../domain/sales/ledger.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { MPN } from './fixtures.js';

export type LineSpec = Partial<Omit<LedgerLine, 'soldAtMs'>> & { saleId: string };

export const ledgerLine = (spec: LineSpec): LedgerLine => {
  const soldAt = spec.soldAt ?? '2026-07-10T14:00:00Z';
  return {
    customerId: 'cust-a',
    sku: 'M365-E5',
    licenseType: 'Open',
    quantity: 10,
    reversedUnits: 0,
    ...spec,
    soldAt,
    soldAtMs: instantMs(soldAt),
  };
};

export const statementFor = (
  terms: CampaignTerms,
  lines: LineSpec[],
  registrationStatus: StatementRegistrationStatus = 'approved',
): Statement =>
  calculateStatement({ terms, mpnId: MPN, registrationStatus, ledger: ledgerOf(lines.map(ledgerLine)) });

/** A ledger holding these line views. */
export const ledgerOf = (lines: LedgerLine[]): Ledger => ({
  lines: lines.map(({ reversedUnits: _, ...sold }) => sold),
  reversedUnits: new Map(lines.filter((l) => l.reversedUnits > 0).map((l) => [l.saleId, l.reversedUnits])),
});

/** A day of July 2026 at noon UTC: inside the fixtures' campaign period. */
export const inJuly = (day: number) => `2026-07-${String(day).padStart(2, '0')}T12:00:00Z`;

/** `n` lines of one M365-E3 unit, each to a customer of its own, on consecutive days of the period. */
export const oneUnitSales = (n: number, extra: Partial<LineSpec> = {}): LineSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    saleId: `S${i + 1}`,
    sku: 'M365-E3',
    customerId: `c${i + 1}`,
    soldAt: inJuly(i + 2),
    quantity: 1,
    ...extra,
  }));
