import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/error';
import { ErrorAlert } from './ErrorAlert';
import { PageHeader } from './PageHeader';
import { errorTitle } from '../kit/errorTitle';

/** A page whose record could not be loaded still has its h1 and title. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <>
      <PageHeader title={notFound ? t('notFound.title') : errorTitle(error, t)} />
      <ErrorAlert error={error} onRetry={notFound ? undefined : onRetry} />
    </>
  );
}
