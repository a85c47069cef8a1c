import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CreateOrganisation,
  Organisation,
  OrganisationPage,
  OrganisationType,
  UpdateOrganisation,
} from '../../../organisations/contract';
import { call, client } from '../../api/client';

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

/** The organisations API as typed functions (the paths and shapes come from the OpenAPI document). */
export const organisationsApi = {
  list: (f: OrganisationFilter): Promise<OrganisationPage> =>
    call(
      client.GET('/api/organisations', {
        params: { query: { limit: 500, ...f, q: f.q || undefined, type: f.type || undefined } },
      }),
    ),
  get: (id: string): Promise<Organisation> => call(client.GET('/api/organisations/{id}', { params: { path: { id } } })),
  create: (body: CreateOrganisation): Promise<Organisation> => call(client.POST('/api/organisations', { body })),
  update: (id: string, body: UpdateOrganisation): Promise<Organisation> =>
    call(client.PATCH('/api/organisations/{id}', { params: { path: { id } }, body })),
  history: (id: string) => call(client.GET('/api/organisations/{id}/audit', { params: { path: { id } } })),
  archive: (o: Organisation): Promise<Organisation> =>
    call(
      o.archived
        ? client.POST('/api/organisations/{id}/restore', {
            params: { path: { id: o.id } },
            body: { version: o.version },
          })
        : client.POST('/api/organisations/{id}/archive', {
            params: { path: { id: o.id } },
            body: { version: o.version },
          }),
    ),
};

export function useOrganisations(f: OrganisationFilter = {}) {
  return useQuery({
    queryKey: organisationKeys.list(f),
    queryFn: () => organisationsApi.list(f),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationKeys.one(id), queryFn: () => organisationsApi.get(id) });
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
