import type { TFunction } from 'i18next';
import { ApiError } from '../api/error';

/**
 * An error's title says what kind of problem it is (issue 10 item 9), never a bare "something went
 * wrong": a validation error is "the details need correcting", a 403 "you are not allowed" …
 */
export function errorTitle(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('errorTitle.server');
  if (err.status === 0) return t('errorTitle.network');
  if (err.status === 400 || err.status === 422 || err.code === 'request.validation_failed')
    return t('errorTitle.validation');
  if (err.status === 401) return t('errorTitle.signedOut');
  if (err.status === 403) return t('errorTitle.forbidden');
  if (err.status === 404) return t('errorTitle.notFound');
  if (err.code === 'record.stale') return t('errorTitle.stale');
  if (err.status === 409) return t('errorTitle.conflict');
  if (err.status === 429) return t('errorTitle.rateLimited');
  return t('errorTitle.server');
}
