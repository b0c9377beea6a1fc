import { DomainError } from '@app/common';
import type { StaffInvitationStatus } from './staff-invitations.repository';

export const StaffInvitationErrors = {
  inviteeHasAccount: (email: string) =>
    new DomainError(
      'conflict',
      'INVITEE_HAS_ACCOUNT',
      {
        en: `An account with email ${email} exists already: change its role instead of inviting it`,
        zh: `邮箱 ${email} 已有账户：请修改该账户的角色，而不是邀请它`,
      },
      [{ field: 'email', message: { en: 'already has an account', zh: '已有账户' } }],
    ),
  alreadyInvited: (email: string) =>
    new DomainError(
      'conflict',
      'INVITATION_PENDING',
      {
        en: `${email} has an open invitation already: revoke it to invite again`,
        zh: `${email} 已有一个未处理的邀请：如需重新邀请，请先撤销它`,
      },
      [{ field: 'email', message: { en: 'has an open invitation', zh: '已有未处理的邀请' } }],
    ),
  notFound: (id: string) =>
    new DomainError('not-found', 'STAFF_INVITATION_NOT_FOUND', {
      en: `No staff invitation ${id}`,
      zh: `没有编号为 ${id} 的邀请`,
    }),
  notPending: (status: StaffInvitationStatus) =>
    new DomainError('conflict', 'INVITATION_NOT_PENDING', {
      en: `This invitation is ${status}, no longer open`,
      zh: `此邀请的状态为 ${status}，已不再有效`,
    }),
  /** The one answer for a token that is unknown, used, revoked or expired: a guess learns nothing. */
  linkNotFound: () =>
    new DomainError('not-found', 'INVITATION_LINK_NOT_FOUND', {
      en: 'This invitation link is unknown, used, revoked or expired',
      zh: '此邀请链接无效、已使用、已撤销或已过期',
    }),
};
