import { useQuery } from '@tanstack/react-query';
import type {
  Agreement,
  ContactInput,
  CreateIndexSeries,
  IndexSeries,
  IssueTemplate,
  NewTemplateVersion,
  NoticeInput,
  OpenDispute,
  SetIndexValue,
  SettleDispute,
  Sign,
  SubAgreementInput,
  TermsInput,
  UpdateAgreement,
  UpdateTemplate,
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
export const seriesKeys = { all: ['index-series'] as const, one: (id: string) => ['index-series', id] as const };

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
  update: (id: string, body: UpdateAgreement): Promise<Agreement> =>
    call(client.PATCH('/api/agreements/{id}', { params: { path: { id } }, body })),
  sign: (id: string, party: 'issuer' | 'party', body: Sign): Promise<Agreement> =>
    call(client.PUT('/api/agreements/{id}/signatures/{party}', { params: { path: { id, party } }, body })),
  addContact: (id: string, body: ContactInput): Promise<Agreement> =>
    call(client.POST('/api/agreements/{id}/contacts', { params: { path: { id } }, body })),
  registerNotice: (id: string, body: NoticeInput): Promise<Agreement> =>
    call(client.POST('/api/agreements/{id}/notices', { params: { path: { id } }, body })),
  openDispute: (id: string, body: OpenDispute): Promise<Agreement> =>
    call(client.POST('/api/agreements/{id}/disputes', { params: { path: { id } }, body })),
  settleDispute: (id: string, disputeId: string, body: SettleDispute): Promise<Agreement> =>
    call(
      client.POST('/api/agreements/{id}/disputes/{disputeId}/settle', { params: { path: { id, disputeId } }, body }),
    ),
  addSubAgreement: (id: string, body: SubAgreementInput): Promise<Agreement> =>
    call(client.POST('/api/agreements/{id}/sub-agreements', { params: { path: { id } }, body })),
  createTemplate: (terms: TermsInput): Promise<Template> =>
    call(client.POST('/api/agreement-templates', { body: { terms } })),
  updateTemplate: (id: string, body: UpdateTemplate): Promise<Template> =>
    call(client.PUT('/api/agreement-templates/{id}', { params: { path: { id } }, body })),
  newTemplateVersion: (id: string, body: NewTemplateVersion): Promise<Template> =>
    call(client.POST('/api/agreement-templates/{id}/versions', { params: { path: { id } }, body })),
  issueTemplate: (id: string, body: IssueTemplate): Promise<Agreement[]> =>
    call(client.POST('/api/agreement-templates/{id}/issue', { params: { path: { id } }, body })),
  createSeries: (body: CreateIndexSeries): Promise<Series> => call(client.POST('/api/index-series', { body })),
  setIndexValue: (id: string, year: number, body: SetIndexValue): Promise<Series> =>
    call(client.PUT('/api/index-series/{id}/values/{year}', { params: { path: { id, year } }, body })),
  history: (id: string) => call(client.GET('/api/agreements/{id}/audit', { params: { path: { id } } })),
  templateHistory: (id: string) =>
    call(client.GET('/api/agreement-templates/{id}/audit', { params: { path: { id } } })),
  seriesHistory: (id: string) => call(client.GET('/api/index-series/{id}/audit', { params: { path: { id } } })),
  municipalities: (): Promise<Page<Organisation>> =>
    call(
      client.GET('/api/organisations', { params: { query: { type: 'municipality', status: 'active', limit: 500 } } }),
    ),
};

/** The pages of agreements, templates and index series in the web app (links, not API calls). */
export const agreementLinks = {
  list: '/agreements',
  agreement: (id: string) => `/agreements/${id}`,
  templates: '/agreement-templates',
  newTemplate: '/agreement-templates/new',
  template: (id: string) => `/agreement-templates/${id}`,
  seriesList: '/index-series',
  series: (id: string) => `/index-series/${id}`,
};

/** Where the browser downloads an agreement's payment plan as a file (a link, not a fetch). */
export const planDownload = (id: string, format: 'xlsx' | 'csv', q: { from: number; to: number; lang: string }) =>
  `/api/agreements/${encodeURIComponent(id)}/plan.${format}?${new URLSearchParams({ from: String(q.from), to: String(q.to), lang: q.lang })}`;

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
