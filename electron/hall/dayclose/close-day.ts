// 日结 (Z): a business day closed by a manager. Refused with the reason while the check finds
// anything. The day's report, with the running month and year totals and the grand total
// (from the previous close), is stored in a dayClose entry dated in the day: chained and
// signed like every entry, and from then on the day is locked. The close entry's number and
// hash are the chain head printed on the day summary and carried by the Z report.
import type { HandlerEnv } from '../handlers.ts';
import type { PeriodTotals, ZReport } from '../../../shared/api/dayclose.api.ts';
import type { DaySummaryModel } from '../../../shared/print-models.ts';
import { fen } from '../../../shared/money.ts';
import { appendDayMark, type DayBook } from '../ledger/index.ts';
import { dayCloseError } from './dayclose-errors.ts';
import { checkDay, previousClose } from './day-check.ts';
import { dayReport } from './day-report.ts';
import type { DayCloseStore } from './dayclose-store.ts';

export function periodTotals(previous: ReturnType<typeof previousClose>, date: string, dayTotal: number): PeriodTotals {
  const month = date.slice(0, 7);
  const year = date.slice(0, 4);
  const p = previous?.mark.type === 'close' ? previous.mark.periods : undefined;
  return {
    month: { month, totalFen: fen((p && p.month.month === month ? p.month.totalFen : 0) + dayTotal) },
    year: { year, totalFen: fen((p && p.year.year === year ? p.year.totalFen : 0) + dayTotal) },
    grandTotalFen: fen((p?.grandTotalFen ?? 0) + dayTotal),
  };
}

export function closeDay(book: DayBook, store: DayCloseStore, env: HandlerEnv, date: string): { report: ZReport; printJobId: number } {
  const operator = env.caller.operator;
  if (!operator) throw dayCloseError('noOperator', {}, 'invalid_input');
  const check = checkDay(env.db, book, date);
  if (check.closed) throw dayCloseError('alreadyClosed', { date });
  if (check.openShifts.length > 0) throw dayCloseError('shiftsOpen', { date, windows: check.openShifts.map((s) => s.windowNo).join(', ') });
  if (check.reprintsWaiting.length > 0) throw dayCloseError('reprintsWaiting', { count: check.reprintsWaiting.length });
  if (check.earlierDayOpen) throw dayCloseError('earlierDayOpen', { date: check.earlierDayOpen });
  if (!check.ledger.ok) throw dayCloseError('ledgerBroken', { seq: check.ledger.problems[0]?.seq ?? 0, reason: check.ledger.problems[0]?.reason ?? '' });

  const report = dayReport(book, store, env, date, 'Z');
  const periods = periodTotals(previousClose(env.db, date), date, report.totalFen);
  const closedBy = { code: operator.code, name: operator.name };
  const mark = appendDayMark(env, date, report.totalFen, { type: 'close', date, report, periods, closedBy, check: check.ledger });
  env.audit({ action: 'dayclose.closed', subject: date, details: { seq: mark.seq, hash: mark.hash, totalFen: report.totalFen, grandTotalFen: periods.grandTotalFen } });
  const z: ZReport = { ...report, closedBy, periods, chainHead: { seq: mark.seq, hash: mark.hash }, check: check.ledger };
  const printJobId = env.print({ kind: 'daySummary', target: 'office', payload: daySummary(z, env) });
  return { report: z, printJobId };
}

export function daySummary(z: ZReport, env: Pick<HandlerEnv, 'config'>): DaySummaryModel {
  return {
    companyName: env.config.companyName,
    branchName: z.branchName,
    businessDate: z.date,
    closedAt: z.madeAt,
    timeZone: z.timeZone,
    closedBy: z.closedBy,
    byMethod: z.byTender,
    byCashier: z.byCashier,
    byItem: z.byItem.map((i) => ({ label: i.label, amountFen: i.amountFen })),
    vatExemptFen: z.byTax.vatExemptFen,
    taxableFen: z.byTax.taxableFen,
    totalFen: z.totalFen,
    receiptsChecked: z.check.receiptsChecked,
    receiptGaps: z.check.gaps.length,
    chainHead: `#${z.chainHead.seq} ${z.chainHead.hash}`,
  };
}
