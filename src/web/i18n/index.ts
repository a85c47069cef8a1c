import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';

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

/**
 * Swedish is in the first bundle; English loads when first chosen, so a respondent's phone
 * downloads one language's texts. `ready` settles once the remembered language is in place.
 */
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv } },
  lng: 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

let english: Promise<void> | null = null;
function loadEnglish() {
  english ??= import('./en').then(({ en }) => {
    i18n.addResourceBundle('en', 'translation', en);
  });
  return english;
}

/** Switch the interface's language, loading its texts first if needed. */
export async function changeLanguage(locale: Locale) {
  if (locale === 'en') await loadEnglish();
  await i18n.changeLanguage(locale);
}

/** The remembered language, ready to render in. */
export const ready: Promise<void> = changeLanguage(storedLocale()).catch(() => undefined);

function syncHtmlLang(lng: string) {
  document.documentElement.lang = lng === 'en' ? 'en' : 'sv';
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'sv';
}

export default i18n;
