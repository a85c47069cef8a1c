import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Agreement, IndexSeries, OverviewRow, PaymentPlan, Template } from '../../../agreements/contract';
import type { Organisation } from '../../../organisations/contract';
import { api, qs } from '../../api';
import type { Page } from '../organisations/queries';

export type Overview = z.infer<typeof OverviewRow>;
export type Series = z.infer<typeof IndexSeries>;
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

export const useAgreements = () =>
  useQuery({ queryKey: agreementKeys.list, queryFn: () => api.get<Overview[]>('/api/agreements') });
export const useAgreement = (id: string) =>
  useQuery({
    queryKey: agreementKeys.one(id),
    queryFn: () => api.get<Agreement>(`/api/agreements/${id}`),
    enabled: !!id,
  });
/** The plan's rule text comes in the user's language. */
export const usePlan = (id: string, from: number, to: number, lang: string) =>
  useQuery({
    queryKey: agreementKeys.plan(id, from, to, lang),
    queryFn: () => api.get<PaymentPlan>(`/api/agreements/${id}/plan${qs({ from, to, lang })}`),
  });

export const useTemplates = () =>
  useQuery({ queryKey: templateKeys.all, queryFn: () => api.get<Template[]>('/api/agreement-templates') });
export const useTemplate = (id: string) =>
  useQuery({
    queryKey: templateKeys.one(id),
    queryFn: () => api.get<Template>(`/api/agreement-templates/${id}`),
    enabled: !!id,
  });

export const useIndexSeries = () =>
  useQuery({ queryKey: seriesKeys.all, queryFn: () => api.get<Series[]>('/api/index-series') });

/** The county's active municipalities, by name, with their populations (for issuing a template). */
export const useMunicipalities = () =>
  useQuery({
    queryKey: ['organisations', 'list', { type: 'municipality', status: 'active', limit: 500 }],
    queryFn: () =>
      api.get<Page<Organisation>>(`/api/organisations${qs({ type: 'municipality', status: 'active', limit: 500 })}`),
  });
