import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../i18n';
import { useSession } from '../session';

/**
 * Svenska / English as two toggle buttons; each label in its own language (and marked so, so screen
 * readers pronounce it right).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useSession();
  const current = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <div role="group" aria-label={t('lang.label')}>
      <Button.Group>
        {locales.map((l) => (
          <Button
            key={l}
            size="xs"
            variant={l === current ? 'filled' : 'default'}
            aria-pressed={l === current}
            lang={l}
            onClick={() => void setLocale(l as Locale).catch(() => undefined)}
          >
            {t(`lang.${l}`)}
          </Button>
        ))}
      </Button.Group>
    </div>
  );
}
