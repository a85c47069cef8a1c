import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Cycle,
  CycleCompilation,
  CyclePage,
  CycleSummary,
  Feedback,
  Milestone,
  ActivityReport,
} from '../../../followup/contract';
import { ApiError, request } from '../../api';
import { call, client } from '../../api/client';

export type { ActivityReport, Cycle, CycleCompilation, CyclePage, CycleSummary, Feedback, Milestone };

/** The follow-up's reads as typed functions (paths and shapes from the OpenAPI document). */
export const followupApi = {
  list: (): Promise<CyclePage> => call(client.GET('/api/followup-cycles')),
  get: (id: string): Promise<Cycle> => call(client.GET('/api/followup-cycles/{id}', { params: { path: { id } } })),
  compilation: (id: string): Promise<CycleCompilation> =>
    call(client.GET('/api/followup-cycles/{id}/compilation', { params: { path: { id } } })),
};

export const followupKeys = {
  all: ['followup'] as const,
  list: ['followup', 'list'] as const,
  one: (id: string) => ['followup', id] as const,
  compilation: (id: string) => ['followup', id, 'compilation'] as const,
};

export const useCycles = () => useQuery({ queryKey: followupKeys.list, queryFn: followupApi.list });
export const useCycle = (id: string) =>
  useQuery({
    queryKey: followupKeys.one(id),
    queryFn: () => followupApi.get(id),
    enabled: !!id,
  });
export const useCycleCompilation = (id: string) =>
  useQuery({
    queryKey: followupKeys.compilation(id),
    queryFn: () => followupApi.compilation(id),
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
        queryFn: () => followupApi.get(id),
        staleTime: 0,
      });
      return pick(c) ?? null;
    } catch {
      return null;
    }
  };
}
