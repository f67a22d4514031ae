// Month and year closings follow from the last closed day of the period: its close entry
// holds the running totals of the month and the year (and the grand total).
import type { Db } from '../db/open.ts';
import { fen } from '../../../shared/money.ts';
import { previousClose } from './day-check.ts';

function periodEnd(period: string): string {
  if (period.length === 4) return `${Number(period) + 1}-01-01`;
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function periodClosing(db: Db, period: string) {
  const last = previousClose(db, periodEnd(period));
  const periods = last?.mark.type === 'close' && last.date.startsWith(period) ? last.mark.periods : undefined;
  if (!last || !periods) return { period, lastClosedDay: null, totalFen: fen(0), grandTotalFen: fen(last?.mark.periods?.grandTotalFen ?? 0) };
  return { period, lastClosedDay: last.date, totalFen: fen(period.length === 4 ? periods.year.totalFen : periods.month.totalFen), grandTotalFen: fen(periods.grandTotalFen) };
}
