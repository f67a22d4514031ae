// A business day's queue for the day close and its report: tickets, waits, no-shows (过号),
// and how many customers were waiting at the half hour of each hour (the chart of the day).
import type { Db } from '../db/open.ts';
import { localHourOf } from '../../../shared/local-hour.ts';
import { instantInHallZone } from '../../../shared/hall-time.ts';

export interface QueueDay {
  issued: number;
  served: number;
  noShows: number;
  avgWaitSec: number;
  maxWaitSec: number;
  /** 24 counts: customers waiting at hh:30 (branch time) */
  waitingByHour: number[];
}

/** Exported so the query-plan test explains exactly this (the day close reads it on a table that grows by a year of tickets). */
export const QUEUE_DAY_SQL = 'SELECT status, issued_at, called_at FROM tickets WHERE business_date = ?';

export function queueDay(db: Db, date: string, timeZone: string): QueueDay {
  const rows = db.prepare(QUEUE_DAY_SQL).all(date) as Array<{ status: string; issued_at: string; called_at: string | null }>;
  const waits = rows.filter((r) => r.called_at).map((r) => (Date.parse(r.called_at!) - Date.parse(r.issued_at)) / 1000);
  const waitingByHour = new Array<number>(24).fill(0);
  // a ticket never called waits until the day ends, not on into the small hours of the same
  // 24 slots (it used to count for 24 hours and so show up waiting in the morning before it was issued)
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const dayEnd = Date.parse(instantInHallZone(next.toISOString().slice(0, 10), '00:00', timeZone));
  for (const r of rows) {
    const from = Date.parse(r.issued_at);
    const to = Math.min(r.called_at ? Date.parse(r.called_at) : Number.POSITIVE_INFINITY, dayEnd);
    // each half hour the ticket spent waiting counts once in its hour
    const firstHalf = Math.ceil((from - 30 * 60_000) / 3_600_000) * 3_600_000 + 30 * 60_000;
    for (let t = firstHalf; t < to && t < from + 24 * 3_600_000; t += 3_600_000) waitingByHour[localHourOf(new Date(t), timeZone)]!++;
  }
  return {
    issued: rows.length,
    served: rows.filter((r) => r.status === 'done').length,
    noShows: rows.filter((r) => r.status === 'skipped').length,
    avgWaitSec: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : 0,
    maxWaitSec: Math.round(waits.reduce((a, b) => Math.max(a, b), 0)),
    waitingByHour,
  };
}
