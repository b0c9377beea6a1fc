export * from './notifications.module';
export * from './notifications.service';
export type { StoredNotification } from './notifications.repository';
