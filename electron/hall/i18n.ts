// The hall speaks the caller's language: errors and printed text come out of the same
// catalogues the screens use.
import i18next, { type TFunction } from 'i18next';
import { i18nOptions, DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index.ts';
import type { InputIssue } from '../../shared/errors.ts';
import type { StorageError } from './db/storage-errors.ts';

const instance = i18next.createInstance();
void instance.init(i18nOptions(DEFAULT_LOCALE) as never);

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

/** Parameters that are codes (a role, a customer class) are said as words in the message. */
const WORDS: Record<string, string> = { role: 'errors:roles', customerClass: 'errors:customerClasses' };

/** The one place an error becomes a sentence: its catalogue key (`ns:path`, or a code in `errors`) with its parameters. */
export function errorMessage(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const said: Record<string, unknown> = { ...params };
  for (const [name, family] of Object.entries(WORDS)) {
    const value = params[name];
    if (typeof value === 'string') said[name] = translate(locale, `${family}.${value}`, { defaultValue: value });
  }
  return translate(locale, key.includes(':') ? key : `errors:${key}`, said);
}

/** One input problem: "工号：应为 2–12 位字母或数字" / "Operator number: 2–12 letters or digits". */
export function issueMessage(locale: Locale, issue: InputIssue): string {
  const segment = [...issue.path.split('.')].reverse().find((s) => s !== '' && !/^\d+$/.test(s)) ?? 'input';
  const field = translate(locale, `errors:fields.${segment}`, { defaultValue: segment });
  const problem = translate(locale, `errors:${issue.problem}`, issue.params ?? {});
  return translate(locale, 'errors:issue', { field, problem });
}

/** Why the hall could not open its database, for an entry point to print instead of a stack. */
export function storageStartMessage(error: StorageError, locale: Locale): string {
  return errorMessage(locale, 'storageAtStart', { reason: errorMessage(locale, error.state), path: error.path });
}
