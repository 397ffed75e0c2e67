import type { StatementSummary } from '../../domain/payouts/statement-summary.js';
import { type FinanceReport, openFlagsOf } from '../application/payouts/payout-report.js';
import { toCsv } from './csv.js';
import { dollars } from './money.js';

const HEADER = [
  'campaignId',
  'mpnId',
  'registrationStatus',
  'eligibleUnits',
  'count',
  'amount',
  'amountCents',
  'potential',
  'potentialCents',
  'paidLines',
  'excludedLines',
  'fraudFlags',
  'flaggedSaleIds',
];

/**
 * The payout report as `GET /reports/payouts?format=csv` gives it, whole (a file to keep, not
 * paged): one row per statement, with the flags not cleared on its partner and the sale lines they
 * name. Its columns are the API's, in English, for programs as much as for people.
 */
export function financeReportCsv(report: FinanceReport): string {
  const row = (s: StatementSummary) => {
    const open = openFlagsOf(report.flags, s);
    return [
      s.campaignId,
      s.mpnId,
      s.registrationStatus,
      s.eligibleUnits,
      s.count,
      dollars(s.amountCents),
      s.amountCents,
      dollars(s.potentialCents),
      s.potentialCents,
      s.paidLines,
      s.excludedLines,
      open.length,
      [...new Set(open.flatMap((f) => f.saleIds))].join(' '),
    ];
  };
  return toCsv(HEADER, report.statements.map(row));
}
