import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Body, BodySummary } from '../../../bodies/contract';
import { api, qs } from '../../api';
import type { Page } from '../organisations/queries';

export const bodyKeys = {
  all: ['bodies'] as const,
  list: (p: object) => ['bodies', 'list', p] as const,
  one: (id: string) => ['bodies', id] as const,
};

export function useBodies(f: { q?: string; type?: string; status?: string; organisationId?: string } = {}) {
  return useQuery({
    queryKey: bodyKeys.list(f),
    queryFn: () => api.get<Page<BodySummary>>(`/api/bodies${qs({ limit: 500, ...f })}`),
    placeholderData: keepPreviousData,
  });
}

export function useBody(id: string) {
  return useQuery({ queryKey: bodyKeys.one(id), queryFn: () => api.get<Body>(`/api/bodies/${id}`) });
}
