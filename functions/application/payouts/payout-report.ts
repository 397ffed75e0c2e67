import type { FraudFlag } from '../../../domain/fraud/fraud-flag.js';
import { type PayoutReport, payoutReport, type Statement } from '../../../domain/payouts/statement.js';
import type { Result } from '../../../domain/refusal.js';
import type { EventReader } from '../../ports/event-store.js';
import { loadCatalog } from '../campaign-catalog.js';
import { campaignStatements } from '../campaign-statements.js';
import { flagsOfPartner } from '../fraud/fraud-flags.js';

/** The payout report and the fraud flags on its partners: what finance pulls before a payment run. */
export type FinanceReport = PayoutReport & { flags: FraudFlag[] };

/** The fraud flags on the report's partners (of its campaigns, or of no campaign), for finance to look at. */
async function reportedFlags(store: EventReader, statements: Statement[]): Promise<FraudFlag[]> {
  const campaigns = new Set(statements.map((s) => s.campaignId));
  const partners = [...new Set(statements.map((s) => s.mpnId))];
  const flags = (await Promise.all(partners.map((mpnId) => flagsOfPartner(store, mpnId)))).flat();
  return flags.filter((f) => !f.campaignId || campaigns.has(f.campaignId));
}

/**
 * The projected statements of one campaign, or of every campaign published by `asOf`, replayed
 * from the events recorded up to `asOf` (docs/incentive-rules.md, "Payout statements").
 */
export async function financeReport(
  store: EventReader,
  query: { campaignId?: string | undefined; asOf: string },
): Promise<Result<{ report: FinanceReport }, 'campaign-not-found'>> {
  const { campaignId, asOf } = query;
  const campaignIds = campaignId ? [campaignId] : [...(await loadCatalog(store, { asOf })).keys()];
  const statements: Statement[] = [];
  for (const replayed of await Promise.all(campaignIds.map((id) => campaignStatements(store, id, asOf)))) {
    if (!replayed.ok) return replayed;
    statements.push(...replayed.statements);
  }
  const report = payoutReport(asOf, statements);
  return { ok: true, report: { ...report, flags: await reportedFlags(store, report.statements) } };
}

/** The flags that still ask finance to look twice at a statement: a cleared flag no longer does. */
export const openFlagsOf = (flags: readonly FraudFlag[], statement: Statement): FraudFlag[] =>
  flags.filter(
    (f) =>
      f.status !== 'cleared' &&
      f.mpnId === statement.mpnId &&
      (!f.campaignId || f.campaignId === statement.campaignId),
  );
