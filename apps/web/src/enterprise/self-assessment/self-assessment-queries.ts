import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type SelfAssessment = components['schemas']['SelfAssessmentResponseDto'];

export const selfAssessmentsKey = (enterpriseId: string) =>
  ['enterprise', 'self-assessments', enterpriseId] as const;

/** The rounds that ask this enterprise to assess itself, each with its rubric and the sheet so far. */
export function useSelfAssessments(enterpriseId: string | undefined) {
  return useQuery({
    queryKey: selfAssessmentsKey(enterpriseId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/enterprises/{enterpriseId}/self-assessments', {
          params: { path: { enterpriseId: enterpriseId ?? '' } },
        }),
      ),
    enabled: !!enterpriseId,
  });
}

export type SelfAssessmentState = 'todo' | 'draft' | 'submitted' | 'closed';

/** Where a self-assessment stands for its entrant: what there is to do, if anything. */
export function selfAssessmentState(s: SelfAssessment): SelfAssessmentState {
  const sheet = s.sheet.sheet;
  if (sheet?.state === 'submitted') return 'submitted';
  if (s.round.state !== 'open') return 'closed';
  return sheet ? 'draft' : 'todo';
}
