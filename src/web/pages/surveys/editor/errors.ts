import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../../../api/error';
import { issueText, serverFieldText } from '../../../components/validation';

export type Errors = Record<string, string>;

/** The id of the input for a contract path, so error links and focus can find it. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

const last = (path: string) => path.split('.').pop() ?? '';
const isCode = (path: string) => ['key', 'code'].includes(last(path));

/** Messages the generic ones say too vaguely for codes, scales and lists. */
function specific(path: string, tooSmallOrMissing: boolean, badFormat: boolean, t: TFunction): string | null {
  const l = last(path);
  if (isCode(path) && badFormat) return t('questionnaireEditor.errors.keyFormat');
  if (l === 'scaleId') return t('questionnaireEditor.errors.chooseScale');
  if (l === 'options' && tooSmallOrMissing) return t('questionnaireEditor.errors.twoOptions');
  if (l === 'statements' && tooSmallOrMissing) return t('questionnaireEditor.errors.oneStatement');
  return null;
}

/** Check with the shared contract; paths are the server's (sections.0.questions.1.text.sv). */
export function check<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: TFunction,
): { data: z.output<S> } | { errors: Errors } {
  const r = schema.safeParse(input);
  if (r.success) return { data: r.data };
  const errors: Errors = {};
  for (const issue of r.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (errors[path]) continue;
    errors[path] =
      specific(path, issue.code === 'too_small', issue.code === 'invalid_format', t) ?? issueText(issue, t);
  }
  return { errors };
}

/** A failed save's field errors at their fields (the server's `body.` prefix is already gone). */
export function serverErrors(err: unknown, t: TFunction): Errors {
  if (!(err instanceof ApiError)) return {};
  const out: Errors = {};
  for (const i of err.fieldIssues) {
    if (err.code === 'request.validation_failed') {
      out[i.field] =
        specific(i.field, /at least/i.test(i.message), /lowercase|format/i.test(i.message), t) ??
        serverFieldText(i.field, i.message, t);
    } else {
      out[i.field] = specific(i.field, false, false, t) ?? t(`errors.${err.code}`, { defaultValue: i.message });
    }
  }
  return out;
}

export function duplicateErrors(paths: string[], t: TFunction): Errors {
  return Object.fromEntries(paths.map((p) => [p, t('questionnaireEditor.errors.duplicate')]));
}

/** Put the keyboard on the first marked field, in page order. */
export function focusFirstError(errors: Errors) {
  window.setTimeout(() => {
    const els = Object.keys(errors)
      .map((p) => document.getElementById(fieldId(p)))
      .filter((e): e is HTMLElement => !!e);
    els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    (els[0] ?? document.querySelector<HTMLElement>('main [aria-invalid="true"]'))?.focus();
  }, 0);
}

/** Errors without the ones under `prefix` (a field edited, a row moved or removed). */
export function without(errors: Errors, prefix: string): Errors {
  const keys = Object.keys(errors).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}
