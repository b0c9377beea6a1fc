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
  /** The one answer for a token that is unknown, used, declined, revoked or expired: a guess learns nothing. */
  linkNotFound: () =>
    new DomainError('not-found', 'INVITATION_LINK_NOT_FOUND', {
      en: 'This invitation link is unknown, used, revoked or expired',
      zh: '此邀请链接无效、已使用、已撤销或已过期',
    }),
  displayNameRequired: () =>
    new DomainError(
      'invalid',
      'DISPLAY_NAME_REQUIRED',
      {
        en: 'This address has no account yet: choose the name others will see',
        zh: '此邮箱尚无账户：请填写其他人将看到的姓名',
      },
      [{ field: 'displayName', message: { en: 'is required for a new account', zh: '新账户必须填写' } }],
    ),
  staffAddress: () =>
    new DomainError('conflict', 'INVITATION_NOT_FOR_STAFF', {
      en: 'This address belongs to a judge or organizer account, which cannot join an enterprise',
      zh: '此邮箱属于评委或组织方账户，不能加入企业',
    }),
};
