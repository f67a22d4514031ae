// The day close reads a year's ledger (1,000,000 entries at a large branch) and a year's
// tickets: each statement it runs (imported, never copied) must reach the day, or the entries
// since the previous close, through an index. A plan that scans the table passes every
// functional test on a test day and takes seconds on a branch's database (day_close_1m).
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { DAY_BOOK_SQL } from '../../../electron/hall/ledger/day-book.ts';
import { DAY_LOCK_SQL } from '../../../electron/hall/ledger/day-lock.ts';
import { SHIFT_SQL } from '../../../electron/hall/ledger/shift-book.ts';
import { VERIFY_RANGE_SQL } from '../../../electron/hall/ledger/verify.ts';
import { QUEUE_DAY_SQL } from '../../../electron/hall/queue/queue-day.ts';

describe('the day close’s statements', async () => {
  const h = await ledgerHall();
  await h.pay(KNOWN.zhang);
  afterAll(() => h.close());
  const plan = (sql: string, ...params: unknown[]) => (h.hall.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

  it.each([
    ['the day’s entries (the report)', DAY_BOOK_SQL.day, ['2026-11-23'], /SEARCH ledger_entries USING INDEX ledger_by_day \(business_date=\?\)/],
    ['the entries since the previous close (the check)', VERIFY_RANGE_SQL.unsigned, [10, 20], /SEARCH e USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/],
    ['the same with signatures (the full verify)', VERIFY_RANGE_SQL.signed, [10, 20], /SEARCH e USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\).*SEARCH s USING (PRIMARY KEY|INDEX|COVERING INDEX)/],
    ['a window’s receipt number before the previous close', DAY_BOOK_SQL.lastSeriesBefore, [1, 10], /SEARCH ledger_entries USING INDEX ledger_by_window \(window_no=\? AND seq<\?\)/],
    ['the previous close’s entry', DAY_BOOK_SQL.entryAt, [10], /SEARCH ledger_entries USING INTEGER PRIMARY KEY \(rowid=\?\)/],
    ['an earlier day left open', DAY_BOOK_SQL.earliestDayBetween, ['2026-11-01', '2026-11-23'], /SEARCH ledger_entries USING COVERING INDEX ledger_by_day \(business_date>\? AND business_date<\?\)/],
    ['the previous close', DAY_LOCK_SQL.lastBefore, ['2026-11-23'], /USING INDEX ledger_day_marks/],
    ['the shifts opened in the day', SHIFT_SQL.openingsOfDay, ['2026-11-23'], /SEARCH ledger_entries USING INDEX (ledger_by_day|ledger_shift_marks)/],
    ['a shift’s entries', SHIFT_SQL.since, [1, 10, 20], /SEARCH ledger_entries USING INDEX ledger_by_window \(window_no=\? AND seq>\? AND seq<\?\)/],
    ['the queue’s day', QUEUE_DAY_SQL, ['2026-11-23'], /SEARCH tickets USING INDEX \w+ \(business_date=\?\)/],
  ])('%s: through an index', (_name, sql, params, expected) => {
    const details = plan(sql, ...params);
    expect(details, sql).toMatch(expected);
    expect(details, sql).not.toMatch(/(^|\| )SCAN (e|ledger_entries|tickets)( |$)/);
  });
});
