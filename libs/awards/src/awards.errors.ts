import { DomainError, joinIn, Localized, LocalizedFieldProblem } from '@app/common';

export const AwardErrors = {
  categoryNotFound: (id: string) =>
    new DomainError('not-found', 'CATEGORY_NOT_FOUND', {
      en: `No award category ${id} in this campaign`,
      zh: `此评选活动中没有奖项 ${id}`,
    }),
  notDeciding: (state: string) =>
    new DomainError('conflict', 'CAMPAIGN_NOT_DECIDING', {
      en: `Winners are confirmed while the campaign is deciding (it is ${state})`,
      zh: `获奖者须在评选活动处于 deciding 时确认（当前为 ${state}）`,
    }),
  evidenceChanged: (seen: string, now: string) =>
    new DomainError(
      'conflict',
      'EVIDENCE_CHANGED',
      {
        en: `The proposal changed since you read it (evidence ${seen.slice(0, 12)}…, now ${now.slice(0, 12)}…); read it again`,
        zh: `建议在你读取后已变化（证据 ${seen.slice(0, 12)}…，现为 ${now.slice(0, 12)}…）；请重新读取`,
      },
      [
        {
          field: 'evidenceHash',
          message: { en: 'is not the current proposal’s evidence hash', zh: '不是当前建议的证据哈希' },
        },
      ],
    ),
  invalidDecision: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'DECISION_INVALID',
      {
        en: `Invalid: ${problems.map((p) => p.field).join(', ')}`,
        zh: `无效：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  notReady: (reasons: Localized[]) =>
    new DomainError('conflict', 'ANNOUNCEMENT_REFUSED', {
      en: `Announcement refused: ${joinIn(reasons, 'en')}`,
      zh: `拒绝公布：${joinIn(reasons, 'zh')}`,
    }),
  /** The same answer for an unknown campaign and one not yet announced: the public learns nothing. */
  notPublished: () =>
    new DomainError('not-found', 'NOT_PUBLISHED', {
      en: 'Nothing has been announced at this address',
      zh: '此地址尚未公布任何内容',
    }),
  /** An enterprise the caller is not a member of answers as one that does not exist. */
  enterpriseNotFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', {
      en: `No enterprise ${id}`,
      zh: `没有企业 ${id}`,
    }),
  certificateNotFound: () =>
    new DomainError('not-found', 'CERTIFICATE_NOT_FOUND', {
      en: 'No certificate has this code: it was not issued by Care Awards',
      zh: '没有此编号的证书：它不是 Care Awards 颁发的',
    }),
};
