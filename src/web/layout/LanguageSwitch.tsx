import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../i18n';
import { useSession } from '../session';

/** Svenska / English; each label in its own language, marked so screen readers pronounce it right. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useSession();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      value={i18n.language === 'en' ? 'en' : 'sv'}
      onChange={(v) => void setLocale(v as Locale).catch(() => undefined)}
      data={locales.map((l) => ({ value: l, label: <span lang={l}>{t(`lang.${l}`)}</span> }))}
    />
  );
}
