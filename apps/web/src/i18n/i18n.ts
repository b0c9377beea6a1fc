import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS } from './catalogs';
import { localeOf, type Language } from './locale';

export { localeOf, type Language };

const KEY = 'care-awards.language';

/** The person's choice if they made one here, else their browser's first language (Chinese or English). */
function initialLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('zh'))
    ? 'zh'
    : 'en';
}

const resources = Object.fromEntries(
  (['en', 'zh'] as const).map((lang) => [
    lang,
    Object.fromEntries(Object.entries(CATALOGS).map(([ns, catalog]) => [ns, catalog[lang]])),
  ]),
);

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: false,
  ns: Object.keys(CATALOGS),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = localeOf(currentLanguage());

export function currentLanguage(): Language {
  return i18next.language === 'zh' ? 'zh' : 'en';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = localeOf(language);
  void i18next.changeLanguage(language);
}

export { i18next };
