import { DomainError } from '@app/common';
import type { InvitationStatus } from './enterprise-invitation.entity';

export const InvitationErrors = {
  /** Also what someone gets for another person's invitation: it does not exist for them. */
  notFound: (id: string) =>
    new DomainError('not-found', 'INVITATION_NOT_FOUND', {
      en: `No invitation ${id} for you`,
      zh: `没有发给你的邀请 ${id}`,
    }),
  notPending: (status: InvitationStatus) =>
    new DomainError('conflict', 'INVITATION_NOT_PENDING', {
      en: `This invitation is ${status}, no longer open`,
      zh: `此邀请状态为 ${status}，已不再有效`,
    }),
  expired: () =>
    new DomainError('conflict', 'INVITATION_EXPIRED', {
      en: 'This invitation has expired',
      zh: '此邀请已过期',
    }),
};
