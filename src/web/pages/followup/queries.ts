import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Cycle,
  CycleCompilation,
  CycleSummary,
  Feedback,
  Milestone,
  ActivityReport,
} from '../../../followup/contract';
import { api, ApiError, request } from '../../api';

export type { ActivityReport, Cycle, CycleCompilation, CycleSummary, Feedback, Milestone };

export const followupKeys = {
  all: ['followup'] as const,
  list: ['followup', 'list'] as const,
  one: (id: string) => ['followup', id] as const,
  compilation: (id: string) => ['followup', id, 'compilation'] as const,
};

export const useCycles = () =>
  useQuery({
    queryKey: followupKeys.list,
    queryFn: async () => (await api.get<{ items: CycleSummary[] }>('/api/followup-cycles')).items,
  });
export const useCycle = (id: string) =>
  useQuery({
    queryKey: followupKeys.one(id),
    queryFn: () => api.get<Cycle>(`/api/followup-cycles/${id}`),
    enabled: !!id,
  });
export const useCycleCompilation = (id: string) =>
  useQuery({
    queryKey: followupKeys.compilation(id),
    queryFn: () => api.get<CycleCompilation>(`/api/followup-cycles/${id}/compilation`),
  });

export interface Call {
  method: 'POST' | 'PATCH' | 'PUT';
  path: string;
  body: unknown;
}

/**
 * Every change to a cycle answers with the whole cycle: it replaces the cached one, and what is
 * derived from it (the list, the compilation, the history) is fetched again.
 */
export function useCycleMutation(
  id: string,
  opts: { onSaved?: (c: Cycle) => void; onError?: (err: unknown) => void } = {},
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Call) => request<Cycle>(c.method, `/api/followup-cycles/${id}${c.path}`, c.body),
    onSuccess: async (c) => {
      qc.setQueryData(followupKeys.one(id), c);
      opts.onSaved?.(c);
      await qc.invalidateQueries({
        queryKey: followupKeys.all,
        predicate: (q) => q.queryKey[1] !== id || q.queryKey.length > 2,
      });
    },
    onError: (err) => opts.onError?.(err),
  });
}

/**
 * After a 409 record.stale: the part of the cycle as someone else saved it, fetched anew in the
 * contract's shape (the error's own `current` is the stored row, or nothing when two people saved a
 * first version at once). Null when the error is something else.
 */
export function useStale(id: string) {
  const qc = useQueryClient();
  return async <T>(err: unknown, pick: (c: Cycle) => T | undefined): Promise<T | null> => {
    if (!(err instanceof ApiError) || err.code !== 'record.stale') return null;
    try {
      const c = await qc.fetchQuery({
        queryKey: followupKeys.one(id),
        queryFn: () => api.get<Cycle>(`/api/followup-cycles/${id}`),
        staleTime: 0,
      });
      return pick(c) ?? null;
    } catch {
      return null;
    }
  };
}
