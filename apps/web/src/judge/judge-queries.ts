import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type WorkloadItem = components['schemas']['WorkloadItemResponseDto'];
export type AssignmentDossier = components['schemas']['AssignmentDossierResponseDto'];
export type Campaign = components['schemas']['CampaignResponseDto'];

export const workloadKey = ['judge', 'workload'] as const;
export const assignmentKey = (id: string) => ['judge', 'assignment', id] as const;

/** My active assignments in rounds that are open or later. */
export function useWorkload() {
  return useQuery({
    queryKey: workloadKey,
    queryFn: () => unwrap(api.GET('/judging/assignments')),
  });
}

/** One assignment: the dossier, the rubric, my sheet and my attachments (404 once I am conflicted). */
export function useAssignment(assignmentId: string) {
  return useQuery({
    queryKey: assignmentKey(assignmentId),
    queryFn: () =>
      unwrap(api.GET('/judging/assignments/{assignmentId}', { params: { path: { assignmentId } } })),
  });
}

/** Industries, organisation types and business types with their names: they change with a release, not a session. */
export function useReferenceData() {
  return useQuery({
    queryKey: ['reference-data'],
    queryFn: () => unwrap(api.GET('/reference-data')),
    staleTime: Infinity,
  });
}

/** The campaigns of my rounds, for their names and time zones (deadlines read in the campaign's zone). */
export function useCampaigns(ids: string[]): Map<string, Campaign> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['campaign', id],
      queryFn: () => unwrap(api.GET('/campaigns/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const found = new Map<string, Campaign>();
  results.forEach((r) => {
    if (r.data) found.set(r.data.id, r.data);
  });
  return found;
}

export function useCampaign(id: string | undefined): Campaign | undefined {
  return useCampaigns(id ? [id] : []).get(id ?? '');
}
