import { fold } from '../../../domain/decider.js';
import {
  evolvePayout,
  initialPayoutState,
  type PayoutEvent,
  type PayoutState,
} from '../../../domain/payouts/payout.js';
import { settlementOfClose } from '../../../domain/payouts/settlement.js';
import { indexKeys } from '../../../events/streams.js';
import type { EventStore } from '../../ports/event-store.js';
import { loadCatalog } from '../campaign-catalog.js';

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

/** What a closed statement leaves due that no payment run has scheduled yet. */
export const unscheduledDueCents = (state: PayoutState): number =>
  state.lastComputed && !state.scheduled ? settlementOfClose(state).dueCents : 0;

/** Every campaign's payouts, by partner: what a payment run weighs against the minimum payout. */
export async function payoutsByPartner(store: EventStore): Promise<Map<string, CampaignPayout[]>> {
  const campaignIds = [...(await loadCatalog(store)).keys()];
  const payouts = (await Promise.all(campaignIds.map((id) => campaignPayouts(store, id)))).flat();
  const byPartner = new Map<string, CampaignPayout[]>();
  for (const payout of payouts) byPartner.set(payout.mpnId, [...(byPartner.get(payout.mpnId) ?? []), payout]);
  return byPartner;
}

/**
 * The amounts the partner's other registrations carry over: closed, unscheduled, and each below the
 * minimum (a larger amount waits for its own campaign's payment run, and its review).
 */
export const carriedOver = (
  partnerPayouts: CampaignPayout[],
  registrationId: string,
  minimumPayoutCents: number,
): CampaignPayout[] =>
  partnerPayouts.filter((p) => {
    const due = unscheduledDueCents(p.state);
    return p.registrationId !== registrationId && due > 0 && due < minimumPayoutCents;
  });

export const otherDueCents = (
  partnerPayouts: CampaignPayout[],
  registrationId: string,
  minimumPayoutCents: number,
): number =>
  carriedOver(partnerPayouts, registrationId, minimumPayoutCents).reduce(
    (sum, p) => sum + unscheduledDueCents(p.state),
    0,
  );
