import { DomainError, joinIn, Localized, LocalizedFieldProblem } from '@app/common';

export const JudgingErrors = {
  invalid: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'JUDGING_INPUT_INVALID',
      {
        en: `Invalid: ${problems.map((p) => p.field).join(', ')}`,
        zh: `无效：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  rubricNotFound: (id: string) =>
    new DomainError('not-found', 'RUBRIC_NOT_FOUND', { en: `No rubric ${id}`, zh: `没有评分细则 ${id}` }),
  rubricVersionNotFound: (id: string, version: number) =>
    new DomainError('not-found', 'RUBRIC_VERSION_NOT_FOUND', {
      en: `Rubric ${id} has no version ${version}`,
      zh: `评分细则 ${id} 没有第 ${version} 版`,
    }),
  rubricKeyTaken: (key: string) =>
    new DomainError(
      'conflict',
      'RUBRIC_KEY_TAKEN',
      { en: `A rubric with key ${key} exists already`, zh: `键为 ${key} 的评分细则已存在` },
      [{ field: 'key', message: { en: 'is already used', zh: '已被使用' } }],
    ),
  campaignNotFound: (id: string) =>
    new DomainError('not-found', 'CAMPAIGN_NOT_FOUND', { en: `No campaign ${id}`, zh: `没有评选活动 ${id}` }),
  roundNotFound: (id: string) =>
    new DomainError('not-found', 'ROUND_NOT_FOUND', {
      en: `No judging round ${id}`,
      zh: `没有评审轮次 ${id}`,
    }),
  entrantNotFound: (id: string) =>
    new DomainError('not-found', 'ENTRANT_NOT_FOUND', {
      en: `No entrant ${id} in this round`,
      zh: `此轮次中没有参评者 ${id}`,
    }),
  assignmentNotFound: (id: string) =>
    new DomainError('not-found', 'ASSIGNMENT_NOT_FOUND', {
      en: `No assignment ${id} of yours`,
      zh: `你没有评审任务 ${id}`,
    }),
  sheetNotFound: (id: string) =>
    new DomainError('not-found', 'SCORE_SHEET_NOT_FOUND', {
      en: `No score sheet ${id}`,
      zh: `没有评分表 ${id}`,
    }),
  judgeNotFound: (id: string) =>
    new DomainError('not-found', 'JUDGE_NOT_FOUND', {
      en: `No judge account ${id}`,
      zh: `没有评审账户 ${id}`,
    }),
  enterpriseNotFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', { en: `No enterprise ${id}`, zh: `没有企业 ${id}` }),
  feedbackNotFound: (enterpriseId: string) =>
    new DomainError('not-found', 'FEEDBACK_NOT_FOUND', {
      en: `No published judging feedback for enterprise ${enterpriseId} in this campaign`,
      zh: `此评选活动中没有企业 ${enterpriseId} 已发布的评审反馈`,
    }),
  attachmentSlotNotFound: (slot: string) =>
    new DomainError('not-found', 'ATTACHMENT_SLOT_NOT_FOUND', {
      en: `This round takes no attachments in a slot ${slot}`,
      zh: `此轮次没有附件类别 ${slot}`,
    }),
  refused: (code: string, message: Localized, details?: LocalizedFieldProblem[]) =>
    new DomainError('conflict', code, message, details),
  stateRefused: (what: Localized, reasons: Localized[]) =>
    new DomainError('conflict', 'ROUND_STATE_REFUSED', {
      en: `${what.en}: ${joinIn(reasons, 'en')}`,
      zh: `${what.zh}：${joinIn(reasons, 'zh')}`,
    }),
  conflictOfInterest: (judgeId: string, field = 'judgeId') =>
    new DomainError(
      'conflict',
      'CONFLICT_OF_INTEREST',
      {
        en: `Judge ${judgeId} has a conflict of interest with this entrant and can never be assigned to it`,
        zh: `评审 ${judgeId} 与此参评者存在利益冲突，永远不能被分配给它`,
      },
      [
        {
          field,
          message: { en: 'has a conflict of interest with the entrant', zh: '与该参评者存在利益冲突' },
        },
      ],
    ),
  forbidden: (message: Localized) => new DomainError('forbidden', 'JUDGING_FORBIDDEN', message),
  /** One request would make more work than the API computes inline (round-bounds.ts). */
  tooLarge: (code: string, message: Localized, field: string) =>
    new DomainError('unprocessable', code, message, [{ field, message }]),
};
