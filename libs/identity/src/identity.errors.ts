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
  cannotDisableSelf: () =>
    new DomainError('conflict', 'CANNOT_DISABLE_SELF', 'An organizer cannot disable their own account'),
};
