// A day's queue in figures, per window and per business, from each ticket's times.
import type { Db } from '../db/open.ts';
import { hallHour } from '../../../shared/hall-time.ts';

interface Row {
  window_no: number | null;
  service_code: string;
  status: string;
  placed_at: string;
  issued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
}

function figures(rows: Row[], boundSec: number) {
  const called = rows.filter((r) => r.called_at);
  const waits = called.map((r) => (Date.parse(r.called_at!) - Date.parse(r.issued_at)) / 1000);
  const served = rows.filter((r) => r.status === 'done');
  const service = served.filter((r) => r.started_at && r.finished_at).map((r) => (Date.parse(r.finished_at!) - Date.parse(r.started_at!)) / 1000);
  const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
  return {
    served: served.length,
    noShows: rows.filter((r) => r.status === 'skipped').length,
    avgWaitSec: avg(waits),
    maxWaitSec: Math.round(waits.reduce((a, b) => Math.max(a, b), 0)),
    avgServiceSec: avg(service),
    overBound: waits.filter((w) => w > boundSec).length,
  };
}

/**
 * The day hour by hour in the hall's zone: tickets issued and called in the hour, and customers
 * still waiting when it ended (issued by then, not yet called) — the hall's load over the day.
 */
function byHour(rows: Row[], timeZone: string) {
  if (rows.length === 0) return [];
  const hour = (iso: string) => hallHour(iso, timeZone);
  const issued = rows.map((r) => hour(r.issued_at));
  const called = rows.map((r) => (r.called_at ? hour(r.called_at) : null));
  const first = Math.min(...issued);
  const last = Math.max(...issued, ...called.filter((h): h is number => h !== null));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const h = first + i;
    return {
      hour: h,
      issued: issued.filter((x) => x === h).length,
      called: called.filter((x) => x === h).length,
      waiting: issued.filter((x, k) => x <= h && (called[k] === null || called[k]! > h)).length,
    };
  });
}

export function queueStats(db: Db, date: string, maxWaitMinutes: number, timeZone: string) {
  const rows = db.prepare('SELECT window_no, service_code, status, placed_at, issued_at, called_at, started_at, finished_at FROM tickets WHERE business_date = ?').all(date) as Row[];
  const bound = maxWaitMinutes * 60;
  const windows = [...new Set(rows.filter((r) => r.window_no !== null).map((r) => r.window_no!))].sort((a, b) => a - b);
  const services = [...new Set(rows.map((r) => r.service_code))].sort();
  return {
    date,
    maxWaitMinutes,
    byWindow: windows.map((w) => ({ windowNo: w, ...figures(rows.filter((r) => r.window_no === w), bound) })),
    byService: services.map((s) => {
      const mine = rows.filter((r) => r.service_code === s);
      return { serviceCode: s, issued: mine.length, ...figures(mine, bound) };
    }),
    byHour: byHour(rows, timeZone),
  };
}
