export * from './enterprise-invitation.entity';
export * from './invitation-status';
export * from './invitations.errors';
export * from './invitations.service';
export type { ReceivedInvitation } from './invitations.repository';
