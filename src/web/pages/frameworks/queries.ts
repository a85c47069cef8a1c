import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Framework, Item, VersionInfo } from '../../../goals/contract';
import { api, qs } from '../../api';

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

export function useFrameworks(f: { q?: string; kind?: string; status?: string } = {}) {
  return useQuery({
    queryKey: frameworkKeys.list(f),
    queryFn: () => api.get<Framework[]>(`/api/frameworks${qs({ limit: 500, ...f })}`),
  });
}

export function useFrameworkContent(id: string, versionId: string | null) {
  return useQuery({
    queryKey: frameworkKeys.content(id, versionId),
    queryFn: () =>
      api.get<VersionContent>(versionId ? `/api/frameworks/${id}/versions/${versionId}` : `/api/frameworks/${id}`),
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
  const file = await api.get<{ key: string }>(`/api/frameworks/${id}/export${qs({ versionId })}`);
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
