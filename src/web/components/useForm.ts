import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/error';
import { issueText, serverFieldText } from './validation';

export type FormValues = Record<string, string | boolean>;
export type FieldErrors = Record<string, string>;

/** After a failed check, put the keyboard where the first problem is (Mantine marks it aria-invalid). */
function focusFirstInvalid() {
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>('main [aria-invalid="true"], [role="dialog"] [aria-invalid="true"]');
    el?.focus();
  }, 0);
}

/**
 * Form state for plain inputs: string values, per-field errors from the shared Zod contract (before
 * sending) and from the server's answer (after). Field names match the contract's keys.
 */
export function useForm<T extends FormValues>(initial: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);

  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!e[name as string]) return e;
      const { [name as string]: _, ...rest } = e;
      return rest;
    });
  }, []);

  const text = (name: keyof T & string) => ({
    name,
    value: String(values[name] ?? ''),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(name, e.currentTarget.value as T[typeof name]),
    error: errors[name],
  });

  const select = (name: keyof T & string) => ({
    name,
    value: (values[name] as string) || null,
    onChange: (v: string | null) => set(name, (v ?? '') as T[typeof name]),
    error: errors[name],
  });

  const checkbox = (name: keyof T & string) => ({
    name,
    checked: Boolean(values[name]),
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(name, e.currentTarget.checked as T[typeof name]),
    error: errors[name],
  });

  /** Check input with a contract; on failure mark the fields and return null. */
  function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null {
    const r = schema.safeParse(input);
    if (r.success) {
      setErrors({});
      setError(null);
      return r.data;
    }
    const next: FieldErrors = {};
    for (const issue of r.error.issues) {
      const key = issue.path.map(String).join('.') || '_';
      if (!next[key]) next[key] = issueText(issue, t);
    }
    setErrors(next);
    setError(new ApiError(400, 'request.validation_failed', '', null));
    focusFirstInvalid();
    return null;
  }

  /** Show a failed save: field errors at the fields, everything else in the form's alert. */
  function fail(err: unknown) {
    if (err instanceof ApiError) {
      const issues = err.fieldIssues;
      if (issues.length > 0) {
        const next: FieldErrors = {};
        for (const i of issues) {
          next[i.field] =
            err.code === 'request.validation_failed'
              ? serverFieldText(i.field, i.message, t)
              : t(`errors.${err.code}`, { defaultValue: i.message });
        }
        setErrors(next);
        focusFirstInvalid();
      }
    }
    setError(err);
  }

  return { values, setValues, set, text, select, checkbox, errors, setErrors, error, setError, validate, fail };
}

/** '' → undefined for optional selects and ids. */
export const orUndefined = (v: string | boolean) => (v === '' ? undefined : v);
/** Text inputs → numbers; empty stays empty so the contract reports it. */
export const toInt = (v: string | boolean): number | undefined => {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.replace(/\s/g, ''));
  return Number.isFinite(n) ? n : (v as unknown as number);
};
