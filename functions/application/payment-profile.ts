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
  return (await readSlice(store, paymentProfileDecider, streamIds.paymentProfile(mpnId))).state.current;
}

/** What saving a profile did: gave the first one, changed the one on file, or found it there already. */
export type PaymentProfileSaved = { profile: PaymentProfile; outcome: 'first' | 'changed' | 'unchanged' };

/**
 * Records the profile, unless it is the one on file already; the outbox then tells of the change
 * (see outbox/tell-of-payment-profile-change.ts).
 */
export async function updatePaymentProfile(
  deps: AppDeps,
  mpnId: string,
  input: Omit<PaymentProfile, 'updatedAt'>,
  metadata: EventMetadata,
): Promise<PaymentProfileSaved> {
  const command = {
    type: 'UpdatePaymentProfile',
    data: { mpnId, ...input },
    metadata: { now: deps.clock.now() },
  } as const;
  const executed = await execute(
    deps.store,
    paymentProfileDecider,
    streamIds.paymentProfile(mpnId),
    command,
    {
      metadata,
    },
  );
  const { current } = executed.after;
  if (!current) throw new Error(`The payment profile of ${mpnId} was accepted but is not recorded`);
  const outcome = executed.events.length === 0 ? 'unchanged' : executed.before.current ? 'changed' : 'first';
  return { profile: current, outcome };
}
