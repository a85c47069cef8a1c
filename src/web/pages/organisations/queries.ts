import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Organisation, OrganisationType } from '../../../organisations/contract';
import { api, qs } from '../../api';

export interface Page<T> {
  items: T[];
  total: number;
}

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (p: object) => ['organisations', 'list', p] as const,
  one: (id: string) => ['organisations', id] as const,
};

export interface OrganisationFilter {
  q?: string;
  type?: OrganisationType | '';
  status?: 'active' | 'archived' | 'all';
  limit?: number;
}

export function useOrganisations(f: OrganisationFilter = {}) {
  return useQuery({
    queryKey: organisationKeys.list(f),
    queryFn: () => api.get<Page<Organisation>>(`/api/organisations${qs({ limit: 500, ...f })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: () => api.get<Organisation>(`/api/organisations/${id}`),
  });
}

/** Organisation choices for selects (active ones, by name). */
export function useOrganisationOptions() {
  const q = useOrganisations({ status: 'active' });
  return (q.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
}

export function latestPopulation(o: Organisation): number | null {
  if (!o.populations.length) return null;
  return [...o.populations].sort((a, b) => b.year - a.year)[0].population;
}
