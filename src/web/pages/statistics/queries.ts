import { useQuery } from '@tanstack/react-query';
import type { CountyKpi, MapShapes, SeriesAnswer, StatisticsSource, ValuesAnswer } from '../../../statistics/contract';
import { call, client } from '../../api/client';
import { currentLocale } from '../../i18n';

export type { CountyKpi, MapShapes, SeriesAnswer, ValuesAnswer };
export type MapMode = 'value' | 'ratio';
/** A stored KPI as the picture asks for it: its source and its id there. */
export type KpiRef = { source: StatisticsSource; id: string };
/** One key per KPI across the sources (an SCB and an upload id may look alike). */
export const kpiKey = (k: KpiRef) => `${k.source}:${k.id}`;

/** The county's picture through the typed client: the KPIs stored, a year's figures, a series and the map's shapes. */
export const statisticsApi = {
  countyKpis: (): Promise<{ items: CountyKpi[] }> => call(client.GET('/api/statistics/county-kpis')),
  values: (kpi: KpiRef, year: number): Promise<ValuesAnswer> =>
    call(client.GET('/api/statistics/values', { params: { query: { kpi: kpi.id, source: kpi.source, year } } })),
  series: (kpi: KpiRef, area: string): Promise<SeriesAnswer> =>
    call(client.GET('/api/statistics/series', { params: { query: { kpi: kpi.id, source: kpi.source, area } } })),
  mapShapes: (): Promise<MapShapes> => call(client.GET('/api/statistics/map-shapes')),
};

export const statisticsKeys = {
  all: ['statistics'] as const,
  countyKpis: ['statistics', 'county-kpis'] as const,
  values: (kpi: string, year: number) => ['statistics', 'values', kpi, year] as const,
  series: (kpi: string, area: string) => ['statistics', 'series', kpi, area] as const,
  mapShapes: ['statistics', 'map-shapes'] as const,
};

export const useCountyKpis = () => useQuery({ queryKey: statisticsKeys.countyKpis, queryFn: statisticsApi.countyKpis });
export const useValues = (kpi: KpiRef | null, year: number | null) =>
  useQuery({
    queryKey: statisticsKeys.values(kpi ? kpiKey(kpi) : '', year ?? 0),
    queryFn: () => statisticsApi.values(kpi!, year!),
    enabled: !!kpi && !!year,
  });
export const useSeries = (kpi: KpiRef | null, area: string | null) =>
  useQuery({
    queryKey: statisticsKeys.series(kpi ? kpiKey(kpi) : '', area ?? ''),
    queryFn: () => statisticsApi.series(kpi!, area!),
    enabled: !!kpi && !!area,
  });
export const useMapShapes = () =>
  useQuery({ queryKey: statisticsKeys.mapShapes, queryFn: statisticsApi.mapShapes, staleTime: Infinity });

/** The picture as a file (a plain link; the session cookie authenticates it), in the user's language. */
export const statisticsPaths = {
  picture: (kpi: KpiRef, year: number, mode: MapMode, format: 'docx' | 'pdf') =>
    `/api/statistics/picture?${new URLSearchParams({ kpi: kpi.id, source: kpi.source, year: String(year), mode, format, lang: currentLocale() === 'en' ? 'en' : 'sv' })}`,
};
