import { Alert, Button, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/error';
import { useErrorText } from '../i18n/useErrorText';
import { errorTitle } from '../kit/errorTitle';

/**
 * A failed request, titled by the kind of problem and translated by its error code. Field errors are
 * shown at the fields instead.
 */
export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  const unplaced =
    error instanceof ApiError && error.code === 'request.validation_failed' && error.fieldIssues.some((i) => !i.field);
  return (
    <Alert color="red.9" variant="outline" title={title ?? errorTitle(error, t)} role="alert" mb="md">
      {error instanceof ApiError && error.code === 'request.validation_failed' && !error.message
        ? t('validation.formHasErrors')
        : text(error)}
      {unplaced && error instanceof ApiError && (
        <List size="sm" mt="xs">
          {error.fieldIssues.map((i) => (
            <List.Item key={i.field + i.message}>{i.message}</List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button variant="outline" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
