import { DomainError } from '@app/common';

export const IdentityErrors = {
  emailTaken: (email: string) =>
    new DomainError('conflict', 'EMAIL_TAKEN', `An account with email ${email} already exists`, [
      { field: 'email', message: 'is already registered' },
    ]),
  invalidCredentials: () =>
    new DomainError('unauthorized', 'INVALID_CREDENTIALS', 'Email or password is wrong'),
  accountDisabled: () => new DomainError('unauthorized', 'ACCOUNT_DISABLED', 'This account is disabled'),
  userNotFound: (id: string) => new DomainError('not-found', 'USER_NOT_FOUND', `No user with id ${id}`),
  wrongCurrentPassword: () =>
    new DomainError('invalid', 'WRONG_CURRENT_PASSWORD', 'The current password is wrong', [
      { field: 'currentPassword', message: 'is not the current password' },
    ]),
  samePassword: () =>
    new DomainError('invalid', 'PASSWORD_UNCHANGED', 'The new password must differ from the current one', [
      { field: 'newPassword', message: 'must differ from currentPassword' },
    ]),
  cannotChangeOwnRole: () =>
    new DomainError('conflict', 'CANNOT_CHANGE_OWN_ROLE', 'An organizer cannot change their own role'),
  roleNotChangeable: () =>
    new DomainError(
      'conflict',
      'ROLE_NOT_CHANGEABLE',
      'Only judge and organizer accounts change role; enterprise accounts stay enterprise accounts',
    ),
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
    new DomainError('conflict', 'CANNOT_DISABLE_SELF', 'An organizer cannot disable their own account'),
};
