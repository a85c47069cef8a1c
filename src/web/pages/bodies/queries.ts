import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AddMember,
  Body,
  BodyPage,
  bodyTypes,
  CreateBody,
  UpdateBody,
  UpdateMember,
} from '../../../bodies/contract';
import { call, client } from '../../api/client';

export const bodyKeys = {
  all: ['bodies'] as const,
  list: (p: object) => ['bodies', 'list', p] as const,
  one: (id: string) => ['bodies', id] as const,
};

export interface BodyFilter {
  q?: string;
  type?: string;
  status?: string;
  organisationId?: string;
}

/** The bodies API as typed functions. */
export const bodiesApi = {
  list: (f: BodyFilter): Promise<BodyPage> =>
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
  get: (id: string): Promise<Body> => call(client.GET('/api/bodies/{id}', { params: { path: { id } } })),
  create: (body: CreateBody): Promise<Body> => call(client.POST('/api/bodies', { body })),
  update: (id: string, body: UpdateBody): Promise<Body> =>
    call(client.PATCH('/api/bodies/{id}', { params: { path: { id } }, body })),
  archive: (b: Body): Promise<Body> => {
    const request = { params: { path: { id: b.id } }, body: { version: b.version } };
    return call(
      b.archived ? client.POST('/api/bodies/{id}/restore', request) : client.POST('/api/bodies/{id}/archive', request),
    );
  },
  history: (id: string) => call(client.GET('/api/bodies/{id}/audit', { params: { path: { id } } })),
  addMember: (id: string, body: AddMember): Promise<Body> =>
    call(client.POST('/api/bodies/{id}/members', { params: { path: { id } }, body })),
  updateMember: (id: string, membershipId: string, body: UpdateMember): Promise<Body> =>
    call(client.PATCH('/api/bodies/{id}/members/{membershipId}', { params: { path: { id, membershipId } }, body })),
};

export function useBodies(f: BodyFilter = {}) {
  return useQuery({ queryKey: bodyKeys.list(f), queryFn: () => bodiesApi.list(f), placeholderData: keepPreviousData });
}

export function useBody(id: string) {
  return useQuery({ queryKey: bodyKeys.one(id), queryFn: () => bodiesApi.get(id) });
}
