import { DomainError } from '@app/common';
import type { InvitationStatus } from './enterprise-invitation.entity';

export const InvitationErrors = {
  /** Also what someone gets for another person's invitation: it does not exist for them. */
  notFound: (id: string) =>
    new DomainError('not-found', 'INVITATION_NOT_FOUND', `No invitation ${id} for you`),
  notPending: (status: InvitationStatus) =>
    new DomainError('conflict', 'INVITATION_NOT_PENDING', `This invitation is ${status}, no longer open`),
  expired: () => new DomainError('conflict', 'INVITATION_EXPIRED', 'This invitation has expired'),
};
