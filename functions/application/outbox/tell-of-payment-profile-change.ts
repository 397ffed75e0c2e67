import { partnerDecider } from '../../../domain/partners/decide.js';
import { latestChange, paymentProfileDecider } from '../../../domain/payment-profiles/payment-profile.js';
import type { EventOfType } from '../../../events/catalog.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import { writingFor } from '../../email/readers.js';
import { paymentProfileChangedEmail } from '../../email/templates.js';
import { type Recorded, readSlice } from '../read-slice.js';
import { sendNotification } from '../send-notification.js';
import type { OutboxDeps } from './outbox-deps.js';

/**
 * Tells of a change of the payment profile everyone who would notice a payment going astray: the
 * partner's contact on file, and the remittance addresses before and after the change. Each address
 * is written to once per change, even when it plays two parts. A first profile changes nothing.
 */
export async function tellOfPaymentProfileChange(
  deps: OutboxDeps,
  event: Recorded<EventOfType<'PaymentProfileUpdated'>>,
  metadata: EventMetadata,
): Promise<void> {
  const { mpnId } = event.data;
  const [{ state: partner }, { state: paymentProfile }] = await Promise.all([
    readSlice(deps.store, partnerDecider, streamIds.partner(mpnId)),
    readSlice(deps.store, paymentProfileDecider, streamIds.paymentProfile(mpnId), {
      throughVersion: event.version,
    }),
  ]);
  const change = latestChange(paymentProfile);
  if (partner.status === 'unknown' || !change) return;
  const recipients = [
    ['contact', partner.profile.contactEmail],
    ['previous-remittance', change.previous.remittanceEmail],
    ['remittance', change.current.remittanceEmail],
  ] as const;
  const writing = writingFor(deps.publicBaseUrl, partner.profile);
  const written = new Set<string>();
  for (const [part, address] of recipients) {
    if (written.has(address.toLowerCase())) continue;
    written.add(address.toLowerCase());
    await sendNotification(
      deps,
      {
        notificationId: `payment-profile-changed:${mpnId}:${change.current.updatedAt}:${part}`,
        template: 'payment-profile-changed',
        mpnId,
        message: paymentProfileChangedEmail(writing, address, partner.profile, change),
      },
      metadata,
    );
  }
}
