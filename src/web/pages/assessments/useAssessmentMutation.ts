import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment } from '../../../assessments/contract';
import { ApiError, request } from '../../api';
import { assessmentKeys, initiativeKeys, programmeKeys } from './queries';

export interface Call {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

/**
 * Every change to an assessment answers with the whole assessment: it replaces the cached one.
 * A stale save (409 record.stale) hands the record as saved by someone else to `onStale`.
 */
export function useAssessmentMutation(
  assessmentId: string,
  opts: {
    onSaved?: (a: Assessment) => void;
    onStale?: (current: Record<string, unknown>) => void;
    onError?: (err: unknown) => void;
  } = {},
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Call) =>
      request<Assessment>(
        c.method,
        c.path.startsWith('/') ? c.path : `/api/assessments/${assessmentId}/${c.path}`,
        c.body,
      ),
    onSuccess: (a) => {
      qc.setQueryData(assessmentKeys.one(a.id), a);
      void qc.invalidateQueries({ queryKey: programmeKeys.all });
      void qc.invalidateQueries({ queryKey: initiativeKeys.all });
      opts.onSaved?.(a);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale') {
        void qc.invalidateQueries({ queryKey: assessmentKeys.one(assessmentId) });
        const current = err.current;
        if (opts.onStale && current && typeof current === 'object') {
          opts.onStale(current as Record<string, unknown>);
          return;
        }
      }
      opts.onError?.(err);
    },
  });
}

/** The part of the URL for a part of an assessment. */
export const partPath = { impact: 'impacts', actor: 'actors', conflict: 'conflicts', action: 'actions' } as const;
