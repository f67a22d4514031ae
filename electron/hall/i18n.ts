// The hall speaks the caller's language: errors and printed text come out of the same
// catalogues the screens use.
import i18next, { type TFunction } from 'i18next';
import { i18nResources, DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n/index.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: i18nResources() as never,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as never);

const fixed = new Map<Locale, TFunction>();

export function translator(locale: Locale): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    t = instance.getFixedT(locale);
    fixed.set(locale, t);
  }
  return t;
}

/** Translate `ns:key` (or a key in common) for a locale. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return String(translator(locale)(key, params as never));
}
