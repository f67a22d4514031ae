// Before a day is closed: no shift still open, nothing waiting in the reprint queue, no
// earlier day with entries left unclosed, and the ledger since the last close intact (every
// hash, link and signature; each window's receipt series without a gap). The chain before
// the last close was verified by that close, so the check reads the entries since then only.
import type { Db } from '../db/open.ts';
import type { DayCheck } from '../../../shared/api/dayclose.api.ts';
import { GENESIS_HASH, dayLocks, shiftBook, type DayBook } from '../ledger/index.ts';
import { shiftsOfDay } from '../shifts/index.ts';
import { waitingReprints } from '../printing/index.ts';

export interface CloseMark {
  type: 'close' | 'reopen';
  date: string;
  report?: unknown;
  periods?: { month: { month: string; totalFen: number }; year: { year: string; totalFen: number }; grandTotalFen: number };
}

/** The close the running totals go on from: the newest day mark before `date`, if a close. */
export function previousClose(db: Db, date: string): { seq: number; hash: string; date: string; mark: CloseMark } | null {
  const before = dayLocks(db).markBefore(date);
  return before ? { seq: before.seq, hash: before.hash, date: before.date, mark: before.body as CloseMark } : null;
}

export function checkDay(db: Db, book: DayBook, date: string): DayCheck {
  const locks = dayLocks(db);
  const openShifts = shiftsOfDay(shiftBook(db), date)
    .filter((s) => s.closedAt === null)
    .map((s) => ({ shiftNo: s.shiftNo, windowNo: s.windowNo, cashier: s.cashier, openedAt: s.openedAt }));
  const previous = previousClose(db, date);
  // a reopened earlier day, or an earlier day with entries never closed, would be missing from the running totals
  const earlierDayOpen = previous?.mark.type === 'reopen' ? previous.date : book.dayWithEntriesBetween(previous?.date ?? '0000-00-00', date);
  const since = previous ? { seq: previous.seq, hash: previous.hash } : { seq: 0, hash: GENESIS_HASH };
  const verified = book.verifySince(since);
  const reprintsWaiting = waitingReprints(db);
  const closed = locks.isLocked(date);
  return {
    date,
    closed,
    openShifts,
    reprintsWaiting,
    earlierDayOpen,
    ledger: { ok: verified.ok, entriesChecked: verified.entriesChecked, receiptsChecked: verified.receiptsChecked, problems: verified.problems.slice(0, 20), gaps: verified.gaps },
    canClose: !closed && openShifts.length === 0 && reprintsWaiting.length === 0 && earlierDayOpen === null && verified.ok,
  };
}
