import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Body, BodyPage, bodyTypes } from '../../../bodies/contract';
import { call, client } from '../../api/client';

export const bodyKeys = {
  all: ['bodies'] as const,
  list: (p: object) => ['bodies', 'list', p] as const,
  one: (id: string) => ['bodies', id] as const,
};

export function useBodies(f: { q?: string; type?: string; status?: string; organisationId?: string } = {}) {
  return useQuery({
    queryKey: bodyKeys.list(f),
    queryFn: (): Promise<BodyPage> =>
      call(
        client.GET('/api/bodies', {
          params: {
            query: {
              limit: 500,
              q: f.q || undefined,
              type: (f.type || undefined) as (typeof bodyTypes)[number] | undefined,
              organisationId: f.organisationId || undefined,
              status: (f.status || undefined) as 'active' | 'archived' | 'all' | undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useBody(id: string) {
  return useQuery({
    queryKey: bodyKeys.one(id),
    queryFn: (): Promise<Body> => call(client.GET('/api/bodies/{id}', { params: { path: { id } } })),
  });
}
