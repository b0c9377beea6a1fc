import { DomainError, joinIn, Localized, LocalizedFieldProblem } from '@app/common';

export const CampaignErrors = {
  notFound: (id: string) =>
    new DomainError('not-found', 'CAMPAIGN_NOT_FOUND', {
      en: `No campaign ${id} visible to you`,
      zh: `没有你可见的评选活动 ${id}`,
    }),
  slugTaken: (slug: string) =>
    new DomainError(
      'conflict',
      'SLUG_TAKEN',
      { en: `A campaign with slug ${slug} already exists`, zh: `已有 slug 为 ${slug} 的评选活动` },
      [
        {
          field: 'slug',
          message: { en: 'is already used by another campaign', zh: '已被另一个评选活动使用' },
        },
      ],
    ),
  invalid: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'CAMPAIGN_INVALID',
      {
        en: `Invalid: ${problems.map((p) => p.field).join(', ')}`,
        zh: `无效：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  transitionRefused: (reasons: Localized[]) =>
    new DomainError('conflict', 'TRANSITION_REFUSED', {
      en: `Transition refused: ${joinIn(reasons, 'en')}`,
      zh: `状态转换被拒绝：${joinIn(reasons, 'zh')}`,
    }),
  frozen: (reason: Localized) => new DomainError('conflict', 'CAMPAIGN_SECTION_FROZEN', reason),
};
