import { isOneOf } from '../../events/catalog.js';
import type { Fold } from '../decider.js';
import type { RegistrationPayout } from './payment-run.js';
import { evolvePayout, initialPayoutState, type PayoutEvent, payoutEventTypes } from './payout.js';

/** A campaign's payouts by registration, in the order the campaign's payouts index first names them. */
export type CampaignPayouts = Map<string, RegistrationPayout>;

export const campaignPayoutsFold: Fold<CampaignPayouts, PayoutEvent> = {
  isOwnEvent: isOneOf(payoutEventTypes),
  evolve: (payouts, event) => {
    const { registrationId, campaignId, mpnId } = event.data;
    const state = evolvePayout(payouts.get(registrationId)?.state ?? initialPayoutState(), event);
    payouts.set(registrationId, { registrationId, campaignId, mpnId, state });
    return payouts;
  },
  initialState: () => new Map(),
};
