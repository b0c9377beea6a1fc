import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const rubricsKey = ['rubrics'] as const;
export const rubricKey = (id: string) => ['rubric', id] as const;

export const useRubrics = () =>
  useQuery({ queryKey: rubricsKey, queryFn: () => unwrap(api.GET('/rubrics')) });

/** A rubric with all its versions (the latest last). */
export const useRubric = (id: string) =>
  useQuery({
    queryKey: rubricKey(id),
    enabled: id !== '',
    queryFn: () => unwrap(api.GET('/rubrics/{rubricId}', { params: { path: { rubricId: id } } })),
  });
