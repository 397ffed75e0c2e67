import type { PaymentHold } from '../../../domain/payouts/payment-run.js';
import { type PayoutStanding, payoutStanding } from '../../../domain/payouts/payout-standing.js';
import type { StatementSummary } from '../../../domain/payouts/statement-summary.js';
import type { Result } from '../../../domain/refusal.js';
import { registrationIdOf } from '../../../events/streams.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { loadCatalog } from '../campaign-catalog.js';
import type { ReadDeps } from '../deps.js';
import { partnerNames } from '../partner-names.js';
import { positionsOfCampaigns } from './payment-positions.js';
import { type FinanceReport, financeReport, openFlagsOf, type ReportQuery } from './payout-report.js';

/** One statement of the payout report, with the names people know it by and where its money stands. */
export type PayoutReportRow = {
  statement: StatementSummary;
  campaignName: string;
  companyName: string;
  standing: PayoutStanding;
  hold?: PaymentHold;
  /** What its closed statement leaves due, and what was paid on it (0 while it is not closed). */
  dueCents: number;
  issuedCents: number;
  /** Fraud flags on the partner that finance has not cleared. */
  openFlags: number;
};

export type PayoutReportRows = { report: FinanceReport; rows: PayoutReportRow[] };

/**
 * The payout report (the same use case as `GET /reports/payouts`), each statement with its
 * campaign's and partner's names and where its payment stood at the same instant, as `GET /payouts`
 * would have said then.
 */
export async function payoutReportRows(
  deps: ReadDeps & { readModels: ReadModelQueries },
  query: ReportQuery,
): Promise<Result<PayoutReportRows, 'campaign-not-found'>> {
  const found = await financeReport(deps, query);
  if (!found.ok) return found;
  const { report } = found;
  const { asOf } = report;
  const catalog = loadCatalog(deps.store, { asOf });
  const campaignIds = [...new Set(report.statements.map((s) => s.campaignId))];
  const [campaigns, byCampaign, companyOf] = await Promise.all([
    catalog,
    positionsOfCampaigns(deps, campaignIds, { asOf, catalog }),
    partnerNames(
      deps.readModels,
      report.statements.map((s) => s.mpnId),
    ),
  ]);
  const positions = new Map([...byCampaign.values()].flat().map((p) => [p.registrationId, p]));
  const rows = report.statements.map((statement): PayoutReportRow => {
    const position = positions.get(registrationIdOf(statement.campaignId, statement.mpnId));
    return {
      statement,
      campaignName: campaigns.get(statement.campaignId)?.terms.name ?? statement.campaignId,
      companyName: companyOf(statement.mpnId),
      ...payoutStanding(statement.registrationStatus, position),
      dueCents: position?.dueCents ?? 0,
      issuedCents: position?.issuedCents ?? 0,
      openFlags: openFlagsOf(report.flags, statement).length,
    };
  });
  return { ok: true, report, rows };
}
