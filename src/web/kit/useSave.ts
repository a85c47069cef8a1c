import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError } from '../api/error';

export interface Versioned {
  version: number;
}

/**
 * The one mutation hook. It sends a change with the version the person started from, refreshes the
 * cached lists, and has one stale-save behaviour: on a 409 `record.stale` it keeps what the other
 * person saved (`stale`, the server's `details.current` in the contract's shape) and the person's own
 * input, so `reapply()` sends that input again on top of their version, or `discard()` drops it.
 *
 *   const save = useSave({ from: org, send: (input, version) => updateOrganisation(org.id, { ...input, version }),
 *     invalidate: [organisationKeys.all], onSaved: (o) => navigate(...), onError: form.fail });
 *   save.submit(input); save.stale; save.reapply(); save.discard(); save.version (to validate with)
 *
 * For a change that is not a versioned save (create, archive, an action), leave `from` out: `send`
 * gets version `undefined` and a 409 goes to `onError` like any error.
 */
export function useSave<TInput, TResult, TRecord extends Versioned = TResult & Versioned>(opts: {
  from?: TRecord;
  send: (input: TInput, version: number | undefined) => Promise<TResult>;
  invalidate?: QueryKey[];
  onSaved?: (result: TResult) => void | Promise<void>;
  onError?: (err: unknown) => void;
}) {
  const qc = useQueryClient();
  const [stale, setStale] = useState<TRecord | null>(null);
  const [version, setVersion] = useState<number | undefined>(opts.from?.version);
  const lastInput = useRef<TInput | null>(null);

  const mutation = useMutation({
    mutationFn: (input: TInput) => opts.send(input, version),
    onSuccess: async (result) => {
      setStale(null);
      const v = (result as Partial<Versioned> | null)?.version;
      if (typeof v === 'number') setVersion(v);
      await Promise.all((opts.invalidate ?? []).map((queryKey) => qc.invalidateQueries({ queryKey })));
      await opts.onSaved?.(result);
    },
    onError: (err) => {
      if (opts.from && err instanceof ApiError && err.isStale) {
        const current = err.current as TRecord;
        setStale(current);
        setVersion(current.version);
        void Promise.all((opts.invalidate ?? []).map((queryKey) => qc.invalidateQueries({ queryKey })));
        return;
      }
      opts.onError?.(err);
    },
  });

  return {
    submit(input: TInput) {
      lastInput.current = input;
      mutation.mutate(input);
    },
    /** Like `submit`, for a caller that waits for the answer (e.g. a dialog that closes when saved). */
    submitAsync(input: TInput): Promise<TResult> {
      lastInput.current = input;
      return mutation.mutateAsync(input);
    },
    /** The version the next save starts from (the record's, or the other person's after a stale save). */
    version,
    /** What the other person saved, while the person decides; null otherwise. */
    stale,
    /** Send my last input again, on top of what the other person saved. */
    reapply() {
      if (lastInput.current !== null) mutation.mutate(lastInput.current);
    },
    /** Drop my change and keep theirs: returns their record (to put into the form). */
    discard(): TRecord | null {
      const theirs = stale;
      setStale(null);
      return theirs;
    },
    pending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}
