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
};
