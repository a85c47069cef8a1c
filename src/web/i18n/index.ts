import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';
import { en } from './en';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const LOCALE_KEY = 'samsyn.locale';

function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_KEY);
    return v === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

function syncHtmlLang(lng: string) {
  document.documentElement.lang = lng === 'en' ? 'en' : 'sv';
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'sv';
}

export default i18n;
