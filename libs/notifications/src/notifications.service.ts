import { Injectable } from '@nestjs/common';
import { NewNotification, NotificationsRepository, StoredNotification } from './notifications.repository';

/**
 * The notifications people receive (round reminders, results, awards). Written in the caller's ambient
 * transaction, so a notification exists exactly when the change it announces committed.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  /** True when this call recorded it; false when one with the same dedupe key already was. */
  notify(notification: NewNotification): Promise<boolean> {
    return this.notifications.insertOnce(notification);
  }

  /** The most recent 200, newest first. */
  inboxOf(recipientId: string): Promise<StoredNotification[]> {
    return this.notifications.latestOf(recipientId, 200);
  }
}
