import { DomainError, FieldProblem } from '@app/common';

export const CampaignErrors = {
  notFound: (id: string) =>
    new DomainError('not-found', 'CAMPAIGN_NOT_FOUND', `No campaign ${id} visible to you`),
  slugTaken: (slug: string) =>
    new DomainError('conflict', 'SLUG_TAKEN', `A campaign with slug ${slug} already exists`, [
      { field: 'slug', message: 'is already used by another campaign' },
    ]),
  invalid: (problems: FieldProblem[]) =>
    new DomainError(
      'invalid',
      'CAMPAIGN_INVALID',
      `Invalid: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    ),
  transitionRefused: (reasons: string[]) =>
    new DomainError('conflict', 'TRANSITION_REFUSED', `Transition refused: ${reasons.join('; ')}`),
  frozen: (reason: string) => new DomainError('conflict', 'CAMPAIGN_SECTION_FROZEN', reason),
};
