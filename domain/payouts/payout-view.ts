import { evolvePayout, initialPayoutState, type PayoutEvent, type PayoutState } from './payout.js';
import { type PaymentStatus, paymentStatus, type Settlement, settlementOfClose } from './settlement.js';

/** What finance sees of one registration's money: its payout state and where the payment stands. */
export type PayoutView = PayoutState & {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  status: PaymentStatus;
  settlement: Settlement;
};

export function evolvePayoutView(view: PayoutView | undefined, event: PayoutEvent): PayoutView {
  const { registrationId, campaignId, mpnId } = event.data;
  const state = evolvePayout(view ?? initialPayoutState(), event);
  return {
    ...state,
    registrationId,
    campaignId,
    mpnId,
    status: paymentStatus(state),
    settlement: settlementOfClose(state),
  };
}
