import { type EventOfType, isOneOf } from '../../events/catalog.js';
import { accept, type Decider } from '../decider.js';

/** The events of a notification's stream: the one email it names was sent. */
export const notificationEventTypes = ['NotificationSent'] as const;

export type NotificationEvent = EventOfType<(typeof notificationEventTypes)[number]>;

export type NotificationState = { sent: boolean };

export type RecordNotificationSent = { type: 'RecordNotificationSent'; data: NotificationEvent['data'] };

/**
 * An email is recorded as sent once: a second sender of the same notification (a retried step)
 * records nothing, so what it is about is never told twice by the record.
 */
export const notificationDecider: Decider<
  RecordNotificationSent,
  NotificationState,
  NotificationEvent,
  never
> = {
  isOwnEvent: isOneOf(notificationEventTypes),
  decide: ({ data }, state) => (state.sent ? accept() : accept({ type: 'NotificationSent', data })),
  evolve: () => ({ sent: true }),
  initialState: () => ({ sent: false }),
};
