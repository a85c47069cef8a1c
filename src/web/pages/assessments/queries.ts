import { useQuery } from '@tanstack/react-query';
import type {
  ActionInput,
  ActorInput,
  Assessment,
  CommentInput,
  Comparison,
  Conflict,
  ConflictInput,
  CreateInitiative,
  CreateProgramme,
  ImpactInput,
  Initiative,
  Programme,
  ProgrammeOverview,
  ProgrammePage,
  SetGate,
  UpdateAction,
  UpdateActor,
  UpdateConflict,
  UpdateImpact,
  UpdateInitiative,
  UpdateProgramme,
} from '../../../assessments/contract';
import type { z } from 'zod';
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
export const versionContentKey = (frameworkId: string | undefined, versionId: string | undefined) =>
  ['frameworks', frameworkId, 'content', versionId] as const;

const path = (id: string) => ({ params: { path: { id } } });
const partPath = (id: string, partId: string) => ({ params: { path: { id, partId } } });

/** The parts of an assessment that are added, changed and removed one by one. */
export type PartKind = 'impact' | 'actor' | 'conflict' | 'action';
type PartInput = {
  impact: [z.input<typeof ImpactInput>, z.input<typeof UpdateImpact>];
  actor: [z.input<typeof ActorInput>, z.input<typeof UpdateActor>];
  conflict: [z.input<typeof ConflictInput>, z.input<typeof UpdateConflict>];
  action: [z.input<typeof ActionInput>, z.input<typeof UpdateAction>];
};

/** Programmes, initiatives and assessments as typed functions (paths and shapes from the OpenAPI document). */
export const assessmentsApi = {
  programmes: (): Promise<ProgrammePage> => call(client.GET('/api/programmes')),
  programme: (id: string): Promise<Programme> => call(client.GET('/api/programmes/{id}', path(id))),
  overview: (id: string): Promise<Overview> => call(client.GET('/api/programmes/{id}/overview', path(id))),
  programmeConflicts: (id: string): Promise<ConflictWithInitiative[]> =>
    call(client.GET('/api/programmes/{id}/conflicts', path(id))) as Promise<ConflictWithInitiative[]>,
  createProgramme: (body: z.input<typeof CreateProgramme>): Promise<Programme> =>
    call(client.POST('/api/programmes', { body: body as CreateProgramme })),
  updateProgramme: (id: string, body: UpdateProgramme): Promise<Programme> =>
    call(client.PATCH('/api/programmes/{id}', { ...path(id), body })),
  createInitiative: (programmeId: string, body: z.input<typeof CreateInitiative>): Promise<Initiative> =>
    call(client.POST('/api/programmes/{id}/initiatives', { ...path(programmeId), body: body as CreateInitiative })),

  initiative: (id: string): Promise<Initiative> => call(client.GET('/api/initiatives/{id}', path(id))),
  initiativeConflicts: (id: string): Promise<ConflictWithInitiative[]> =>
    call(client.GET('/api/initiatives/{id}/conflicts', path(id))) as Promise<ConflictWithInitiative[]>,
  updateInitiative: (id: string, body: UpdateInitiative): Promise<Initiative> =>
    call(client.PATCH('/api/initiatives/{id}', { ...path(id), body })),
  start: (initiativeId: string, frameworkIds: string[]): Promise<Assessment> =>
    call(client.POST('/api/initiatives/{id}/assessments', { ...path(initiativeId), body: { frameworkIds } })),

  assessment: (id: string): Promise<Assessment> => call(client.GET('/api/assessments/{id}', path(id))),
  compare: (id: string, otherId: string): Promise<Comparison> =>
    call(client.GET('/api/assessments/{id}/compare/{otherId}', { params: { path: { id, otherId } } })),
  reassess: (fromId: string): Promise<Assessment> => call(client.POST('/api/assessments/{id}/reassess', path(fromId))),
  finish: (id: string, version: number): Promise<Assessment> =>
    call(client.POST('/api/assessments/{id}/finish', { ...path(id), body: { version } })),
  setPositionsNeeded: (
    id: string,
    step: '1' | '2' | '3',
    need: { needed: boolean; note: string | null },
    version: number,
  ): Promise<Assessment> =>
    call(client.PATCH('/api/assessments/{id}', { ...path(id), body: { positionsNeeded: { [step]: need }, version } })),
  setGate: (id: string, step: number, body: z.output<typeof SetGate>): Promise<Assessment> =>
    call(client.PUT('/api/assessments/{id}/gates/{step}', { params: { path: { id, step } }, body })),
  comment: (id: string, body: z.output<typeof CommentInput>): Promise<Assessment> =>
    call(client.POST('/api/assessments/{id}/comments', { ...path(id), body })),

  /** Add a part (no `partId`) or change one (with its version in `body`). */
  savePart: <K extends PartKind>(
    id: string,
    kind: K,
    partId: string | undefined,
    body: PartInput[K][0] | PartInput[K][1],
  ): Promise<Assessment> => {
    const b = body as never;
    if (partId === undefined) {
      if (kind === 'impact') return call(client.POST('/api/assessments/{id}/impacts', { ...path(id), body: b }));
      if (kind === 'actor') return call(client.POST('/api/assessments/{id}/actors', { ...path(id), body: b }));
      if (kind === 'conflict') return call(client.POST('/api/assessments/{id}/conflicts', { ...path(id), body: b }));
      return call(client.POST('/api/assessments/{id}/actions', { ...path(id), body: b }));
    }
    const p = partPath(id, partId);
    if (kind === 'impact') return call(client.PATCH('/api/assessments/{id}/impacts/{partId}', { ...p, body: b }));
    if (kind === 'actor') return call(client.PATCH('/api/assessments/{id}/actors/{partId}', { ...p, body: b }));
    if (kind === 'conflict') return call(client.PATCH('/api/assessments/{id}/conflicts/{partId}', { ...p, body: b }));
    return call(client.PATCH('/api/assessments/{id}/actions/{partId}', { ...p, body: b }));
  },
  removePart: (id: string, kind: PartKind, partId: string, version: number): Promise<Assessment> => {
    const p = { ...partPath(id, partId), body: { version } };
    if (kind === 'impact') return call(client.DELETE('/api/assessments/{id}/impacts/{partId}', p));
    if (kind === 'actor') return call(client.DELETE('/api/assessments/{id}/actors/{partId}', p));
    if (kind === 'conflict') return call(client.DELETE('/api/assessments/{id}/conflicts/{partId}', p));
    return call(client.DELETE('/api/assessments/{id}/actions/{partId}', p));
  },

  frameworks: async (): Promise<Framework[]> =>
    (await call(client.GET('/api/frameworks', { params: { query: { limit: 500 } } }))).items as unknown as Framework[],
  versionContent: (frameworkId: string, versionId: string): Promise<VersionContent> =>
    call(
      client.GET('/api/frameworks/{id}/versions/{versionId}', { params: { path: { id: frameworkId, versionId } } }),
    ) as Promise<VersionContent>,
};

/** Addresses the browser opens itself (pictures, downloads) and the audit histories. */
export const assessmentLinks = {
  wheel: (id: string, lang: string, stamp: number) => `/api/assessments/${id}/wheel.svg?lang=${lang}&r=${stamp}`,
  actorMap: (id: string, lang: string, stamp: number) => `/api/assessments/${id}/actors.svg?lang=${lang}&r=${stamp}`,
  report: (id: string, format: 'docx' | 'pdf', lang: string) => `/api/assessments/${id}/report.${format}?lang=${lang}`,
  programmeAudit: (id: string) => `/api/programmes/${id}/audit`,
  initiativeAudit: (id: string) => `/api/initiatives/${id}/audit`,
  assessmentAudit: (id: string) => `/api/assessments/${id}/audit`,
};

/** The programmes the person may see, and whether they may start a new one. */
export const useProgrammes = () => useQuery({ queryKey: programmeKeys.all, queryFn: assessmentsApi.programmes });
/** A record (or a part of one) read by its id: the query waits for the id. */
function queryById<T>(key: (id: string) => readonly unknown[], read: (id: string) => Promise<T>) {
  return function useById(id: string) {
    return useQuery({ queryKey: key(id), queryFn: () => read(id), enabled: !!id });
  };
}
export const useProgramme = queryById(programmeKeys.one, assessmentsApi.programme);
export const useOverview = queryById(programmeKeys.overview, assessmentsApi.overview);
export const useProgrammeConflicts = queryById(programmeKeys.conflicts, assessmentsApi.programmeConflicts);
export const useInitiative = queryById(initiativeKeys.one, assessmentsApi.initiative);
export const useInitiativeConflicts = queryById(initiativeKeys.conflicts, assessmentsApi.initiativeConflicts);
export const useAssessment = queryById(assessmentKeys.one, assessmentsApi.assessment);
export const useComparison = (id: string, otherId: string) =>
  useQuery({ queryKey: assessmentKeys.compare(id, otherId), queryFn: () => assessmentsApi.compare(id, otherId) });

/** All frameworks the user may read (for the RUS choice and the extra frameworks of an assessment). */
export const useAllFrameworks = () =>
  useQuery({ queryKey: ['frameworks', 'list', { all: true }], queryFn: assessmentsApi.frameworks });

/** The content of one framework version (items as a tree); versions never change once published. */
export const versionContentQuery = (frameworkId: string | undefined, versionId: string | undefined) => ({
  queryKey: versionContentKey(frameworkId, versionId),
  queryFn: () => assessmentsApi.versionContent(frameworkId!, versionId!),
  enabled: !!frameworkId && !!versionId,
  staleTime: Infinity,
});
export const useVersionContent = (frameworkId: string | undefined, versionId: string | undefined) =>
  useQuery(versionContentQuery(frameworkId, versionId));
