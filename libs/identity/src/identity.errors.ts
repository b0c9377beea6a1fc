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
  cannotDisableSelf: () =>
    new DomainError('conflict', 'CANNOT_DISABLE_SELF', 'An organizer cannot disable their own account'),
};
