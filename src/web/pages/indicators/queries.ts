import { useQuery } from '@tanstack/react-query';
import type {
  CreateIndicator,
  CreateIndicatorSet,
  IndicatorPage,
  IndicatorSet,
  IndicatorSetSummary,
  IndicatorSummary,
  LinkedIndicators,
  UpdateIndicator,
  UpdateIndicatorSet,
} from '../../../statistics/indicators-contract';
import { call, client } from '../../api/client';

export type { IndicatorPage, IndicatorSet, IndicatorSetSummary, IndicatorSummary };

export const indicatorKeys = {
  all: ['indicators'] as const,
  sets: (archived: string) => ['indicators', 'sets', archived] as const,
  set: (id: string) => ['indicators', 'set', id] as const,
  one: (id: string) => ['indicators', 'one', id] as const,
  linked: (ids: readonly string[] | null) => ['indicators', 'linked', ids ? [...ids].sort().join(',') : '*'] as const,
};

export const indicatorLinks = {
  list: '/indicators',
  create: () => '/indicators/new',
  set: (id: string) => `/indicators/sets/${id}`,
  editSet: (id: string) => `/indicators/sets/${id}/edit`,
  addIndicator: (setId: string) => `/indicators/sets/${setId}/add`,
  indicator: (id: string) => `/indicators/${id}`,
  editIndicator: (id: string) => `/indicators/${id}/edit`,
};

const path = (id: string) => ({ params: { path: { id } } });

/** The indicator sets API as typed functions. */
export const indicatorsApi = {
  sets: (archived: 'active' | 'archived' | 'all' = 'active') =>
    call(client.GET('/api/statistics/indicator-sets', { params: { query: { archived } } })),
  set: (id: string): Promise<IndicatorSet> => call(client.GET('/api/statistics/indicator-sets/{id}', path(id))),
  createSet: (body: CreateIndicatorSet): Promise<IndicatorSet> =>
    call(client.POST('/api/statistics/indicator-sets', { body })),
  updateSet: (id: string, body: UpdateIndicatorSet): Promise<IndicatorSet> =>
    call(client.PATCH('/api/statistics/indicator-sets/{id}', { ...path(id), body })),
  archiveSet: (s: IndicatorSet): Promise<IndicatorSet> => {
    const request = { ...path(s.id), body: { version: s.version } };
    return call(
      s.archived
        ? client.POST('/api/statistics/indicator-sets/{id}/restore', request)
        : client.POST('/api/statistics/indicator-sets/{id}/archive', request),
    );
  },
  addIndicator: (setId: string, body: CreateIndicator): Promise<IndicatorPage> =>
    call(client.POST('/api/statistics/indicator-sets/{id}/indicators', { ...path(setId), body })),
  indicator: (id: string): Promise<IndicatorPage> => call(client.GET('/api/statistics/indicators/{id}', path(id))),
  updateIndicator: (id: string, body: UpdateIndicator): Promise<IndicatorPage> =>
    call(client.PATCH('/api/statistics/indicators/{id}', { ...path(id), body })),
  removeIndicator: (i: { id: string; version: number }): Promise<IndicatorSet> =>
    call(client.POST('/api/statistics/indicators/{id}/remove', { ...path(i.id), body: { version: i.version } })),
  linked: (goalItemIds: readonly string[] | null): Promise<LinkedIndicators> =>
    call(
      client.GET('/api/statistics/indicators', {
        params: { query: { goalItemIds: goalItemIds ? goalItemIds.join(',') : undefined } },
      }),
    ),
  history: (id: string) => call(client.GET('/api/statistics/indicator-sets/{id}/audit', path(id))),
};

export function useIndicatorSets() {
  return useQuery({ queryKey: indicatorKeys.sets('active'), queryFn: () => indicatorsApi.sets('active') });
}
export function useIndicatorSet(id: string) {
  return useQuery({ queryKey: indicatorKeys.set(id), queryFn: () => indicatorsApi.set(id) });
}
export function useIndicator(id: string) {
  return useQuery({ queryKey: indicatorKeys.one(id), queryFn: () => indicatorsApi.indicator(id) });
}
/** The indicators linked to these goal items (an empty list: nothing fetched; null: all of the county's). */
export function useLinkedIndicators(goalItemIds: readonly string[] | null) {
  return useQuery({
    queryKey: indicatorKeys.linked(goalItemIds),
    queryFn: () => indicatorsApi.linked(goalItemIds),
    enabled: goalItemIds === null || goalItemIds.length > 0,
  });
}
