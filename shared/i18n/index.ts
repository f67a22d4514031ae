// All message catalogues. A domain adds its namespace file under catalog/ and one line here.
import { common } from './catalog/common.ts';
import { errors } from './catalog/errors.ts';
import { health } from './catalog/health.ts';
import { ledger } from './catalog/ledger.ts';
import { accounts } from './catalog/accounts.ts';
import { printing } from './catalog/printing.ts';
import { queue } from './catalog/queue.ts';
import { counter } from './catalog/counter.ts';
import { manager } from './catalog/manager.ts';
import { shell } from './catalog/shell.ts';
import { staff } from './catalog/staff.ts';
import { customer } from './catalog/customer.ts';
import { shifts } from './catalog/shifts.ts';
import { backup } from './catalog/backup.ts';
import { dayclose } from './catalog/dayclose.ts';
import { today } from './catalog/today.ts';
import { net } from './catalog/net.ts';
import { registers } from './catalog/registers.ts';
import { cli } from './catalog/cli.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './define.ts';

export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from './define.ts';

export const catalogues = { common, errors, health, ledger, accounts, printing, queue, counter, manager, shell, staff, customer, shifts, backup, dayclose, today, net, registers, cli } as const;
export type Namespace = keyof typeof catalogues;

/** The i18next set-up the hall and the screens share; each only picks the starting language. */
export function i18nOptions(lng: Locale) {
  return {
    resources: i18nResources(),
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  };
}

/** i18next-shaped resources: { [locale]: { [namespace]: messages } }. */
export function i18nResources(): Record<Locale, Record<Namespace, unknown>> {
  const out = {} as Record<Locale, Record<Namespace, unknown>>;
  for (const locale of LOCALES) {
    const perNs = {} as Record<Namespace, unknown>;
    for (const ns of Object.keys(catalogues) as Namespace[]) perNs[ns] = catalogues[ns][locale];
    out[locale] = perNs;
  }
  return out;
}
