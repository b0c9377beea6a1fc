import { DomainError, FieldProblem } from '@app/common';

export const AwardErrors = {
  categoryNotFound: (id: string) =>
    new DomainError('not-found', 'CATEGORY_NOT_FOUND', `No award category ${id} in this campaign`),
  notDeciding: (state: string) =>
    new DomainError(
      'conflict',
      'CAMPAIGN_NOT_DECIDING',
      `Winners are confirmed while the campaign is deciding (it is ${state})`,
    ),
  evidenceChanged: (seen: string, now: string) =>
    new DomainError(
      'conflict',
      'EVIDENCE_CHANGED',
      `The proposal changed since you read it (evidence ${seen.slice(0, 12)}…, now ${now.slice(0, 12)}…); read it again`,
      [{ field: 'evidenceHash', message: 'is not the current proposal’s evidence hash' }],
    ),
  invalidDecision: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'DECISION_INVALID',
      `Invalid: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    ),
  notReady: (reasons: string[]) =>
    new DomainError('conflict', 'ANNOUNCEMENT_REFUSED', `Announcement refused: ${reasons.join('; ')}`),
  /** The same answer for an unknown campaign and one not yet announced: the public learns nothing. */
  notPublished: () =>
    new DomainError('not-found', 'NOT_PUBLISHED', 'Nothing has been announced at this address'),
  certificateNotFound: () =>
    new DomainError(
      'not-found',
      'CERTIFICATE_NOT_FOUND',
      'No certificate has this code: it was not issued by Care Awards',
    ),
};
