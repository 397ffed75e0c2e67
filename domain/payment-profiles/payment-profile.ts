import { type EventOfType, isOneOf } from '../../events/catalog.js';
import { accept, type Decider, type Decision } from '../decider.js';

/** The events of a partner's payment-profile stream. */
export const paymentProfileEventTypes = ['PaymentProfileUpdated'] as const;

export type PaymentProfileEvent = EventOfType<(typeof paymentProfileEventTypes)[number]>;

export type PaymentProfile = Omit<PaymentProfileEvent['data'], 'mpnId'>;

/**
 * The profile as last given (none while the partner has given none: its payments are held), and
 * the one it replaced: a change of where the money goes is what payment diversion looks like.
 */
export type PaymentProfileState = { current?: PaymentProfile; previous?: PaymentProfile };

export function evolvePaymentProfile(
  { current }: PaymentProfileState,
  event: PaymentProfileEvent,
): PaymentProfileState {
  const { mpnId: _mpnId, ...profile } = event.data;
  return current ? { current: profile, previous: current } : { current: profile };
}

/** A profile replaced by another: the first profile a partner gives is no change. */
export type PaymentProfileChange = { previous: PaymentProfile; current: PaymentProfile };

export const latestChange = ({ current, previous }: PaymentProfileState): PaymentProfileChange | undefined =>
  current && previous ? { previous, current } : undefined;

export type UpdatePaymentProfile = {
  type: 'UpdatePaymentProfile';
  data: Omit<PaymentProfileEvent['data'], 'updatedAt'>;
  metadata: { now: string };
};

/** The profile is recorded unless it is the one on file already. */
export function updatePaymentProfile(
  { data, metadata }: UpdatePaymentProfile,
  { current }: PaymentProfileState,
): Decision<PaymentProfileEvent, never> {
  const unchanged =
    current?.legalName === data.legalName &&
    current.remittanceEmail === data.remittanceEmail &&
    current.bankReference === data.bankReference;
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
  initialState: () => ({}),
};
