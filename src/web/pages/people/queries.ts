import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person, UpdatePerson } from '../../../people/contract';
import type { Membership } from '../../../bodies/contract';
import { call, client } from '../../api/client';
import type { Page } from '../organisations/queries';

export const personKeys = {
  all: ['people'] as const,
  list: (p: object) => ['people', 'list', p] as const,
  one: (id: string) => ['people', id] as const,
};

/** The people API as typed functions. */
export const peopleApi = {
  update: (id: string, body: UpdatePerson): Promise<Person> =>
    call(client.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
};

export function usePeople(f: { q?: string; organisationId?: string; status?: string } = {}) {
  return useQuery({
    queryKey: personKeys.list(f),
    queryFn: (): Promise<Page<Person>> =>
      call(
        client.GET('/api/people', {
          params: {
            query: {
              limit: 500,
              q: f.q || undefined,
              organisationId: f.organisationId || undefined,
              status: (f.status || undefined) as 'active' | 'archived' | 'all' | undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKeys.one(id),
    queryFn: (): Promise<Person> => call(client.GET('/api/people/{id}', { params: { path: { id } } })),
  });
}

export function useMemberships(personId: string) {
  return useQuery({
    queryKey: [...personKeys.one(personId), 'memberships'],
    queryFn: (): Promise<Membership[]> =>
      call(client.GET('/api/people/{id}/memberships', { params: { path: { id: personId } } })),
  });
}
