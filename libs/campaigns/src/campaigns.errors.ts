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
  /** Entering a state moves its window's opening to now; an earlier date after now stands in the way. */
  windowOrder: (m: { to: string; field: string; blockedBy: string; blockedAt: string; now: string }) =>
    new DomainError(
      'conflict',
      'SCHEDULE_BLOCKS_TRANSITION',
      {
        en: `Transition to ${m.to} refused: it would open ${m.field} now (${m.now}), before schedule.${m.blockedBy} (${m.blockedAt}); change schedule.${m.blockedBy} to ${m.now} or earlier first (PATCH /campaigns/{id})`,
        zh: `拒绝进入 ${m.to}：这会把 ${m.field} 提前到现在（${m.now}），早于 schedule.${m.blockedBy}（${m.blockedAt}）；请先把 schedule.${m.blockedBy} 改为 ${m.now} 或更早（PATCH /campaigns/{id}）`,
      },
      [
        {
          field: `schedule.${m.blockedBy}`,
          message: {
            en: `lies after ${m.now}: move it to then or earlier before entering ${m.to}`,
            zh: `晚于 ${m.now}：进入 ${m.to} 之前请把它改为该时间或更早`,
          },
        },
      ],
    ),
};
