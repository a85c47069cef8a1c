import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorTitle } from '../../kit/errorTitle';
import type { useForm, FieldErrors, FormValues } from '../../components/useForm';
import { serverFieldText } from '../../components/validation';
import { formatDate } from '../../format';
import { bpToPercent } from './money';

type Details = Record<string, unknown> & { appliesTo?: { periodEnd?: string; deadline?: string } | null };

/**
 * The agreement rules' refusals carry the facts a person needs (the deadline missed, the date that
 * applies instead, the missing index year, the sum of the shares): put them into the message.
 */
export function agreementErrorText(
  err: unknown,
  t: TFunction,
  areaName: (code: string) => string = (code) => code,
): string | null {
  if (!(err instanceof ApiError) || !err.code.startsWith('agreement.')) return null;
  const d = (err.details && typeof err.details === 'object' ? err.details : {}) as Details;
  switch (err.code) {
    case 'agreement.notice_too_late':
      if (!d.appliesTo)
        return t('agreements.notice.tooLateNoLater', { deadline: formatDate(String(d.deadline ?? '')) });
      return t('errors.agreement.notice_too_late', {
        deadline: formatDate(String(d.deadline ?? '')),
        periodEnd: formatDate(d.appliesTo.periodEnd),
        nextDeadline: formatDate(d.appliesTo.deadline),
      });
    case 'agreement.shares_not_100':
      return t('errors.agreement.shares_not_100', { sum: bpToPercent(Number(d.sum ?? 0)) });
    case 'agreement.withholding_cap_reached': {
      const areas = (Array.isArray(d.areas) ? d.areas : []) as { area: string; alreadyBasisPoints: number }[];
      return t('agreements.disputes.capReached', {
        areas: areas
          .map((x) =>
            t('agreements.disputes.capArea', {
              name: areaName(x.area),
              already: bpToPercent(x.alreadyBasisPoints),
              available: bpToPercent(5000 - x.alreadyBasisPoints),
            }),
          )
          .join('; '),
      });
    }
    case 'agreement.index_missing':
    case 'agreement.index_duplicate':
      return t(`errors.${err.code}`, { year: d.year ?? '' });
    default:
      return t(`errors.${err.code}`, { defaultValue: err.message });
  }
}

/** ErrorAlert, with the facts of an agreement refusal in the message. */
export function AgreementErrorAlert({
  error,
  onRetry,
  title,
  areaName,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  areaName?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const text = agreementErrorText(error, t, areaName);
  if (!error) return null;
  if (text === null) return <ErrorAlert error={error} onRetry={onRetry} title={title} />;
  return (
    <Alert color="red.9" variant="outline" title={title ?? errorTitle(error, t)} role="alert" mb="md">
      {text}
    </Alert>
  );
}

type Form = ReturnType<typeof useForm<FormValues>>;

/** Put the keyboard on the first marked field (as useForm does). */
export function focusFirstInvalid() {
  window.setTimeout(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus(), 0);
}

/** Mark fields found wrong before sending (amounts and percentages typed as text). */
export function markFields(form: Pick<Form, 'setErrors' | 'setError'>, problems: FieldErrors): boolean {
  if (Object.keys(problems).length === 0) return false;
  form.setErrors(problems);
  form.setError(new ApiError(400, 'request.validation_failed', '', null));
  focusFirstInvalid();
  return true;
}

/**
 * A failed save: field errors at the form's own fields (the server names them by the contract's
 * keys; `fieldMap` renames those the form calls differently), the whole message in the alert.
 */
export function failForm(
  form: Pick<Form, 'setErrors' | 'setError'>,
  err: unknown,
  t: TFunction,
  fieldMap: Record<string, string> = {},
) {
  if (err instanceof ApiError) {
    const next: FieldErrors = {};
    for (const i of err.fieldIssues) {
      const raw = i.field.replace(/^terms\./, '');
      const key = fieldMap[raw] ?? raw;
      if (!next[key])
        next[key] =
          err.code === 'request.validation_failed'
            ? serverFieldText(key, i.message, t)
            : (agreementErrorText(err, t) ?? t(`errors.${err.code}`, { defaultValue: i.message }));
    }
    if (Object.keys(next).length) {
      form.setErrors(next);
      focusFirstInvalid();
    }
  }
  form.setError(err);
}
