import type { CampaignEvent, PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { campaignDecider } from '../../domain/campaigns/decide.js';
import { fold } from '../../domain/decider.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement } from '../../domain/payouts/statement.js';
import { notFound, type Result, refused } from '../../domain/refusal.js';
import { campaignRegistrationsFold } from '../../domain/registrations/campaign-registrations.js';
import { registrationDecider } from '../../domain/registrations/decide.js';
import type { Registration, RegistrationEvent } from '../../domain/registrations/registration.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { type Ledger, ledgerFold } from '../../domain/sales/ledger.js';
import type { SaleEvent } from '../../domain/sales/sale.js';
import { CampaignId } from '../../events/fields.js';
import { indexKeys, registrationIdOf, streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { ledgerOfEntries, statementDays } from '../read-models/ledger-pages.js';
import { campaignNotFound } from './campaign-catalog.js';
import { mapWithConcurrency } from './concurrency.js';
import { foldIndex, ownEvents, type Recorded, readIndexed, recordedBy } from './read-slice.js';

export type StatementRefusalCode = 'campaign-not-found' | 'registration-not-found';

const statementOf = (campaign: PublishedCampaign, registration: Registration, ledger: Ledger) =>
  calculateStatement({
    terms: campaign.terms,
    mpnId: registration.mpnId,
    registrationStatus: statementStatusOf(registration.status),
    ledger,
  });

const partnerLedger = (store: EventReader, mpnId: string, asOf: string) =>
  foldIndex(store, ledgerFold, indexKeys.salesOfPartner(mpnId), { asOf });

// Each partner's ledger is a query of its own; a few at a time keeps the client's sockets in hand.
const PARTNERS_IN_FLIGHT = 16;

/**
 * Every registration's statement in a campaign as of an instant, by replaying what was recorded
 * up to then: the campaign's terms, its registrations, and each registered partner's sales.
 */
export async function campaignStatements(
  store: EventReader,
  campaignId: string,
  asOf: string,
): Promise<Result<{ statements: Statement[] }, 'campaign-not-found'>> {
  if (!CampaignId.safeParse(campaignId).success) return refused(campaignNotFound(campaignId));
  const [campaignEvents, registrations] = await Promise.all([
    store.readStream(streamIds.campaign(campaignId)),
    foldIndex(store, campaignRegistrationsFold, indexKeys.registrationsOfCampaign(campaignId), { asOf }),
  ]);
  const own = ownEvents(campaignDecider, campaignEvents.events, `Stream ${streamIds.campaign(campaignId)}`);
  const campaign = fold(campaignDecider.evolve, campaignDecider.initialState(), recordedBy(own, asOf));
  if (campaign.status !== 'published') return refused(campaignNotFound(campaignId));
  const statements = await mapWithConcurrency([...registrations.values()], PARTNERS_IN_FLIGHT, async (r) =>
    statementOf(campaign, r, await partnerLedger(store, r.mpnId, asOf)),
  );
  return { ok: true, statements };
}

/**
 * What one registration's statements are replayed from: its campaign's and its own streams, and
 * its partner's ledger as of any instant up to the one it was read for. Read once, it gives the
 * statement as of any instant up to then (a statement now and the one it was paid on, say).
 */
export type RegistrationHistory = {
  campaignId: string;
  mpnId: string;
  campaign: Recorded<CampaignEvent>[];
  registration: Recorded<RegistrationEvent>[];
  ledgerAt: (asOf: string) => Ledger;
};

/** The partner's ledger from its sale events, as of any instant. */
const ledgerOfEvents = (sales: Recorded<SaleEvent>[]) => (asOf: string) =>
  fold(ledgerFold.evolve, ledgerFold.initialState(), recordedBy(sales, asOf));

export async function readRegistrationHistory(
  store: EventReader,
  campaignId: string,
  mpnId: string,
  until: string,
): Promise<RegistrationHistory> {
  const campaignStream = streamIds.campaign(campaignId);
  const registrationStream = streamIds.registration(registrationIdOf(campaignId, mpnId));
  const [campaign, registration, sales] = await Promise.all([
    store.readStream(campaignStream),
    store.readStream(registrationStream),
    readIndexed(store, ledgerFold, indexKeys.salesOfPartner(mpnId), { asOf: until }),
  ]);
  return {
    campaignId,
    mpnId,
    campaign: ownEvents(campaignDecider, campaign.events, `Stream ${campaignStream}`),
    registration: ownEvents(registrationDecider, registration.events, `Stream ${registrationStream}`),
    ledgerAt: ledgerOfEvents(sales),
  };
}

/**
 * The same history with the partner's ledger from its ledger pages: only the days the campaign's
 * statements look at are read, whatever the partner's lifetime history.
 */
export async function readRegistrationHistoryFromPages(
  { store, readModels }: { store: EventReader; readModels: Pick<ReadModelQueries, 'ledgerEntries'> },
  campaignId: string,
  mpnId: string,
): Promise<RegistrationHistory> {
  const campaignStream = streamIds.campaign(campaignId);
  const registrationStream = streamIds.registration(registrationIdOf(campaignId, mpnId));
  const [campaign, registration] = await Promise.all([
    store.readStream(campaignStream),
    store.readStream(registrationStream),
  ]);
  const campaignEvents = ownEvents(campaignDecider, campaign.events, `Stream ${campaignStream}`);
  const published = fold(campaignDecider.evolve, campaignDecider.initialState(), campaignEvents);
  const entries =
    published.status === 'published'
      ? await readModels.ledgerEntries(mpnId, statementDays(published.terms))
      : [];
  return {
    campaignId,
    mpnId,
    campaign: campaignEvents,
    registration: ownEvents(registrationDecider, registration.events, `Stream ${registrationStream}`),
    ledgerAt: (asOf) => ledgerOfEntries(entries, asOf),
  };
}

/** One registration's statement as of an instant, replayed from its history, with the ledger it was computed from. */
export function statementAsOf(
  history: RegistrationHistory,
  asOf: string,
): Result<{ statement: Statement; campaign: PublishedCampaign; ledger: Ledger }, StatementRefusalCode> {
  const { campaignId, mpnId } = history;
  const campaign = fold(
    campaignDecider.evolve,
    campaignDecider.initialState(),
    recordedBy(history.campaign, asOf),
  );
  if (campaign.status !== 'published') return refused(campaignNotFound(campaignId));
  const registration = fold(
    registrationDecider.evolve,
    registrationDecider.initialState(),
    recordedBy(history.registration, asOf),
  );
  if (registration.status === 'none') {
    return refused(
      notFound('registration-not-found', `Partner ${mpnId} is not registered for ${campaignId}.`),
    );
  }
  const ledger = history.ledgerAt(asOf);
  return { ok: true, statement: statementOf(campaign, registration, ledger), campaign, ledger };
}

/** One partner's statement in one campaign as of an instant. */
export async function registrationStatement(
  store: EventReader,
  campaignId: string,
  mpnId: string,
  asOf: string,
): Promise<Result<{ statement: Statement; campaign: PublishedCampaign }, StatementRefusalCode>> {
  if (!CampaignId.safeParse(campaignId).success) return refused(campaignNotFound(campaignId));
  return statementAsOf(await readRegistrationHistory(store, campaignId, mpnId, asOf), asOf);
}
