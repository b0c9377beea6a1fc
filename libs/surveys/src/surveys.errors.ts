import { DomainError, FieldProblem } from '@app/common';

export const SurveyErrors = {
  invalid: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'SURVEY_INPUT_INVALID',
      `Invalid: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    ),
  versionNotFound: (version: string) =>
    new DomainError('not-found', 'METHODOLOGY_VERSION_NOT_FOUND', `No methodology version ${version}`),
  versionExists: (version: string) =>
    new DomainError(
      'conflict',
      'METHODOLOGY_VERSION_EXISTS',
      `Methodology version ${version} already exists; versions are never edited, create a new one`,
      [{ field: 'version', message: 'is already used' }],
    ),
  instrumentFrozen: (state: string) =>
    new DomainError(
      'conflict',
      'INSTRUMENT_FROZEN',
      `The survey instrument and methodology are frozen once the campaign enters survey (it is ${state})`,
    ),
  notReceiving: (state: string) =>
    new DomainError(
      'conflict',
      'SURVEY_NOT_OPEN',
      `Responses are accepted only while the campaign is in survey (it is ${state})`,
    ),
  importNotFound: (id: string) =>
    new DomainError('not-found', 'IMPORT_NOT_FOUND', `No import ${id} visible to you`),
  keyNotFound: (id: string) =>
    new DomainError('not-found', 'PARTNER_KEY_NOT_FOUND', `No survey-partner key ${id}`),
  badHeader: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'IMPORT_HEADER_INVALID',
      `The file's header is not usable: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    ),
  recordTooLong: (line: number, format: 'csv' | 'ndjson' = 'csv') =>
    new DomainError(
      'invalid',
      'IMPORT_RECORD_TOO_LONG',
      `The record starting on line ${line} is longer than 1,000,000 characters` +
        (format === 'csv' ? ' (an unclosed quote?)' : ' (a missing newline?)'),
      [{ field: `line ${line}`, message: 'record longer than 1,000,000 characters' }],
    ),
  unsupportedFormat: (contentType: string) =>
    new DomainError(
      'invalid',
      'IMPORT_FORMAT_UNSUPPORTED',
      `Send text/csv or application/x-ndjson, not ${contentType}`,
      [{ field: 'content-type', message: 'must be text/csv or application/x-ndjson' }],
    ),
};
