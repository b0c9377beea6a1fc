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
  profileMoved: (read: number, current: number) =>
    new DomainError(
      'conflict',
      'PROFILE_CHANGED_SINCE_READ',
      `The profile was edited since it was read (revision ${read}, now ${current}); read it again before reviewing`,
      [{ field: 'profileRevision', message: `is ${current} now` }],
    ),
  identityChangeMoved: (read: string, current: string) =>
    new DomainError(
      'conflict',
      'IDENTITY_CHANGE_MOVED',
      `The pending identity change is no longer ${read} (it was amended or closed; now ${current}); read it again before reviewing`,
      [{ field: 'changeId', message: `the pending change is ${current} now` }],
    ),
  alreadyMember: () =>
    new DomainError('conflict', 'ALREADY_MEMBER', 'That user is already a member of this enterprise', [
      { field: 'email', message: 'is already a member' },
    ]),
};

/**
 * Two transactions can each find a credit code free and then both write it; the unique key lets one win and
 * the other fails at commit time with 23505. That loser is the same conflict the check answers, not a fault.
 */
export function asCreditCodeConflict(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; detail?: string };
  if (e?.code !== '23505' || e.constraint !== 'enterprises_credit_code_key') return err;
  // "Key (credit_code)=(91440300708461136T) already exists."
  const code = /=\(([^)]*)\)/.exec(e.detail ?? '')?.[1] ?? 'asked for';
  return EnterpriseErrors.creditCodeTaken(code.trim());
}
