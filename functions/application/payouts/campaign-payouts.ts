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
import { confirmedFlagsOf } from '../fraud/fraud-flags.js';
import { loadPaymentProfile } from '../payment-profile.js';

export type CampaignPayout = {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  state: PayoutState;
};

/** Every registration of a campaign with a payout stream, and its payout state, from the payouts index. */
async function campaignPayouts(store: EventStore, campaignId: string): Promise<CampaignPayout[]> {
  const events = (await store.readIndex(indexKeys.payoutsOfCampaign(campaignId))) as PayoutEvent[];
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

/** What a closed statement leaves due that no payment run has scheduled yet. */
export const unscheduledDueCents = (state: PayoutState): number =>
  state.lastComputed && !state.scheduled ? settlementOfClose(state).dueCents : 0;

export const dueCentsOf = (payouts: CampaignPayout[]): number =>
  payouts.reduce((sum, p) => sum + unscheduledDueCents(p.state), 0);

/**
 * Every campaign's payouts (in campaign order, each campaign's as its index holds them), and the
 * same by partner: a payment run weighs a partner's payouts in all campaigns against the minimum.
 */
export async function programPayouts(
  store: EventStore,
): Promise<{ all: CampaignPayout[]; byPartner: Map<string, CampaignPayout[]> }> {
  const campaignIds = [...(await loadCatalog(store)).keys()];
  const all = (await Promise.all(campaignIds.map((id) => campaignPayouts(store, id)))).flat();
  const byPartner = new Map<string, CampaignPayout[]>();
  for (const payout of all) {
    const list = byPartner.get(payout.mpnId) ?? [];
    list.push(payout);
    byPartner.set(payout.mpnId, list);
  }
  return { all, byPartner };
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

/** What the program requires of a partner before paying it, besides the minimum. */
export async function paymentChecksOf(store: EventStore, mpnId: string) {
  const [profile, confirmedFlags] = await Promise.all([
    loadPaymentProfile(store, mpnId),
    confirmedFlagsOf(store, mpnId),
  ]);
  return { paymentProfileComplete: profile !== undefined, confirmedFlags };
}
