import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  CreateFramework,
  Framework,
  FrameworkFile,
  FrameworkPage,
  FrameworkQuery,
  Item,
  ItemInput,
  UpdateFramework,
  VersionInfo,
} from '../../../goals/contract';
import { call, client } from '../../api/client';

export interface VersionContent {
  framework: Framework;
  version: VersionInfo;
  items: Item[];
}

export const frameworkKeys = {
  all: ['frameworks'] as const,
  list: (p: object) => ['frameworks', 'list', p] as const,
  one: (id: string) => ['frameworks', id] as const,
  content: (id: string, versionId: string | null) => ['frameworks', id, 'content', versionId ?? 'current'] as const,
};

export interface FrameworkFilter {
  q?: string;
  kind?: string;
  status?: string;
}

const path = (id: string) => ({ params: { path: { id } } });

/** The frameworks API as typed functions. */
export const frameworksApi = {
  list: (f: FrameworkFilter): Promise<FrameworkPage> =>
    call(
      client.GET('/api/frameworks', {
        params: {
          query: {
            limit: 500,
            q: f.q || undefined,
            kind: (f.kind || undefined) as FrameworkQuery['kind'],
            status: (f.status || undefined) as FrameworkQuery['status'] | undefined,
          },
        },
      }),
    ),
  content: (id: string, versionId: string | null): Promise<VersionContent> =>
    call(
      versionId
        ? client.GET('/api/frameworks/{id}/versions/{versionId}', { params: { path: { id, versionId } } })
        : client.GET('/api/frameworks/{id}', path(id)),
    ),
  create: (body: CreateFramework): Promise<Framework> => call(client.POST('/api/frameworks', { body })),
  import: (body: FrameworkFile): Promise<Framework> => call(client.POST('/api/frameworks/import', { body })),
  update: (id: string, body: UpdateFramework): Promise<Framework> =>
    call(client.PATCH('/api/frameworks/{id}', { ...path(id), body })),
  saveDraft: (id: string, items: ItemInput[], version: number): Promise<Framework> =>
    call(client.PUT('/api/frameworks/{id}/draft', { ...path(id), body: { items, version } })),
  publish: (fw: Framework): Promise<Framework> =>
    call(client.POST('/api/frameworks/{id}/publish', { ...path(fw.id), body: { version: fw.version } })),
  newVersion: (fw: Framework): Promise<Framework> =>
    call(client.POST('/api/frameworks/{id}/versions', { ...path(fw.id), body: { version: fw.version } })),
  archive: (fw: Framework): Promise<Framework> => {
    const request = { ...path(fw.id), body: { version: fw.version } };
    return call(
      fw.archived
        ? client.POST('/api/frameworks/{id}/restore', request)
        : client.POST('/api/frameworks/{id}/archive', request),
    );
  },
  export: (id: string, versionId?: string): Promise<FrameworkFile> =>
    call(client.GET('/api/frameworks/{id}/export', { params: { path: { id }, query: { versionId } } })),
  history: (id: string) => call(client.GET('/api/frameworks/{id}/audit', path(id))),
};

export function useFrameworks(f: FrameworkFilter = {}) {
  return useQuery({
    queryKey: frameworkKeys.list(f),
    queryFn: () => frameworksApi.list(f),
    placeholderData: keepPreviousData,
  });
}

export function useFrameworkContent(id: string, versionId: string | null) {
  return useQuery({
    queryKey: frameworkKeys.content(id, versionId),
    queryFn: () => frameworksApi.content(id, versionId),
  });
}

/** Pick the text in the user's language (the other language if that one is empty). */
export function useLocalText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (b: { sv: string; en: string } | null | undefined): string => (b ? (en ? b.en || b.sv : b.sv || b.en) : '');
}

/** Save the framework as a JSON file (the same format import reads). */
export async function downloadFramework(id: string, versionId?: string) {
  const file = await frameworksApi.export(id, versionId);
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${file.key}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
