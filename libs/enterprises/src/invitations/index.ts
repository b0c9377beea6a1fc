export * from './invitations.service';
export * from './invitation-links.service';
export * from './invitations.errors';
export type {
  EnterpriseInvitation,
  InvitationStatus,
  StoredInvitationStatus,
} from './enterprise-invitation.entity';
export type { ReceivedInvitation } from './invitations.repository';
