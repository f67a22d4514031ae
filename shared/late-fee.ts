// 滞纳金: a late fee accrues per day past the due date on what is still open, at a
// configured daily rate, and never exceeds the principal it accrues on. Computed at the
// moment of payment (branch-local date) and shown as its own receipt line.
import { mulDiv, fen, type Fen } from './money.ts';
import { daysBetween } from './seasons.ts';

export interface LateFee {
  amountFen: Fen;
  days: number;
  /** e.g. "2025-11-30 起 358 天 × 0.05%/天" */
  detail: string;
}

/** Daily rate in parts per million: 500 = 0.05 % per day (万分之五). */
export function formatDailyRate(ratePpm: number): string {
  const whole = Math.trunc(ratePpm / 10_000);
  const frac = String(ratePpm % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}%/天`;
}

export function lateFee(openFen: number, dueDate: string | null, onDate: string, ratePpmPerDay: number): LateFee | null {
  if (dueDate === null || openFen <= 0 || ratePpmPerDay <= 0) return null;
  const days = daysBetween(dueDate, onDate);
  if (days <= 0) return null;
  const accrued = mulDiv(openFen, days * ratePpmPerDay, 1_000_000);
  const amountFen = fen(Math.min(accrued, openFen));
  if (amountFen <= 0) return null;
  return { amountFen, days, detail: `${dueDate} 起 ${days} 天 × ${formatDailyRate(ratePpmPerDay)}${accrued > openFen ? '（以本金为限）' : ''}` };
}
