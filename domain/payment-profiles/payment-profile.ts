import { type EventOfType, isOneOf } from '../../events/catalog.js';
import { accept, type Decider, type Decision } from '../decider.js';

/** The events of a partner's payment-profile stream. */
export const paymentProfileEventTypes = ['PaymentProfileUpdated'] as const;

export type PaymentProfileEvent = EventOfType<(typeof paymentProfileEventTypes)[number]>;

export type PaymentProfile = Omit<PaymentProfileEvent['data'], 'mpnId'>;

/** The profile as last given; undefined while the partner has none (its payments are held). */
export type PaymentProfileState = PaymentProfile | undefined;

export function evolvePaymentProfile(
  _: PaymentProfileState,
  event: PaymentProfileEvent,
): PaymentProfileState {
  const { mpnId: _mpnId, ...profile } = event.data;
  return profile;
}

export type UpdatePaymentProfile = {
  type: 'UpdatePaymentProfile';
  data: Omit<PaymentProfileEvent['data'], 'updatedAt'>;
  metadata: { now: string };
};

/** The profile is recorded unless it is the one on file already. */
export function updatePaymentProfile(
  { data, metadata }: UpdatePaymentProfile,
  state: PaymentProfileState,
): Decision<PaymentProfileEvent, never> {
  const unchanged =
    state?.legalName === data.legalName &&
    state.remittanceEmail === data.remittanceEmail &&
    state.bankReference === data.bankReference;
  if (unchanged) return accept();
  return accept({ type: 'PaymentProfileUpdated', data: { ...data, updatedAt: metadata.now } });
}

export const paymentProfileDecider: Decider<
  UpdatePaymentProfile,
  PaymentProfileState,
  PaymentProfileEvent,
  never
> = {
  isOwnEvent: isOneOf(paymentProfileEventTypes),
  decide: updatePaymentProfile,
  evolve: evolvePaymentProfile,
  initialState: () => undefined,
};
