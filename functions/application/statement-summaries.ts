import type { CampaignCatalog } from '../../domain/campaigns/catalog.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import { type StatementSummary, summaryOf } from '../../domain/payouts/statement-summary.js';
import { registrationDecider } from '../../domain/registrations/decide.js';
import type { RegistrationView } from '../../domain/registrations/registration-view.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import type { DueStatements, ReadModelQueries } from '../ports/read-models.js';
import { ledgerOfEntries, statementDays } from '../read-models/ledger-pages.js';
import { readModelKeys } from '../read-models/targets.js';
import { loadCatalog } from './campaign-catalog.js';
import { mapWithConcurrency } from './concurrency.js';
import { readSlice } from './read-slice.js';

export type SummaryDeps = {
  store: EventReader;
  readModels: Pick<ReadModelQueries, 'queryViews' | 'ledgerEntries'>;
  due: DueStatements;
};

const PARTNERS_AT_ONCE = 64;
const PARTNERS_IN_FLIGHT = 8;

/**
 * A partner's statement summaries as they stand: one per registration, each worked out from the
 * campaign's terms, the registration's stream and the partner's ledger pages of the campaign's days.
 */
export async function partnerSummaries(
  deps: Pick<SummaryDeps, 'store' | 'readModels'>,
  mpnId: string,
  catalog: CampaignCatalog,
): Promise<StatementSummary[]> {
  const { pk } = readModelKeys.partner(mpnId);
  const views = await deps.readModels.queryViews<RegistrationView>(pk, 'registration#');
  const registered = await Promise.all(
    views.map(async (view) => {
      const campaign = catalog.get(view.campaignId);
      const stream = streamIds.registration(view.registrationId);
      const { state } = await readSlice(deps.store, registrationDecider, stream);
      return campaign && state.status !== 'none' ? [{ terms: campaign.terms, status: state.status }] : [];
    }),
  );
  const campaigns = registered.flat();
  if (campaigns.length === 0) return [];
  const days = campaigns.map(({ terms }) => statementDays(terms));
  const entries = await deps.readModels.ledgerEntries(mpnId, {
    from: days.map((d) => d.from).sort()[0] as string,
    to: days
      .map((d) => d.to)
      .sort()
      .at(-1) as string,
  });
  const ledger = ledgerOfEntries(entries);
  return campaigns.map(({ terms, status }) =>
    summaryOf(calculateStatement({ terms, mpnId, registrationStatus: statementStatusOf(status), ledger })),
  );
}

/**
 * Works out the summaries of the partners marked due, until none is left or the time budget is
 * spent; returns how many partners were brought up to date. A partner marked again meanwhile keeps
 * its mark (its summaries are not saved) and is worked out on a later pass.
 */
export async function refreshDueSummaries(
  deps: SummaryDeps,
  { budgetMs }: { budgetMs: number },
): Promise<number> {
  const until = performance.now() + budgetMs;
  let refreshed = 0;
  while (performance.now() < until) {
    const due = await deps.due.due(PARTNERS_AT_ONCE);
    if (due.length === 0) break;
    // Read after the marks: a mark written after a campaign's revision is answered with it.
    const catalog = await loadCatalog(deps.store);
    const saved = await mapWithConcurrency(due, PARTNERS_IN_FLIGHT, async ({ mpnId, mark }) =>
      deps.due.save(mpnId, await partnerSummaries(deps, mpnId, catalog), mark),
    );
    const done = saved.filter(Boolean).length;
    refreshed += done;
    // Every partner read was marked again meanwhile: it is being written to; come back later.
    if (done === 0) break;
  }
  return refreshed;
}
