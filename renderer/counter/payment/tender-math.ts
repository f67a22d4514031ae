// The cashier's sums, kept out of React so they can be tested: what the cash part is after the
// non-cash tenders, the change, the quick amounts a customer typically hands over, and what the
// hall will be sent. The hall checks the same rules again (record-payment.ts); this only lets
// the screen say so before Enter.
import type { TenderMethod } from '../../../shared/print-models.ts';

/** A non-cash tender as typed: card, WeChat, Alipay, cheque, transfer (cash is what is left). */
export interface TenderDraft {
  method: Exclude<TenderMethod, 'cash'>;
  amountFen: number;
  reference: string;
}

/** The hall's limit on change (MAX_CHANGE_FEN in record-payment.ts): more is a typo in 收您. */
export const MAX_CHANGE_FEN = 100_000;
/** From this total on, Enter asks once more with a step a second Enter cannot pass. */
export const LARGE_AMOUNT_FEN = 500_000;

export type SettleProblem = 'overTendered' | 'cashShort' | 'changeTooLarge' | 'referenceMissing' | 'nothingToPay' | 'tooManyTenders';

export interface Settlement {
  totalFen: number;
  nonCashFen: number;
  /** what is left to pay in cash */
  cashDueFen: number;
  /** 收您: cash handed over (null until typed; exact when nothing is due in cash) */
  receivedFen: number | null;
  /** 找您 */
  changeFen: number | null;
  problem: SettleProblem | null;
  /** the tenders as ledger.recordPayment takes them, cash last */
  tenders: Array<{ method: TenderMethod; amountFen: number; reference: string | null }>;
}

/** Methods whose reference must be typed or scanned: the cheque's number, the wallet's payment code or transaction id. */
export const NEEDS_REFERENCE: ReadonlySet<TenderMethod> = new Set(['cheque', 'wechat', 'alipay']);

export function settle(totalFen: number, nonCash: readonly TenderDraft[], receivedFen: number | null): Settlement {
  const nonCashFen = nonCash.reduce((s, t) => s + t.amountFen, 0);
  const cashDueFen = totalFen - nonCashFen;
  const tenders = nonCash.filter((t) => t.amountFen > 0).map((t) => ({ method: t.method, amountFen: t.amountFen, reference: t.reference.trim() || null }));
  const base = { totalFen, nonCashFen, cashDueFen, tenders };
  if (totalFen <= 0) return { ...base, receivedFen: null, changeFen: null, problem: 'nothingToPay' };
  if (cashDueFen < 0) return { ...base, receivedFen: null, changeFen: null, problem: 'overTendered' };
  const missing = nonCash.some((t) => t.amountFen > 0 && NEEDS_REFERENCE.has(t.method) && !t.reference.trim());
  if (cashDueFen === 0) return { ...base, receivedFen: null, changeFen: null, problem: missing ? 'referenceMissing' : tenders.length === 0 ? 'nothingToPay' : null };
  const withCash = [...tenders, { method: 'cash' as const, amountFen: cashDueFen, reference: null }];
  if (withCash.length > 6) return { ...base, tenders: withCash, receivedFen, changeFen: null, problem: 'tooManyTenders' };
  if (receivedFen === null) return { ...base, tenders: withCash, receivedFen: null, changeFen: null, problem: missing ? 'referenceMissing' : 'cashShort' };
  const changeFen = receivedFen - cashDueFen;
  const problem: SettleProblem | null = changeFen < 0 ? 'cashShort' : changeFen > MAX_CHANGE_FEN ? 'changeTooLarge' : missing ? 'referenceMissing' : null;
  return { ...base, tenders: withCash, receivedFen, changeFen: changeFen < 0 ? null : changeFen, problem };
}

const ceilTo = (fen: number, step: number) => Math.ceil(fen / step) * step;

/**
 * The amounts a customer hands over for `dueFen` in cash: exactly, rounded up to ¥10, the next
 * ¥50 and ¥100 steps, and ¥100 more. Ascending, no repeats, at most five.
 */
export function quickCashAmounts(dueFen: number): number[] {
  if (dueFen <= 0) return [];
  const candidates = [dueFen, ceilTo(dueFen, 1_000), ceilTo(dueFen, 5_000), ceilTo(dueFen, 10_000), ceilTo(dueFen, 10_000) + 10_000];
  return [...new Set(candidates)].sort((a, b) => a - b).slice(0, 5);
}

/** Which wallet a scanned payment code belongs to (DOMAIN.md: WeChat 18 digits from 10–15, Alipay 16–24 digits from 25–30). */
export function walletOfCode(code: string): 'wechat' | 'alipay' | null {
  const c = code.trim();
  if (/^1[0-5]\d{16}$/.test(c)) return 'wechat';
  if (/^(2[5-9]|30)\d{14,22}$/.test(c)) return 'alipay';
  return null;
}
