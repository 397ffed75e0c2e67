import { fold } from '../../../domain/decider.js';
import {
  evolvePayout,
  initialPayoutState,
  type PayoutEvent,
  type PayoutState,
} from '../../../domain/payouts/payout.js';
import { indexKeys } from '../../../events/streams.js';
import type { EventStore } from '../../ports/event-store.js';

export type CampaignPayout = {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  state: PayoutState;
};

/** Every registration of a campaign with a payout stream, and its payout state, from the payouts index. */
export async function campaignPayouts(
  store: EventStore,
  campaignId: string,
  asOf?: string,
): Promise<CampaignPayout[]> {
  const events = (await store.readIndex(
    indexKeys.payoutsOfCampaign(campaignId),
    asOf ? { recordedAtOrBefore: asOf } : {},
  )) as PayoutEvent[];
  const byRegistration = new Map<string, PayoutEvent[]>();
  for (const event of events) {
    const list = byRegistration.get(event.data.registrationId) ?? [];
    list.push(event);
    byRegistration.set(event.data.registrationId, list);
  }
  return [...byRegistration.values()].map((list) => {
    const { registrationId, mpnId } = (list[0] as PayoutEvent).data;
    return { registrationId, campaignId, mpnId, state: fold(evolvePayout, initialPayoutState(), list) };
  });
}

/** The registrations of a campaign whose statement has been closed. */
export async function closedRegistrationsOf(store: EventStore, campaignId: string) {
  return (await campaignPayouts(store, campaignId))
    .filter((p) => p.state.lastComputed)
    .map(({ registrationId, mpnId }) => ({ registrationId, campaignId, mpnId }));
}
