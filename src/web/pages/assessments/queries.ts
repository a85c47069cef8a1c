import { useQuery } from '@tanstack/react-query';
import type {
  Assessment,
  Comparison,
  Conflict,
  Initiative,
  Programme,
  ProgrammeOverview,
  ProgrammePage,
} from '../../../assessments/contract';
import type { z } from 'zod';
import { api } from '../../api';
import { call, client } from '../../api/client';
import type { Framework } from '../../../goals/contract';
import type { VersionContent } from '../frameworks/queries';

export type Overview = z.infer<typeof ProgrammeOverview>;
export type ConflictWithInitiative = Conflict & { initiativeId: string; initiativeName: string };

export const programmeKeys = {
  all: ['programmes'] as const,
  one: (id: string) => ['programmes', id] as const,
  overview: (id: string) => ['programmes', id, 'overview'] as const,
  conflicts: (id: string) => ['programmes', id, 'conflicts'] as const,
};
export const initiativeKeys = {
  all: ['initiatives'] as const,
  one: (id: string) => ['initiatives', id] as const,
  conflicts: (id: string) => ['initiatives', id, 'conflicts'] as const,
};
export const assessmentKeys = {
  all: ['assessments'] as const,
  one: (id: string) => ['assessments', id] as const,
  compare: (id: string, otherId: string) => ['assessments', id, 'compare', otherId] as const,
};

/** The programmes the person may see, and whether they may start a new one. */
export const useProgrammes = () =>
  useQuery({
    queryKey: programmeKeys.all,
    queryFn: (): Promise<ProgrammePage> => call(client.GET('/api/programmes')),
  });
export const useProgramme = (id: string) =>
  useQuery({
    queryKey: programmeKeys.one(id),
    queryFn: () => api.get<Programme>(`/api/programmes/${id}`),
    enabled: !!id,
  });
export const useOverview = (id: string) =>
  useQuery({
    queryKey: programmeKeys.overview(id),
    queryFn: () => api.get<Overview>(`/api/programmes/${id}/overview`),
  });
export const useProgrammeConflicts = (id: string) =>
  useQuery({
    queryKey: programmeKeys.conflicts(id),
    queryFn: () => api.get<ConflictWithInitiative[]>(`/api/programmes/${id}/conflicts`),
  });
export const useInitiative = (id: string) =>
  useQuery({ queryKey: initiativeKeys.one(id), queryFn: () => api.get<Initiative>(`/api/initiatives/${id}`) });
export const useInitiativeConflicts = (id: string) =>
  useQuery({
    queryKey: initiativeKeys.conflicts(id),
    queryFn: () => api.get<ConflictWithInitiative[]>(`/api/initiatives/${id}/conflicts`),
  });
export const useAssessment = (id: string) =>
  useQuery({ queryKey: assessmentKeys.one(id), queryFn: () => api.get<Assessment>(`/api/assessments/${id}`) });
export const useComparison = (id: string, otherId: string) =>
  useQuery({
    queryKey: assessmentKeys.compare(id, otherId),
    queryFn: () => api.get<Comparison>(`/api/assessments/${id}/compare/${otherId}`),
  });

/** All frameworks the user may read (for the RUS choice and the extra frameworks of an assessment). */
export const useAllFrameworks = () =>
  useQuery({
    queryKey: ['frameworks', 'list', { all: true }],
    queryFn: () => api.get<Framework[]>('/api/frameworks?limit=500'),
  });

/** The content of one framework version (items as a tree); versions never change once published. */
export const useVersionContent = (frameworkId: string | undefined, versionId: string | undefined) =>
  useQuery({
    queryKey: ['frameworks', frameworkId, 'content', versionId],
    queryFn: () => api.get<VersionContent>(`/api/frameworks/${frameworkId}/versions/${versionId}`),
    enabled: !!frameworkId && !!versionId,
    staleTime: Infinity,
  });
