import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { Email, MpnId } from './fields.js';
import { Instant } from './instant.js';
import { streamIds } from './streams.js';

export const NotificationId = z
  .string()
  .regex(/^[\x21-\x7e]{1,400}$/, { message: 'must be a notification id of printable characters' });

export const notificationTemplates = [
  'access-code',
  'access-code-expired',
  'access-code-locked',
  'approval-request',
  'approval-reminder',
  'registration-decision',
  'registration-expired',
  'payout-statement',
  'journey-failure',
  'inquiry-received',
  'inquiry-answered',
  'inquiry-resolved',
  'payment-profile-changed',
] as const;

/**
 * An email went out. Its id names what it was about (`decision:<registration>`), and being the
 * first event of its own stream is what makes a retried step send it only once.
 */
export const NotificationSent = defineEvent({
  type: 'NotificationSent',
  occurredAtOf: (data) => data.sentAt,
  schemaVersion: 1,
  data: z.strictObject({
    notificationId: NotificationId,
    template: z.enum(notificationTemplates),
    recipient: Email,
    mpnId: MpnId.optional(),
    messageId: z.string().min(1).max(200),
    sentAt: Instant,
  }),
  streamOf: (data) => streamIds.notification(data.notificationId),
});
