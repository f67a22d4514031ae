// 日结 locks a business day in the ledger itself: a `dayClose` entry dated in the day (body
// type 'close') locks it, a later `dayClose` entry of type 'reopen' dated in the same day
// opens it again. The newest of them decides (partial index ledger_day_marks). The appender
// refuses any other entry dated in a locked day; what happens after a close is dated in the
// next open day (openDayOf), so corrections land there.
import type { Db } from '../db/open.ts';
import { DomainError } from '../../../shared/errors.ts';
import { localDateOf } from '../../../shared/seasons.ts';

/**
 * Exported so the query-plan test explains exactly these. The partial index is named: left to
 * itself SQLite walked the day's index (every entry of the day) on every append, so a busy day's
 * payments slowed as the day went on (30,000 synthetic payments in one day: 3 s per 2,000 at the end).
 */
export const DAY_LOCK_SQL = {
  lastMark: "SELECT seq, hash, body FROM ledger_entries INDEXED BY ledger_day_marks WHERE business_date = ? AND kind = 'dayClose' ORDER BY seq DESC LIMIT 1",
  lastBefore: "SELECT seq, hash, business_date, body FROM ledger_entries INDEXED BY ledger_day_marks WHERE business_date < ? AND kind = 'dayClose' ORDER BY business_date DESC, seq DESC LIMIT 1",
} as const;

export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function dayLocks(db: Db) {
  const lastMark = db.prepare(DAY_LOCK_SQL.lastMark);
  const lastBefore = db.prepare(DAY_LOCK_SQL.lastBefore);
  const isLocked = (date: string): boolean => {
    const mark = lastMark.get(date) as { body: string } | undefined;
    return mark !== undefined && (JSON.parse(mark.body) as { type: string }).type === 'close';
  };
  return {
    isLocked,
    /** The business date an entry made now carries: today, or the next day not yet closed. */
    openDayOf(now: Date, timeZone: string): string {
      let date = localDateOf(now, timeZone);
      while (isLocked(date)) date = nextDate(date);
      return date;
    },
    /** The newest day mark (close or reopen) of a day before `date`. */
    markBefore(date: string): { seq: number; hash: string; date: string; body: unknown } | null {
      const row = lastBefore.get(date) as { seq: number; hash: string; business_date: string; body: string } | undefined;
      return row ? { seq: row.seq, hash: row.hash, date: row.business_date, body: JSON.parse(row.body) } : null;
    },
    /** The newest day mark of the day itself. */
    markOf(date: string): { seq: number; hash: string; body: unknown } | null {
      const row = lastMark.get(date) as { seq: number; hash: string; body: string } | undefined;
      return row ? { seq: row.seq, hash: row.hash, body: JSON.parse(row.body) } : null;
    },
  };
}

export function refuseLockedDay(date: string): never {
  throw new DomainError('conflict', { date }, { key: 'ledger:errors.dayLocked' });
}
