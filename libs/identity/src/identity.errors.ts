import { DomainError } from '@app/common';

export const IdentityErrors = {
  emailTaken: (email: string) =>
    new DomainError(
      'conflict',
      'EMAIL_TAKEN',
      { en: `An account with email ${email} already exists`, zh: `电子邮件 ${email} 已有账户` },
      [{ field: 'email', message: { en: 'is already registered', zh: '已被注册' } }],
    ),
  invalidCredentials: () =>
    new DomainError('unauthorized', 'INVALID_CREDENTIALS', {
      en: 'Email or password is wrong',
      zh: '电子邮件或密码错误',
    }),
  accountDisabled: () =>
    new DomainError('unauthorized', 'ACCOUNT_DISABLED', {
      en: 'This account is disabled',
      zh: '此账户已停用',
    }),
  userNotFound: (id: string) =>
    new DomainError('not-found', 'USER_NOT_FOUND', {
      en: `No user with id ${id}`,
      zh: `没有编号为 ${id} 的用户`,
    }),
  wrongCurrentPassword: () =>
    new DomainError(
      'invalid',
      'WRONG_CURRENT_PASSWORD',
      { en: 'The current password is wrong', zh: '当前密码错误' },
      [{ field: 'currentPassword', message: { en: 'is not the current password', zh: '不是当前密码' } }],
    ),
  samePassword: () =>
    new DomainError(
      'invalid',
      'PASSWORD_UNCHANGED',
      { en: 'The new password must differ from the current one', zh: '新密码必须与当前密码不同' },
      [
        {
          field: 'newPassword',
          message: { en: 'must differ from currentPassword', zh: '必须与 currentPassword 不同' },
        },
      ],
    ),
  cannotChangeOwnRole: () =>
    new DomainError('conflict', 'CANNOT_CHANGE_OWN_ROLE', {
      en: 'An organizer cannot change their own role',
      zh: '组织者不能更改自己的角色',
    }),
  roleNotChangeable: () =>
    new DomainError('conflict', 'ROLE_NOT_CHANGEABLE', {
      en: 'Only judge and organizer accounts change role; enterprise accounts stay enterprise accounts',
      zh: '只有评审和组织者账户可以更改角色；企业账户始终是企业账户',
    }),
  emailNotVerified: () =>
    new DomainError('forbidden', 'EMAIL_NOT_VERIFIED', {
      en: 'Confirm your email address first: open the link we sent you (POST /auth/verify-email/resend sends a new one)',
      zh: '请先验证您的邮箱：打开我们发送给您的链接（POST /auth/verify-email/resend 可重新发送）',
    }),
  verificationLinkNotFound: () =>
    new DomainError('not-found', 'VERIFICATION_LINK_NOT_FOUND', {
      en: 'This verification link is unknown, used or expired',
      zh: '此验证链接无效、已使用或已过期',
    }),
  alreadyVerified: () =>
    new DomainError('conflict', 'EMAIL_ALREADY_VERIFIED', {
      en: 'Your email address is verified already',
      zh: '您的邮箱已经验证过了',
    }),
  cannotDisableSelf: () =>
    new DomainError('conflict', 'CANNOT_DISABLE_SELF', {
      en: 'An organizer cannot disable their own account',
      zh: '组织者不能停用自己的账户',
    }),
};
