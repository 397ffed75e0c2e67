import { type PaymentProfile, paymentProfileDecider } from '../../domain/payment-profiles/payment-profile.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { readSlice } from './read-slice.js';

/** The partner's payment profile, as last given; undefined while it has none (its payments are held). */
export async function loadPaymentProfile(
  store: EventReader,
  mpnId: string,
): Promise<PaymentProfile | undefined> {
  return (await readSlice(store, paymentProfileDecider, streamIds.paymentProfile(mpnId))).state;
}

/** Records the profile, unless it is the one on file already. */
export async function updatePaymentProfile(
  { store, clock }: AppDeps,
  mpnId: string,
  input: Omit<PaymentProfile, 'updatedAt'>,
  metadata: EventMetadata,
): Promise<PaymentProfile & { changed: boolean }> {
  const command = {
    type: 'UpdatePaymentProfile',
    data: { mpnId, ...input },
    metadata: { now: clock.now() },
  } as const;
  const executed = await execute(store, paymentProfileDecider, streamIds.paymentProfile(mpnId), command, {
    metadata,
  });
  if (!executed.after) throw new Error(`The payment profile of ${mpnId} was accepted but is not recorded`);
  return { ...executed.after, changed: executed.events.length > 0 };
}
