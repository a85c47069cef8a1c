import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AddStep,
  Case,
  CaseSummary,
  caseKinds,
  caseStatuses,
  CreateCase,
  UpdateCase,
} from '../../../meetings/contract';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, type DocumentKind } from '../../../meetings/contract';
import { call, client } from '../../api/client';

export const caseKeys = {
  all: ['cases'] as const,
  list: (p: object) => ['cases', 'list', p] as const,
  one: (id: string) => ['cases', id] as const,
};

/** The list's filters as the address keeps them (strings; '' = not filtered). */
export interface CaseFilter {
  q: string;
  status: string;
  kind: string;
  series: string;
  year: string;
  overdue: string;
  page: string;
}

/** Rows per page of the case list (the server pages: a body may have thousands of cases). */
export const CASE_PAGE_SIZE = 50;

export { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, type DocumentKind };

/** The kind a file's name claims (.pdf, .docx, .xlsx), or null. */
export function kindOfName(name: string): DocumentKind | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext && ext in DOCUMENT_TYPES ? (ext as DocumentKind) : null;
}

export interface CasePageAnswer {
  items: CaseSummary[];
  total: number;
  abilities: { create: boolean };
}

/** The cases API as typed functions. */
export const casesApi = {
  list: (f: CaseFilter): Promise<CasePageAnswer> =>
    call(
      client.GET('/api/cases', {
        params: {
          query: {
            limit: CASE_PAGE_SIZE,
            offset: Math.max(0, (Number(f.page) || 1) - 1) * CASE_PAGE_SIZE,
            q: f.q.trim() || undefined,
            status: (f.status || undefined) as (typeof caseStatuses)[number] | undefined,
            kind: (f.kind || undefined) as (typeof caseKinds)[number] | undefined,
            series: /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{0,19}$/.test(f.series) ? f.series : undefined,
            year: /^\d{4}$/.test(f.year) ? Number(f.year) : undefined,
            overdue: f.overdue === 'true' ? 'true' : undefined,
          },
        },
      }),
    ),
  get: (id: string): Promise<Case> => call(client.GET('/api/cases/{id}', { params: { path: { id } } })),
  create: (body: CreateCase): Promise<Case> => call(client.POST('/api/cases', { body })),
  update: (id: string, body: UpdateCase): Promise<Case> =>
    call(client.PATCH('/api/cases/{id}', { params: { path: { id } }, body })),
  addStep: (id: string, body: AddStep): Promise<Case> =>
    call(client.POST('/api/cases/{id}/steps', { params: { path: { id } }, body })),
  /** The file's own bytes as the body, sent with the content type of its kind (the server checks both). */
  upload: (id: string, p: { title: string; file: File; kind: DocumentKind; version: number }): Promise<Case> =>
    call(
      client.POST('/api/cases/{id}/documents', {
        params: { path: { id }, query: { title: p.title, fileName: p.file.name, version: p.version } },
        body: p.file as never,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'content-type': DOCUMENT_TYPES[p.kind] },
      }),
    ),
  documentUrl: (id: string, documentId: string) =>
    `/api/cases/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
  history: (id: string) => call(client.GET('/api/cases/{id}/audit', { params: { path: { id } } })),
};

export function useCases(f: CaseFilter) {
  return useQuery({ queryKey: caseKeys.list(f), queryFn: () => casesApi.list(f), placeholderData: keepPreviousData });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: () => casesApi.get(id) });
}
