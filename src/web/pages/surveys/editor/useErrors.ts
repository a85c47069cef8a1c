import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../../api/error';
import { check, focusFirstError, serverErrors, without, type Errors } from './errors';

/**
 * The survey editors' errors, by contract path (sections.0.questions.1.text.sv): checked with the
 * shared contract before sending, read from the server's answer after, the keyboard put on the first.
 *
 *   const errs = useEditorErrors();
 *   const input = errs.validate(ScaleInput, body(), duplicateErrors(…)); if (input) save.submit(input);
 *   useSave({ …, onError: errs.fail })
 */
export function useEditorErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const show = (marked: Errors, err: unknown) => {
    setErrors(marked);
    setError(err);
    focusFirstError(marked);
  };
  return {
    /** Messages at their fields, by contract path. */
    errors,
    setErrors,
    /** The form's alert: the failed save, or "check the marked fields". */
    error,
    /** A field was edited or rows changed: drop the errors under `prefix`. */
    clear: (prefix: string) => setErrors((e) => without(e, prefix)),
    /** The input as the contract has it, or null with the problems (and `extra` ones, e.g. duplicates) marked. */
    validate<S extends z.ZodType>(schema: S, input: unknown, extra: Errors = {}): z.output<S> | null {
      const r = check(schema, input, t);
      const marked = { ...extra, ...('errors' in r ? r.errors : {}) };
      if ('errors' in r || Object.keys(marked).length > 0) {
        show(marked, new ApiError(400, 'request.validation_failed', '', null));
        return null;
      }
      setErrors({});
      setError(null);
      return r.data;
    },
    /** A failed save: field errors at their fields, the rest in the alert. */
    fail: (err: unknown) => show(serverErrors(err, t), err),
    reset() {
      setErrors({});
      setError(null);
    },
  };
}
