import { type CampaignCatalog, evolveCatalog } from '../../domain/campaigns/catalog.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import { summaryOf } from '../../domain/payouts/statement-summary.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type RegistrationState,
  registrationEventTypes,
} from '../../domain/registrations/registration.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { saleEventTypes } from '../../domain/sales/sale.js';
import { isOneOf, type RecordedEvent } from '../../events/catalog.js';
import {
  applyToPage,
  coversDay,
  entryOfRecorded,
  type LedgerEntry,
  ledgerOfEntries,
  ledgerPageKey,
  saleDayOf,
  statementDays,
} from '../read-models/ledger-pages.js';
import { itemKey, type ReadModelItem, type ViewItem } from '../read-models/read-model-item.js';
import { readModelKeys, viewTargetsOf } from '../read-models/targets.js';

const isSale = isOneOf(saleEventTypes);
const isRegistration = isOneOf(registrationEventTypes);

type Page = { mpnId: string; day: string; entries: Map<string, LedgerEntry> };

/**
 * The read models from scratch: every event folded in memory through the same functions the
 * projector uses (views, ledger pages), then each registration's statement summary worked out
 * once from the result. Events come stream by stream in version order (as a scan gives them);
 * the streams may come in any order, so reversals are applied after every sale is in its page.
 */
export function foldReadModels(events: Iterable<RecordedEvent>): ReadModelItem[] {
  const views = new Map<string, ViewItem>();
  const pages = new Map<string, Page>();
  const dayOfSale = new Map<string, string>();
  const reversals: RecordedEvent[] = [];
  let catalog: CampaignCatalog = new Map();
  const registrations = new Map<string, RegistrationState>();

  for (const event of events) {
    if (isSale(event)) {
      if (event.type === 'SaleRecorded') {
        dayOfSale.set(event.data.saleId, saleDayOf(event.data.soldAt));
        pageOf(pages, event.data.mpnId, dayOfSale.get(event.data.saleId) as string).entries.set(
          event.data.saleId,
          entryOfRecorded(event),
        );
      } else reversals.push(event);
      continue;
    }
    if (event.type === 'CampaignPublished' || event.type === 'CampaignTermsRevised') {
      catalog = evolveCatalog(catalog, event);
    }
    if (isRegistration(event)) {
      const id = event.data.registrationId;
      registrations.set(id, evolveRegistration(registrations.get(id) ?? initialRegistrationState(), event));
    }
    for (const target of viewTargetsOf(event)) {
      const key = itemKey(target);
      const view = target.evolve(views.get(key)?.view, event);
      views.set(key, {
        pk: target.pk,
        sk: target.sk,
        kind: 'view',
        stream: event.stream,
        version: event.version,
        view,
      });
    }
  }
  reversals.sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.version - b.version));
  for (const event of reversals) {
    if (!isSale(event)) continue;
    const day = dayOfSale.get(event.data.saleId);
    if (!day) throw new Error(`${event.stream} v${event.version} reverses a sale that was never recorded`);
    applyToPage(pageOf(pages, event.data.mpnId, day).entries, event);
  }

  const byPartner = new Map<string, Page[]>();
  for (const page of pages.values()) byPartner.set(page.mpnId, [...(byPartner.get(page.mpnId) ?? []), page]);
  const summaries: ReadModelItem[] = [];
  for (const registration of registrations.values()) {
    if (registration.status === 'none') continue;
    const { campaignId, mpnId } = registration;
    const campaign = catalog.get(campaignId);
    if (!campaign) continue;
    const days = statementDays(campaign.terms);
    const entries = (byPartner.get(mpnId) ?? [])
      .filter((page) => coversDay(days, page.day))
      .flatMap((page) => [...page.entries.values()]);
    const statement = calculateStatement({
      terms: campaign.terms,
      mpnId,
      registrationStatus: statementStatusOf(registration.status),
      ledger: ledgerOfEntries(entries),
    });
    summaries.push({
      ...readModelKeys.statementSummary(campaignId, mpnId),
      kind: 'statement',
      summary: summaryOf(statement),
    });
  }
  const ledgerItems: ReadModelItem[] = [...pages.values()].map((page) => ({
    ...ledgerPageKey(page.mpnId, page.day),
    kind: 'ledger',
    entries: [...page.entries.values()],
  }));
  return [...views.values(), ...ledgerItems, ...summaries];
}

function pageOf(pages: Map<string, Page>, mpnId: string, day: string): Page {
  const key = itemKey(ledgerPageKey(mpnId, day));
  let page = pages.get(key);
  if (!page) {
    page = { mpnId, day, entries: new Map() };
    pages.set(key, page);
  }
  return page;
}
