import { useQuery } from '@tanstack/react-query';
import type {
  Agreement,
  IndexSeries,
  IndexSeriesPage,
  OverviewPage,
  OverviewRow,
  PaymentPlan,
  Template,
  TemplatePage,
} from '../../../agreements/contract';
import type { Organisation } from '../../../organisations/contract';
import { call, client } from '../../api/client';
import type { Page } from '../organisations/queries';

export type Overview = OverviewRow;
export type Series = IndexSeries;
export type { Agreement, PaymentPlan, Template };

export const agreementKeys = {
  all: ['agreements'] as const,
  list: ['agreements', 'list'] as const,
  one: (id: string) => ['agreements', id] as const,
  plan: (id: string, from: number, to: number, lang: string) => ['agreements', id, 'plan', from, to, lang] as const,
};
export const templateKeys = {
  all: ['agreement-templates'] as const,
  one: (id: string) => ['agreement-templates', id] as const,
};
export const seriesKeys = { all: ['index-series'] as const };

/** The agreements API as typed functions (paths and shapes from the OpenAPI document). */
export const agreementsApi = {
  list: (): Promise<OverviewPage> => call(client.GET('/api/agreements')),
  get: (id: string): Promise<Agreement> => call(client.GET('/api/agreements/{id}', { params: { path: { id } } })),
  plan: (id: string, from: number, to: number, lang: 'sv' | 'en'): Promise<PaymentPlan> =>
    call(client.GET('/api/agreements/{id}/plan', { params: { path: { id }, query: { from, to, lang } } })),
  templates: (): Promise<TemplatePage> => call(client.GET('/api/agreement-templates')),
  template: (id: string): Promise<Template> =>
    call(client.GET('/api/agreement-templates/{id}', { params: { path: { id } } })),
  series: (): Promise<IndexSeriesPage> => call(client.GET('/api/index-series')),
  municipalities: (): Promise<Page<Organisation>> =>
    call(
      client.GET('/api/organisations', { params: { query: { type: 'municipality', status: 'active', limit: 500 } } }),
    ),
};

/** The county's agreements with whether the person may issue new ones. */
export const useAgreementPage = () => useQuery({ queryKey: agreementKeys.list, queryFn: agreementsApi.list });
export const useAgreements = () =>
  useQuery({ queryKey: agreementKeys.list, queryFn: agreementsApi.list, select: (p) => p.items });
export const useAgreement = (id: string) =>
  useQuery({ queryKey: agreementKeys.one(id), queryFn: () => agreementsApi.get(id), enabled: !!id });
/** The plan's rule text comes in the user's language. */
export const usePlan = (id: string, from: number, to: number, lang: string) =>
  useQuery({
    queryKey: agreementKeys.plan(id, from, to, lang),
    queryFn: () => agreementsApi.plan(id, from, to, lang === 'en' ? 'en' : 'sv'),
  });

export const useTemplatePage = () => useQuery({ queryKey: templateKeys.all, queryFn: agreementsApi.templates });
export const useTemplates = () =>
  useQuery({ queryKey: templateKeys.all, queryFn: agreementsApi.templates, select: (p) => p.items });
export const useTemplate = (id: string) =>
  useQuery({ queryKey: templateKeys.one(id), queryFn: () => agreementsApi.template(id), enabled: !!id });

export const useIndexSeriesPage = () => useQuery({ queryKey: seriesKeys.all, queryFn: agreementsApi.series });
export const useIndexSeries = () =>
  useQuery({ queryKey: seriesKeys.all, queryFn: agreementsApi.series, select: (p) => p.items });

/** The county's active municipalities, by name, with their populations (for issuing a template). */
export const useMunicipalities = () =>
  useQuery({
    queryKey: ['organisations', 'list', { type: 'municipality', status: 'active', limit: 500 }],
    queryFn: agreementsApi.municipalities,
  });
