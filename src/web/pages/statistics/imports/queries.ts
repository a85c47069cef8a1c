import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateImport,
  CreateUpload,
  Import,
  ImportPage,
  KpiSearchAnswer,
  ScbTable,
  UploadMapping,
  UploadPreview,
} from '../../../../statistics/contract';
import { call, client } from '../../../api/client';

export type { Import, ScbTable, UploadMapping, UploadPreview };
export type UploadProblem = UploadPreview['problems'][number];
export type UploadRow = UploadPreview['rows'][number];
export type Kpi = z.infer<typeof KpiSearchAnswer>['items'][number];

export const importKeys = {
  all: ['statistics', 'imports'] as const,
  list: () => ['statistics', 'imports', 'list'] as const,
  one: (id: string) => ['statistics', 'imports', id] as const,
  kpis: (q: string, onlyGender: boolean) => ['statistics', 'kpis', q, onlyGender] as const,
  scbTable: (id: string) => ['statistics', 'scb', id] as const,
};

export const importLinks = {
  list: () => '/statistics/imports',
  create: () => '/statistics/imports/new',
  one: (id: string) => `/statistics/imports/${id}`,
};

/** The statistics imports API as typed functions (paths and shapes from the OpenAPI document). */
export const importsApi = {
  list: (): Promise<z.infer<typeof ImportPage>> =>
    call(client.GET('/api/statistics/imports', { params: { query: { limit: 200 } } })),
  get: (id: string): Promise<Import> => call(client.GET('/api/statistics/imports/{id}', { params: { path: { id } } })),
  create: (body: z.output<typeof CreateImport>): Promise<Import> =>
    call(client.POST('/api/statistics/imports', { body })),
  kpis: (q: string, onlyDividedByGender: boolean): Promise<z.infer<typeof KpiSearchAnswer>> =>
    call(
      client.GET('/api/statistics/kpis', {
        params: { query: { q, onlyDividedByGender: onlyDividedByGender ? 'true' : 'false' } },
      }),
    ),
  scbTable: (tableId: string): Promise<ScbTable> =>
    call(client.GET('/api/statistics/scb/tables/{tableId}', { params: { path: { tableId } } })),
  preview: (body: { fileName: string; content: string; sourceName: string; mapping?: UploadMapping }) =>
    call(client.POST('/api/statistics/uploads/preview', { body })) as Promise<UploadPreview>,
  upload: (body: z.input<typeof CreateUpload>): Promise<Import> =>
    call(client.POST('/api/statistics/uploads', { body })),
};

const active = (i: Import) => i.status === 'queued' || i.status === 'running';

/** The county's imports; polled every two seconds while one of them is queued or running. */
export function useImports() {
  return useQuery({
    queryKey: importKeys.list(),
    queryFn: importsApi.list,
    refetchInterval: (q) => (q.state.data?.items.some(active) ? 2000 : false),
  });
}

/** One import; polled every second while it is queued or running. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: () => importsApi.get(id),
    refetchInterval: (q) => (q.state.data && active(q.state.data) ? 1000 : false),
  });
}

export function useKpiSearch(q: string, onlyGender: boolean) {
  return useQuery({
    queryKey: importKeys.kpis(q, onlyGender),
    queryFn: () => importsApi.kpis(q, onlyGender),
    enabled: q.trim().length >= 2,
  });
}

/** A file's bytes as base64, for the upload's JSON. */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
