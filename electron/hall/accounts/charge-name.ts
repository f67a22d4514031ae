// The name a charge is booked under ("2026-2027 采暖费"): stored with the charge and printed on
// its receipts, so it is said once, in the branch's language, and never changes afterwards.
import { DEFAULT_LOCALE } from '../../../shared/i18n/index.ts';
import { translate } from '../i18n.ts';

export function chargeName(kind: 'heating' | 'arrears', season: string): string {
  return translate(DEFAULT_LOCALE, `accounts:charges.${kind}`, { season });
}
