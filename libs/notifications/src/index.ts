export * from './notifications.module';
export * from './notifications.service';
export type { NewNotification, StoredNotification } from './notifications.repository';
