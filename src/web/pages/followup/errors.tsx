import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorTitle } from '../../kit/errorTitle';

/** The area codes a refusal names (feedback_incomplete lists the areas still without a rating). */
export function missingAreas(err: unknown): string[] {
  if (!(err instanceof ApiError) || err.code !== 'followup.feedback_incomplete') return [];
  const d = err.details as { areas?: unknown } | null;
  return Array.isArray(d?.areas) ? d.areas.map(String) : [];
}

/** ErrorAlert, plus the names of the areas an incomplete assessment still lacks. */
export function FollowupErrorAlert({
  error,
  areaName,
  onRetry,
}: {
  error: unknown;
  areaName?: (code: string) => string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const missing = missingAreas(error);
  if (!error) return null;
  if (missing.length === 0) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Alert color="red.9" variant="outline" title={errorTitle(error, t)} role="alert" mb="md">
      <Text>{t('errors.followup.feedback_incomplete')}</Text>
      <Text>{t('followup.feedback.missingAreas', { areas: missing.map((c) => areaName?.(c) ?? c).join(', ') })}</Text>
    </Alert>
  );
}
