import { DomainError, FieldProblem } from '@app/common';

export const JudgingErrors = {
  invalid: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'JUDGING_INPUT_INVALID',
      `Invalid: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    ),
  rubricNotFound: (id: string) => new DomainError('not-found', 'RUBRIC_NOT_FOUND', `No rubric ${id}`),
  rubricVersionNotFound: (id: string, version: number) =>
    new DomainError('not-found', 'RUBRIC_VERSION_NOT_FOUND', `Rubric ${id} has no version ${version}`),
  rubricKeyTaken: (key: string) =>
    new DomainError('conflict', 'RUBRIC_KEY_TAKEN', `A rubric with key ${key} exists already`, [
      { field: 'key', message: 'is already used' },
    ]),
  campaignNotFound: (id: string) => new DomainError('not-found', 'CAMPAIGN_NOT_FOUND', `No campaign ${id}`),
  roundNotFound: (id: string) => new DomainError('not-found', 'ROUND_NOT_FOUND', `No judging round ${id}`),
  entrantNotFound: (id: string) =>
    new DomainError('not-found', 'ENTRANT_NOT_FOUND', `No entrant ${id} in this round`),
  assignmentNotFound: (id: string) =>
    new DomainError('not-found', 'ASSIGNMENT_NOT_FOUND', `No assignment ${id} of yours`),
  sheetNotFound: (id: string) =>
    new DomainError('not-found', 'SCORE_SHEET_NOT_FOUND', `No score sheet ${id}`),
  judgeNotFound: (id: string) => new DomainError('not-found', 'JUDGE_NOT_FOUND', `No judge account ${id}`),
  enterpriseNotFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', `No enterprise ${id}`),
  feedbackNotFound: (enterpriseId: string) =>
    new DomainError(
      'not-found',
      'FEEDBACK_NOT_FOUND',
      `No published judging feedback for enterprise ${enterpriseId} in this campaign`,
    ),
  refused: (code: string, message: string, details?: FieldProblem[]) =>
    new DomainError('conflict', code, message, details),
  stateRefused: (what: string, reasons: string[]) =>
    new DomainError('conflict', 'ROUND_STATE_REFUSED', `${what}: ${reasons.join('; ')}`),
  conflictOfInterest: (judgeId: string, field = 'judgeId') =>
    new DomainError(
      'conflict',
      'CONFLICT_OF_INTEREST',
      `Judge ${judgeId} has a conflict of interest with this entrant and can never be assigned to it`,
      [{ field, message: 'has a conflict of interest with the entrant' }],
    ),
  forbidden: (message: string) => new DomainError('forbidden', 'JUDGING_FORBIDDEN', message),
  /** One request would make more work than the API computes inline (round-bounds.ts). */
  tooLarge: (code: string, message: string, field: string) =>
    new DomainError('unprocessable', code, message, [{ field, message }]),
};
