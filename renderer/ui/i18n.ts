import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/index.ts';

const STORAGE_KEY = 'counterdesk.locale';

export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

void i18next.use(initReactI18next).init(i18nOptions(initialLocale()) as never);

export function changeLocale(locale: Locale): void {
  window.localStorage.setItem(STORAGE_KEY, locale);
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export { i18next };
