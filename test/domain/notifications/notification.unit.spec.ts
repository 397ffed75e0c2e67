import { describe, it } from 'vitest';
import { type NotificationEvent, notificationDecider } from '../../../domain/notifications/notification.js';
import { specFor } from '../../support/given.js';

const given = specFor(notificationDecider);
const data = {
  notificationId: 'decision:m365-upsell--1234567',
  template: 'registration-decision',
  recipient: 'ops@northwind.example',
  messageId: 'm-1',
  sentAt: '2026-08-01T00:00:00Z',
} as const;
const sent: NotificationEvent = { type: 'NotificationSent', data };

describe('A notification', () => {
  it('is recorded as sent', () => given([]).when({ type: 'RecordNotificationSent', data }).then([sent]));

  it('is recorded once: a second sender of the same email records nothing', () =>
    given([sent])
      .when({ type: 'RecordNotificationSent', data: { ...data, messageId: 'm-2' } })
      .thenNothingHappens());
});
