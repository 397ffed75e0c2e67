import type { FraudFlag } from '../../../domain/fraud/fraud-flag.js';
import { compareText } from '../../../domain/payouts/statement.js';
import { type StatementSummary, summaryOf } from '../../../domain/payouts/statement-summary.js';
import { type Result, refused } from '../../../domain/refusal.js';
import { CampaignId } from '../../../events/fields.js';
import type { EventReader } from '../../ports/event-store.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';
import { campaignNotFound, loadCatalog } from '../campaign-catalog.js';
import { campaignStatements } from '../campaign-statements.js';

/** The payout report: one summed-up statement per registration, their total, and the flags on their partners. */
export type FinanceReport = {
  asOf: string;
  statements: StatementSummary[];
  totalCents: number;
  flags: FraudFlag[];
};

export type ReportDeps = {
  store: EventReader;
  readModels: Pick<ReadModelQueries, 'statementSummaries' | 'queryViews'>;
};

/** As it stands (no `asOf`: the projected summaries), or as it stood at an instant (replayed). */
export type ReportQuery = { campaignId?: string | undefined; asOf?: string | undefined; now: string };

/**
 * The payout report of one campaign, or of every campaign published by then. As it stands, it is
 * read from the statement summaries the projector keeps (one item per registration); as of a past
 * instant, each statement is replayed from the events recorded by then (docs/incentive-rules.md,
 * "Payout statements").
 */
export async function financeReport(
  deps: ReportDeps,
  { campaignId, asOf, now }: ReportQuery,
): Promise<Result<{ report: FinanceReport }, 'campaign-not-found'>> {
  if (campaignId !== undefined && !CampaignId.safeParse(campaignId).success) {
    return refused(campaignNotFound(campaignId));
  }
  const at = asOf ?? now;
  const catalog = await loadCatalog(deps.store, { asOf: at });
  if (campaignId !== undefined && !catalog.has(campaignId)) return refused(campaignNotFound(campaignId));
  const campaignIds = campaignId ? [campaignId] : [...catalog.keys()];
  const perCampaign = await Promise.all(
    campaignIds.map(async (id) => {
      if (asOf === undefined) return deps.readModels.statementSummaries(id);
      const replayed = await campaignStatements(deps.store, id, asOf);
      if (!replayed.ok) throw new Error(`Campaign ${id} is in the catalog as of ${asOf} but does not replay`);
      return replayed.statements.map(summaryOf);
    }),
  );
  const statements = perCampaign
    .flat()
    .sort((a, b) => compareText(a.campaignId, b.campaignId) || compareText(a.mpnId, b.mpnId));
  const flags = await reportedFlags(deps.readModels, statements);
  return {
    ok: true,
    report: {
      asOf: at,
      statements,
      totalCents: statements.reduce((sum, s) => sum + s.amountCents, 0),
      flags,
    },
  };
}

/** The fraud flags on the report's partners (of its campaigns, or of no campaign), for finance to look at. */
async function reportedFlags(
  readModels: Pick<ReadModelQueries, 'queryViews'>,
  statements: StatementSummary[],
): Promise<FraudFlag[]> {
  const campaigns = new Set(statements.map((s) => s.campaignId));
  const partners = new Set(statements.map((s) => s.mpnId));
  const { pk } = readModelKeys.fraudFlag('');
  const flags = await readModels.queryViews<FraudFlag>(pk, 'flag#');
  return flags.filter((f) => partners.has(f.mpnId) && (!f.campaignId || campaigns.has(f.campaignId)));
}

/** The flags that still ask finance to look twice at a statement: a cleared flag no longer does. */
export const openFlagsOf = (
  flags: readonly FraudFlag[],
  statement: Pick<StatementSummary, 'campaignId' | 'mpnId'>,
): FraudFlag[] =>
  flags.filter(
    (f) =>
      f.status !== 'cleared' &&
      f.mpnId === statement.mpnId &&
      (!f.campaignId || f.campaignId === statement.campaignId),
  );
