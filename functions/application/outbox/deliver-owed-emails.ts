import type { RecordedEvent } from '../../../events/catalog.js';
import type { EventMetadata } from '../../../events/envelope.js';
import type { OutboxDeps } from './outbox-deps.js';
import { sendRequestedCode } from './send-requested-code.js';
import { tellOfPaymentProfileChange } from './tell-of-payment-profile-change.js';
import { tellPartnerAboutInquiry } from './tell-partner-about-inquiry.js';

/** What the outbox records about its own work: caused by the event that owed the email. */
const outboxMetadata = (event: RecordedEvent): EventMetadata => ({
  correlationId: event.metadata.correlationId,
  causationId: event.eventId,
  actor: { role: 'system', id: 'outbox' },
});

/**
 * The outbox: a command records the event that owes an email and answers at once; the email goes
 * after, from the event stream, retried until it has gone, and once per notification id. No
 * answer waits on, or fails with, a mail server.
 */
export async function deliverOwedEmails(deps: OutboxDeps, event: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'AccessCodeRequested':
      return sendRequestedCode(deps, event.data, outboxMetadata(event));
    case 'InquiryRaised':
    case 'InquiryAnswered':
    case 'InquiryResolved':
      return tellPartnerAboutInquiry(deps, event, outboxMetadata(event));
    case 'PaymentProfileUpdated':
      return tellOfPaymentProfileChange(deps, event, outboxMetadata(event));
    default:
      return;
  }
}
