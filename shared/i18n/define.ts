// A catalogue holds one namespace in all three languages side by side, so a missing
// translation is a compile error rather than an English word on a Chinese screen.
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Catalogue<T> = { readonly 'zh-CN': T; readonly 'zh-TW': Shape<T>; readonly en: Shape<T> };

export function defineCatalogue<const T>(catalogue: Catalogue<T>): Catalogue<T> {
  return catalogue;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
