// 滞纳金: a late fee accrues per day past the due date on what is still open, at a
// configured daily rate, and never exceeds the principal it accrues on. Computed at the
// moment of payment (branch-local date) and shown as its own receipt line.
import { mulDiv, fen, type Fen } from './money.ts';
import { daysBetween } from './seasons.ts';
import type { FeeWords } from './fee-words.ts';

export interface LateFee {
  amountFen: Fen;
  days: number;
  /** e.g. "2025-11-30 起 358 天 × 0.05%/天" */
  detail: string;
}

/** Daily rate in parts per million, as a percentage: 500 → "0.05" (万分之五 a day). */
export function dailyRatePercent(ratePpm: number): string {
  const whole = Math.trunc(ratePpm / 10_000);
  const frac = String(ratePpm % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}`;
}

export function lateFee(openFen: number, dueDate: string | null, onDate: string, ratePpmPerDay: number, words: FeeWords): LateFee | null {
  if (dueDate === null || openFen <= 0 || ratePpmPerDay <= 0) return null;
  const days = daysBetween(dueDate, onDate);
  if (days <= 0) return null;
  const accrued = mulDiv(openFen, days * ratePpmPerDay, 1_000_000);
  const amountFen = fen(Math.min(accrued, openFen));
  if (amountFen <= 0) return null;
  return { amountFen, days, detail: `${words.lateFrom(dueDate, days, words.perDay(dailyRatePercent(ratePpmPerDay)))}${accrued > openFen ? words.capped : ''}` };
}
