import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person } from '../../../people/contract';
import type { Membership } from '../../../bodies/contract';
import { api, qs } from '../../api';
import type { Page } from '../organisations/queries';

export const personKeys = {
  all: ['people'] as const,
  list: (p: object) => ['people', 'list', p] as const,
  one: (id: string) => ['people', id] as const,
};

export function usePeople(f: { q?: string; organisationId?: string; status?: string } = {}) {
  return useQuery({
    queryKey: personKeys.list(f),
    queryFn: () => api.get<Page<Person>>(`/api/people${qs({ limit: 500, ...f })}`),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: personKeys.one(id), queryFn: () => api.get<Person>(`/api/people/${id}`) });
}

export function useMemberships(personId: string) {
  return useQuery({
    queryKey: [...personKeys.one(personId), 'memberships'],
    queryFn: () => api.get<Membership[]>(`/api/people/${personId}/memberships`),
  });
}
