import type { EventOfType } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { EventStore } from '../ports/event-store.js';
import type { AppDeps } from './deps.js';

export type PaymentProfile = Omit<EventOfType<'PaymentProfileUpdated'>['data'], 'mpnId'>;

/** The partner's payment profile, as last given; undefined while it has none (its payments are held). */
export async function loadPaymentProfile(
  store: EventStore,
  mpnId: string,
): Promise<PaymentProfile | undefined> {
  const { events } = await store.readStream(streamIds.paymentProfile(mpnId));
  const last = events.at(-1);
  if (last?.type !== 'PaymentProfileUpdated') return undefined;
  const { mpnId: _, ...profile } = last.data;
  return profile;
}

/** Records the profile, unless it is the one on file already. */
export async function updatePaymentProfile(
  { store, clock }: AppDeps,
  mpnId: string,
  input: Omit<PaymentProfile, 'updatedAt'>,
  metadata: EventMetadata,
): Promise<PaymentProfile & { changed: boolean }> {
  const stream = streamIds.paymentProfile(mpnId);
  const { version, events } = await store.readStream(stream);
  const last = events.at(-1);
  if (last?.type === 'PaymentProfileUpdated') {
    const { legalName, remittanceEmail, bankReference } = last.data;
    if (
      legalName === input.legalName &&
      remittanceEmail === input.remittanceEmail &&
      bankReference === input.bankReference
    ) {
      return { legalName, remittanceEmail, bankReference, updatedAt: last.data.updatedAt, changed: false };
    }
  }
  const updatedAt = clock.now();
  await store.appendToStream(
    stream,
    [{ type: 'PaymentProfileUpdated', data: { mpnId, ...input, updatedAt } }],
    {
      expectedVersion: version,
      metadata,
    },
  );
  return { ...input, updatedAt, changed: true };
}
