import type { CampaignEvent, PublishedCampaign } from '../../domain/campaigns/campaign.js';
import { evolveCampaign, initialCampaignState } from '../../domain/campaigns/campaign.js';
import { fold } from '../../domain/decider.js';
import { notFound } from '../../domain/errors.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement } from '../../domain/payouts/statement.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type Registration,
  type RegistrationEvent,
  type RegistrationState,
} from '../../domain/registrations/registration.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { emptyLedger, evolveLedger, type Ledger } from '../../domain/sales/ledger.js';
import type { SaleEvent } from '../../domain/sales/sale.js';
import type { RecordedEvent } from '../../events/catalog.js';
import { instantMs } from '../../events/instant.js';
import { indexKeys, registrationIdOf, streamIds } from '../../events/streams.js';
import type { EventStore } from '../ports/event-store.js';
import { mapWithConcurrency } from './concurrency.js';

const recordedBy = (asOf: string) => {
  const asOfMs = instantMs(asOf);
  return (e: RecordedEvent) => instantMs(e.recordedAt) <= asOfMs;
};

/** The campaign as it was published by `asOf`. */
async function campaignAsOf(store: EventStore, campaignId: string, asOf: string): Promise<PublishedCampaign> {
  const events = (await store.readStream(streamIds.campaign(campaignId))).events.filter(recordedBy(asOf));
  const campaign = fold(evolveCampaign, initialCampaignState(), events as CampaignEvent[]);
  if (campaign.status !== 'published')
    throw notFound('campaign-not-found', `There is no campaign ${campaignId}.`);
  return campaign;
}

const statementOf = async (
  store: EventStore,
  campaign: PublishedCampaign,
  registration: Registration,
  asOf: string,
) =>
  calculateStatement({
    terms: campaign.terms,
    mpnId: registration.mpnId,
    registrationStatus: statementStatusOf(registration.status),
    ledger: await partnerLedger(store, registration.mpnId, asOf),
  });

// Each partner's ledger is a query of its own; a few at a time keeps the client's sockets in hand.
const PARTNERS_IN_FLIGHT = 16;

/**
 * Every registration's statement in a campaign as of an instant, by replaying what was recorded
 * up to then: the campaign's terms, its registrations, and each registered partner's sales.
 */
export async function campaignStatements(
  store: EventStore,
  campaignId: string,
  asOf: string,
): Promise<Statement[]> {
  const campaign = await campaignAsOf(store, campaignId, asOf);
  const registrationEvents = await store.readIndex(indexKeys.registrationsOfCampaign(campaignId), {
    recordedAtOrBefore: asOf,
  });
  const registrations = new Map<string, RegistrationState>();
  for (const event of registrationEvents as RegistrationEvent[]) {
    const id = event.data.registrationId;
    registrations.set(id, evolveRegistration(registrations.get(id) ?? initialRegistrationState(), event));
  }
  const registered = [...registrations.values()].filter((r): r is Registration => r.status !== 'none');
  return mapWithConcurrency(registered, PARTNERS_IN_FLIGHT, (registration) =>
    statementOf(store, campaign, registration, asOf),
  );
}

/** One partner's statement in one campaign as of an instant, replayed the same way. */
export async function registrationStatement(
  store: EventStore,
  campaignId: string,
  mpnId: string,
  asOf: string,
): Promise<Statement> {
  const campaign = await campaignAsOf(store, campaignId, asOf);
  const registrationId = registrationIdOf(campaignId, mpnId);
  const events = (await store.readStream(streamIds.registration(registrationId))).events.filter(
    recordedBy(asOf),
  );
  const registration = fold(evolveRegistration, initialRegistrationState(), events as RegistrationEvent[]);
  if (registration.status === 'none') {
    throw notFound('registration-not-found', `Partner ${mpnId} is not registered for ${campaignId}.`);
  }
  return statementOf(store, campaign, registration, asOf);
}

export async function partnerLedger(store: EventStore, mpnId: string, asOf: string): Promise<Ledger> {
  const events = await store.readIndex(indexKeys.salesOfPartner(mpnId), { recordedAtOrBefore: asOf });
  return fold(evolveLedger, emptyLedger(), events as SaleEvent[]);
}
