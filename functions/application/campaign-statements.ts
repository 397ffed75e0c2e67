import type { CampaignEvent } from '../../domain/campaigns/campaign.js';
import { evolveCampaign, initialCampaignState } from '../../domain/campaigns/campaign.js';
import { fold } from '../../domain/decider.js';
import { notFound } from '../../domain/errors.js';
import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement } from '../../domain/payouts/statement.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type RegistrationEvent,
  type RegistrationState,
} from '../../domain/registrations/registration.js';
import { statementStatusOf } from '../../domain/registrations/statement-status.js';
import { evolveLedger, type Ledger } from '../../domain/sales/ledger.js';
import type { SaleEvent } from '../../domain/sales/sale.js';
import { instantMs } from '../../events/instant.js';
import { indexKeys, streamIds } from '../../events/streams.js';
import type { EventStore } from '../ports/event-store.js';

/**
 * Every registration's statement in a campaign as of an instant, by replaying what was recorded
 * up to then: the campaign's terms, its registrations, and each registered partner's sales.
 */
export async function campaignStatements(
  store: EventStore,
  campaignId: string,
  asOf: string,
): Promise<Statement[]> {
  const asOfMs = instantMs(asOf);
  const campaignEvents = (await store.readStream(streamIds.campaign(campaignId))).events.filter(
    (e) => instantMs(e.recordedAt) <= asOfMs,
  );
  const campaign = fold(evolveCampaign, initialCampaignState(), campaignEvents as CampaignEvent[]);
  if (campaign.status !== 'published')
    throw notFound('campaign-not-found', `There is no campaign ${campaignId}.`);

  const registrationEvents = await store.readIndex(indexKeys.registrationsOfCampaign(campaignId), {
    recordedAtOrBefore: asOf,
  });
  const registrations = new Map<string, RegistrationState>();
  for (const event of registrationEvents as RegistrationEvent[]) {
    const id = event.data.registrationId;
    registrations.set(id, evolveRegistration(registrations.get(id) ?? initialRegistrationState(), event));
  }

  return Promise.all(
    [...registrations.values()].flatMap((registration) =>
      registration.status === 'none'
        ? []
        : [
            partnerLedger(store, registration.mpnId, asOf).then((ledger) =>
              calculateStatement({
                terms: campaign.terms,
                mpnId: registration.mpnId,
                registrationStatus: statementStatusOf(registration.status),
                ledger: ledger.values(),
              }),
            ),
          ],
    ),
  );
}

export async function partnerLedger(store: EventStore, mpnId: string, asOf: string): Promise<Ledger> {
  const events = await store.readIndex(indexKeys.salesOfPartner(mpnId), { recordedAtOrBefore: asOf });
  return fold(evolveLedger, new Map(), events as SaleEvent[]);
}
