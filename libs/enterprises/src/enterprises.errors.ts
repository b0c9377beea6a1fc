import { DomainError, FieldProblem } from '@app/common';

export const EnterpriseErrors = {
  notFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', `No enterprise ${id} visible to you`),
  creditCodeTaken: (code: string) =>
    new DomainError(
      'conflict',
      'CREDIT_CODE_TAKEN',
      `An enterprise with credit code ${code} is already registered`,
      [{ field: 'creditCode', message: 'is already registered' }],
    ),
  unknownReferences: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'UNKNOWN_REFERENCE',
      `Unknown codes: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    ),
  notAdmin: () =>
    new DomainError('forbidden', 'NOT_ENTERPRISE_ADMIN', 'Only an admin of this enterprise may do this'),
  notReviewable: (status: string) =>
    new DomainError(
      'conflict',
      'NOT_PENDING_REVIEW',
      `Only a pending enterprise can be reviewed; this one is ${status}`,
    ),
  noPendingIdentityChange: () =>
    new DomainError(
      'conflict',
      'NO_PENDING_IDENTITY_CHANGE',
      'This enterprise has no identity change awaiting review',
    ),
  alreadyMember: () =>
    new DomainError('conflict', 'ALREADY_MEMBER', 'That user is already a member of this enterprise', [
      { field: 'email', message: 'is already a member' },
    ]),
};
