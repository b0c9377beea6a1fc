import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** Every query of one round shares this key's prefix, so an action refreshes everything it may change. */
export const roundKey = (roundId: string, part: string) => ['round', roundId, part];

export function useRound(roundId: string) {
  return useQuery({
    queryKey: roundKey(roundId, 'round'),
    queryFn: () => unwrap(api.GET('/rounds/{roundId}', { params: { path: { roundId } } })),
  });
}

export function useEntrants(roundId: string) {
  return useQuery({
    queryKey: roundKey(roundId, 'entrants'),
    queryFn: () => unwrap(api.GET('/rounds/{roundId}/entrants', { params: { path: { roundId } } })),
  });
}

export function usePanel(roundId: string) {
  return useQuery({
    queryKey: roundKey(roundId, 'panel'),
    queryFn: () => unwrap(api.GET('/rounds/{roundId}/panel', { params: { path: { roundId } } })),
  });
}

/** A round action: on success every part of the round is read again. */
export function useRoundAction<T, R>(roundId: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['round', roundId] }),
  });
}
