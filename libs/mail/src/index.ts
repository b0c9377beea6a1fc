export * from './mail.module';
export * from './mail.service';
export * from './mail-templates';
export type { OutgoingMail } from './mail-deliveries.repository';
