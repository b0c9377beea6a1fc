import { DomainError, LocalizedFieldProblem } from '@app/common';

export const EnterpriseErrors = {
  notFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', {
      en: `No enterprise ${id} visible to you`,
      zh: `没有你可见的企业 ${id}`,
    }),
  creditCodeTaken: (code: string) =>
    new DomainError(
      'conflict',
      'CREDIT_CODE_TAKEN',
      {
        en: `An enterprise with credit code ${code} is already registered`,
        zh: `统一社会信用代码为 ${code} 的企业已注册`,
      },
      [{ field: 'creditCode', message: { en: 'is already registered', zh: '已被注册' } }],
    ),
  unknownReferences: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'UNKNOWN_REFERENCE',
      {
        en: `Unknown codes: ${problems.map((p) => p.field).join(', ')}`,
        zh: `未知的代码：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  notAdmin: () =>
    new DomainError('forbidden', 'NOT_ENTERPRISE_ADMIN', {
      en: 'Only an admin of this enterprise may do this',
      zh: '只有该企业的管理员可以执行此操作',
    }),
  notReviewable: (status: string) =>
    new DomainError('conflict', 'NOT_PENDING_REVIEW', {
      en: `Only a pending enterprise can be reviewed; this one is ${status}`,
      zh: `只能审核待审核的企业；此企业状态为 ${status}`,
    }),
  noPendingIdentityChange: () =>
    new DomainError('conflict', 'NO_PENDING_IDENTITY_CHANGE', {
      en: 'This enterprise has no identity change awaiting review',
      zh: '该企业没有待审核的身份信息变更',
    }),
  profileMoved: (read: number, current: number) =>
    new DomainError(
      'conflict',
      'PROFILE_CHANGED_SINCE_READ',
      {
        en: `The profile was edited since it was read (revision ${read}, now ${current}); read it again before reviewing`,
        zh: `档案在读取后已被修改（读取时为第 ${read} 版，现为第 ${current} 版）；请重新读取后再审核`,
      },
      [{ field: 'profileRevision', message: { en: `is ${current} now`, zh: `现为 ${current}` } }],
    ),
  identityChangeMoved: (read: string, current: string) =>
    new DomainError(
      'conflict',
      'IDENTITY_CHANGE_MOVED',
      {
        en: `The pending identity change is no longer ${read} (it was amended or closed; now ${current}); read it again before reviewing`,
        zh: `待审核的身份变更已不是 ${read}（已被修改或关闭；现为 ${current}）；请重新读取后再审核`,
      },
      [
        {
          field: 'changeId',
          message: { en: `the pending change is ${current} now`, zh: `待审核的变更现为 ${current}` },
        },
      ],
    ),
  alreadyMember: () =>
    new DomainError(
      'conflict',
      'ALREADY_MEMBER',
      { en: 'That user is already a member of this enterprise', zh: '该用户已是此企业的成员' },
      [{ field: 'email', message: { en: 'is already a member', zh: '已是成员' } }],
    ),
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
