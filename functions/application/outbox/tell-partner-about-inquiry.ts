import { inquiryDecider } from '../../../domain/inquiries/decide.js';
import type { InquiryEvent } from '../../../domain/inquiries/inquiry.js';
import { partnerDecider } from '../../../domain/partners/decide.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import { writingFor } from '../../email/readers.js';
import { inquiryAnsweredEmail, inquiryReceivedEmail, inquiryResolvedEmail } from '../../email/templates.js';
import type { Recorded } from '../read-slice.js';
import { readSlice } from '../read-slice.js';
import { sendNotification } from '../send-notification.js';
import type { OutboxDeps } from './outbox-deps.js';

/**
 * The partner is told at each step of its inquiry: received, each answer, resolved. The inquiry
 * is read as it stood when the event was recorded, so that each email tells that step.
 */
export async function tellPartnerAboutInquiry(
  deps: OutboxDeps,
  event: Recorded<InquiryEvent>,
  metadata: EventMetadata,
): Promise<void> {
  const { inquiryId, mpnId } = event.data;
  const [{ state: partner }, { state: inquiry }] = await Promise.all([
    readSlice(deps.store, partnerDecider, streamIds.partner(mpnId)),
    readSlice(deps.store, inquiryDecider, streamIds.inquiry(inquiryId), { throughVersion: event.version }),
  ]);
  if (partner.status === 'unknown' || !inquiry) return;
  const { profile } = partner;
  const writing = writingFor(deps.publicBaseUrl, profile);
  const [step, n, message] =
    event.type === 'InquiryRaised'
      ? (['received', 0, inquiryReceivedEmail(writing, profile, inquiry)] as const)
      : event.type === 'InquiryAnswered'
        ? ([
            'answered',
            inquiry.answers.length,
            inquiryAnsweredEmail(writing, profile, inquiry, event.data.message),
          ] as const)
        : ([
            'resolved',
            0,
            inquiryResolvedEmail(writing, profile, inquiry, {
              outcome: event.data.outcome,
              note: event.data.note,
              ...(event.data.adjustmentCents !== undefined
                ? { adjustmentCents: event.data.adjustmentCents }
                : {}),
            }),
          ] as const);
  await sendNotification(
    deps,
    { notificationId: `inquiry-${step}:${inquiryId}:${n}`, template: `inquiry-${step}`, mpnId, message },
    metadata,
  );
}
