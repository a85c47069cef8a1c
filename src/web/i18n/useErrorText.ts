import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/error';

/** Translate an error by its stable code; fall back to the server's own message. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (err: unknown): string => {
    if (err instanceof ApiError) {
      const key = `errors.${err.code}`;
      if (i18n.exists(key) && typeof t(key, { returnObjects: true }) === 'string') return t(key);
      return err.message || t('errors.unknown');
    }
    return t('errors.unknown');
  };
}
