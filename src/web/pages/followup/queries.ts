import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  ActivityReport,
  CreateCycle,
  CreateReport,
  Cycle,
  CycleCompilation,
  CyclePage,
  CycleSummary,
  Feedback,
  LinkQuestionnaire,
  Milestone,
  RemindOwners,
  SaveFeedback,
  UpdateCycle,
  UpdateMilestone,
  UpdateReport,
} from '../../../followup/contract';
import type { AuditEntry } from '../../../platform/contract';
import { ApiError } from '../../api/error';
import { call, client } from '../../api/client';
import { currentLocale } from '../../i18n';
import { useSave } from '../../kit';

export type { ActivityReport, Cycle, CycleCompilation, CyclePage, CycleSummary, Feedback, Milestone };

const cycle = (id: string) => ({ params: { path: { id } } });

/**
 * The follow-up's API as typed functions (paths and shapes from the OpenAPI document). Every change
 * to a cycle or a part of it answers with the whole cycle.
 */
export const followupApi = {
  list: (): Promise<CyclePage> => call(client.GET('/api/followup-cycles')),
  get: (id: string): Promise<Cycle> => call(client.GET('/api/followup-cycles/{id}', cycle(id))),
  compilation: (id: string): Promise<CycleCompilation> =>
    call(client.GET('/api/followup-cycles/{id}/compilation', cycle(id))),
  history: (id: string): Promise<AuditEntry[]> => call(client.GET('/api/followup-cycles/{id}/audit', cycle(id))),
  create: (body: CreateCycle): Promise<Cycle> => call(client.POST('/api/followup-cycles', { body })),
  update: (id: string, body: UpdateCycle): Promise<Cycle> =>
    call(client.PATCH('/api/followup-cycles/{id}', { ...cycle(id), body })),
  linkQuestionnaire: (id: string, body: LinkQuestionnaire): Promise<Cycle> =>
    call(client.POST('/api/followup-cycles/{id}/questionnaire', { ...cycle(id), body })),
  updateMilestone: (id: string, milestoneId: string, body: UpdateMilestone): Promise<Cycle> =>
    call(
      client.PATCH('/api/followup-cycles/{id}/milestones/{milestoneId}', {
        params: { path: { id, milestoneId } },
        body,
      }),
    ),
  remindOwners: (id: string, body: RemindOwners): Promise<{ sent: number }> =>
    call(client.POST('/api/followup-cycles/{id}/milestone-reminders', { ...cycle(id), body })),
  createReport: (id: string, body: CreateReport): Promise<Cycle> =>
    call(client.POST('/api/followup-cycles/{id}/reports', { ...cycle(id), body })),
  updateReport: (id: string, reportId: string, body: UpdateReport): Promise<Cycle> =>
    call(client.PATCH('/api/followup-cycles/{id}/reports/{reportId}', { params: { path: { id, reportId } }, body })),
  publishReports: (c: Cycle): Promise<Cycle> =>
    call(client.POST('/api/followup-cycles/{id}/publish-reports', { ...cycle(c.id), body: { version: c.version } })),
  shareCompilation: (c: Cycle): Promise<Cycle> =>
    call(client.POST('/api/followup-cycles/{id}/share-compilation', { ...cycle(c.id), body: { version: c.version } })),
  saveFeedback: (id: string, organisationId: string, body: SaveFeedback): Promise<Cycle> =>
    call(
      client.PUT('/api/followup-cycles/{id}/municipalities/{organisationId}', {
        params: { path: { id, organisationId } },
        body,
      }),
    ),
  submitFeedback: (id: string, organisationId: string, version: number): Promise<Cycle> =>
    call(
      client.POST('/api/followup-cycles/{id}/municipalities/{organisationId}/submit', {
        params: { path: { id, organisationId } },
        body: { version },
      }),
    ),
};

export type Download = 'report.docx' | 'report.pdf' | 'responses.xlsx' | 'responses.csv' | 'assessments.csv';

/** Addresses the browser opens itself: the history drawer's, and the files (a plain link; the session cookie authenticates it). */
export const followupPaths = {
  history: (id: string) => `/api/followup-cycles/${id}/audit`,
  /** A file of the cycle, in the user's language. */
  download: (id: string, file: Download) =>
    `/api/followup-cycles/${id}/${file}${currentLocale() === 'en' ? '?lang=en' : ''}`,
};

export const followupKeys = {
  all: ['followup'] as const,
  list: ['followup', 'list'] as const,
  one: (id: string) => ['followup', id] as const,
  compilation: (id: string) => ['followup', id, 'compilation'] as const,
};

export const useCycles = () => useQuery({ queryKey: followupKeys.list, queryFn: followupApi.list });
export const useCycle = (id: string) =>
  useQuery({
    queryKey: followupKeys.one(id),
    queryFn: () => followupApi.get(id),
    enabled: !!id,
  });
export const useCycleCompilation = (id: string) =>
  useQuery({
    queryKey: followupKeys.compilation(id),
    queryFn: () => followupApi.compilation(id),
  });

/**
 * After a 409 record.stale: the part of the cycle as someone else saved it, from the error's
 * `current` (the whole cycle as this person sees it), else fetched anew. Null when the error is
 * something else. Parts of a cycle (a milestone, a report, an assessment) carry their own version,
 * so their forms keep it themselves rather than through `useSave({ from })`.
 */
export function useStale(id: string) {
  const qc = useQueryClient();
  return async <T>(err: unknown, pick: (c: Cycle) => T | undefined): Promise<T | null> => {
    if (!(err instanceof ApiError) || err.code !== 'record.stale') return null;
    if (err.isStale) return pick(err.current as Cycle) ?? null;
    try {
      const c = await qc.fetchQuery({
        queryKey: followupKeys.one(id),
        queryFn: () => followupApi.get(id),
        staleTime: 0,
      });
      return pick(c) ?? null;
    } catch {
      return null;
    }
  };
}

/**
 * `useSave` for a part of a cycle (a milestone, a report, a municipality's assessment): the part
 * carries its own version, and every change answers with the whole cycle. On a 409 the part as the
 * other person saved it is `stale` and its version the one the next save (or `reapply()`) starts from.
 *
 *   const save = usePartSave(c, { part: (x) => x.milestones.find(…), send: (body, version) => …,
 *     onSaved, onError: form.fail });
 */
export function usePartSave<I, P extends { version: number | null }>(
  c: Cycle,
  opts: {
    part: (x: Cycle) => P | undefined;
    send: (input: I, version: number | null) => Promise<Cycle>;
    onSaved?: (x: Cycle) => void;
    onError?: (err: unknown) => void;
  },
) {
  const [version, setVersion] = useState<number | null>(() => opts.part(c)?.version ?? null);
  const [stale, setStale] = useState<P | null>(null);
  const findStale = useStale(c.id);
  const save = useSave<I, Cycle, Cycle>({
    send: (input) => opts.send(input, version),
    invalidate: [followupKeys.all],
    onSaved: (x) => {
      setStale(null);
      setVersion(opts.part(x)?.version ?? null);
      opts.onSaved?.(x);
    },
    onError: async (err) => {
      const theirs = await findStale(err, opts.part);
      if (!theirs) return opts.onError?.(err);
      setStale(theirs);
      setVersion(theirs.version);
    },
  });
  return {
    ...save,
    version,
    stale,
    /** Drop my change and keep theirs: returns their part (to put into the form). */
    discard(): P | null {
      setStale(null);
      return stale;
    },
  };
}
