import { notificationDecider } from '../../domain/notifications/notification.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { notificationTemplates } from '../../events/notifications.js';
import { streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import type { EmailMessage, Mailer } from '../ports/mailer.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { readSlice } from './read-slice.js';

/** Whether the email a notification id names was sent (its record is the stream's first event). */
export const wasSent = async (store: EventReader, notificationId: string) =>
  (await readSlice(store, notificationDecider, streamIds.notification(notificationId))).state.sent;

export type Notification = {
  /** Names what the email is about, so that it goes out once: `decision:<registrationId>`. */
  notificationId: string;
  template: (typeof notificationTemplates)[number];
  mpnId?: string;
  message: EmailMessage;
};

/**
 * Sends an email unless it was already sent, and records that it was. A step retried after the
 * email left (a timeout, a restart) finds the record and sends nothing twice. Two senders racing
 * on the same notification may both send; only one is recorded (at least once, never lost).
 */
export async function sendNotification(
  { store, clock, mailer }: AppDeps & { mailer: Mailer },
  notification: Notification,
  metadata: EventMetadata,
): Promise<{ sent: boolean }> {
  const { notificationId, template, mpnId, message } = notification;
  const stream = streamIds.notification(notificationId);
  if (await wasSent(store, notificationId)) return { sent: false };
  const messageId = await mailer.send(message);
  const data = { notificationId, template, recipient: message.to, messageId, sentAt: clock.now() };
  const command = { type: 'RecordNotificationSent', data: mpnId ? { ...data, mpnId } : data } as const;
  await execute(store, notificationDecider, stream, command, { metadata });
  return { sent: true };
}
