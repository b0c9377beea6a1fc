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
