import { partnerDecider } from '../../domain/partners/decide.js';
import type { PaymentProfileChange } from '../../domain/payment-profiles/payment-profile.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { paymentProfileChangedEmail } from '../email/templates.js';
import type { Mailer } from '../ports/mailer.js';
import type { AppDeps } from './deps.js';
import { readSlice } from './read-slice.js';
import { sendNotification } from './send-notification.js';

/**
 * Tells of a change of the payment profile everyone who would notice a payment going astray: the
 * partner's contact on file, and the remittance addresses before and after the change. Each address
 * is written to once per change, even when it plays two parts.
 */
export async function tellOfPaymentProfileChange(
  deps: AppDeps & { mailer: Mailer },
  mpnId: string,
  change: PaymentProfileChange,
  metadata: EventMetadata,
): Promise<void> {
  const { state: partner } = await readSlice(deps.store, partnerDecider, streamIds.partner(mpnId));
  if (partner.status === 'unknown') return;
  const recipients = [
    ['contact', partner.profile.contactEmail],
    ['previous-remittance', change.previous.remittanceEmail],
    ['remittance', change.current.remittanceEmail],
  ] as const;
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
        message: paymentProfileChangedEmail(address, partner.profile, change),
      },
      metadata,
    );
  }
}
