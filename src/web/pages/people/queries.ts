import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CreatePerson, Person, PersonPage, UpdatePerson } from '../../../people/contract';
import type { Membership } from '../../../bodies/contract';
import { call, client } from '../../api/client';

export const personKeys = {
  all: ['people'] as const,
  list: (p: object) => ['people', 'list', p] as const,
  one: (id: string) => ['people', id] as const,
};

type Status = 'active' | 'archived' | 'all';

/** The people API as typed functions. */
export const peopleApi = {
  list: (f: { q?: string; organisationId?: string; status?: string }): Promise<PersonPage> =>
    call(
      client.GET('/api/people', {
        params: {
          query: {
            limit: 500,
            q: f.q || undefined,
            organisationId: f.organisationId || undefined,
            status: (f.status || undefined) as Status | undefined,
          },
        },
      }),
    ),
  get: (id: string): Promise<Person> => call(client.GET('/api/people/{id}', { params: { path: { id } } })),
  create: (body: CreatePerson): Promise<Person> => call(client.POST('/api/people', { body })),
  update: (id: string, body: UpdatePerson): Promise<Person> =>
    call(client.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
  archive: (p: Person): Promise<Person> => {
    const request = { params: { path: { id: p.id } }, body: { version: p.version } };
    return call(
      p.archived ? client.POST('/api/people/{id}/restore', request) : client.POST('/api/people/{id}/archive', request),
    );
  },
  history: (id: string) => call(client.GET('/api/people/{id}/audit', { params: { path: { id } } })),
  memberships: (id: string): Promise<Membership[]> =>
    call(client.GET('/api/people/{id}/memberships', { params: { path: { id } } })),
};

export function usePeople(f: { q?: string; organisationId?: string; status?: string } = {}) {
  return useQuery({
    queryKey: personKeys.list(f),
    queryFn: () => peopleApi.list(f),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: personKeys.one(id), queryFn: () => peopleApi.get(id) });
}

export function useMemberships(personId: string) {
  return useQuery({
    queryKey: [...personKeys.one(personId), 'memberships'],
    queryFn: () => peopleApi.memberships(personId),
  });
}
