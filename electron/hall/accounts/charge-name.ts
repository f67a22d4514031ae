// The name a charge is booked under ("2026-2027 采暖费") and the words of its detail line: stored
// with the charge and printed on its receipts, so said once, in the branch's language, and never
// changed afterwards.
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/index.ts';
import type { FeeWords } from '../../../shared/fee-words.ts';
import { translate } from '../i18n.ts';

export function chargeName(kind: 'heating' | 'arrears', season: string): string {
  return translate(DEFAULT_LOCALE, `accounts:charges.${kind}`, { season });
}

/** The fee detail's words in a language (the branch's unless asked). */
export function feeWords(locale: Locale = DEFAULT_LOCALE): FeeWords {
  const say = (key: string, params: Record<string, unknown> = {}) => translate(locale, `accounts:fees.${key}`, params);
  return {
    stopped: say('stopped'),
    lowIncome: (percent) => say('lowIncome', { percent }),
    perDay: (rate) => say('perDay', { rate }),
    lateFrom: (dueDate, days, rate) => say('lateFrom', { dueDate, days, rate }),
    capped: say('capped'),
  };
}
