// What the migrations promise about history: tables that record what happened refuse to be
// changed (triggers), and the hot queries of every day (call next, open charges, a day's
// payments) are answered from an index.
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { QUEUE_HOT_SQL } from '../../../electron/hall/queue/queue-store.ts';
import { ACCOUNT_CHARGES_SQL } from '../../../electron/hall/accounts/accounts-store.ts';
import { PAID_BY_CHARGE_SQL } from '../../../electron/hall/ledger/ledger-store.ts';
import { DAY_PAYMENTS_SQL } from '../../../electron/hall/ledger/day-payments.ts';
import { APPEND_HOT_SQL } from '../../../electron/hall/ledger/append-entry.ts';
import { DAY_LOCK_SQL } from '../../../electron/hall/ledger/day-lock.ts';
import { PRINT_JOBS_HOT_SQL } from '../../../electron/hall/printing/printing-store.ts';

describe('history tables and hot queries', async () => {
  const h = await ledgerHall();
  await h.pay(KNOWN.zhang);
  const kiosk = (await h.call('session.openDevice', { role: 'kiosk', terminalId: 'k', windowNo: null })).token;
  await h.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kiosk);
  await h.call('billing.setHeatingPrice', { customerClass: 'residential', fromSeason: '2030-2031', unitPriceFen: 2_500 }, h.manager);
  afterAll(() => h.close());
  const db = h.hall.db;

  it.each([
    ['ledger_entries', 'UPDATE ledger_entries SET amount_fen = 1', 'DELETE FROM ledger_entries'],
    ['charges (0030)', 'UPDATE charges SET amount_fen = 1', 'DELETE FROM charges'],
    ['heating_prices (0100)', 'UPDATE heating_prices SET unit_price_fen = 1', 'DELETE FROM heating_prices'],
    ['billing_policies (0100)', 'UPDATE billing_policies SET late_fee_ppm_per_day = 0', 'DELETE FROM billing_policies'],
    ['ticket_events (0300)', "UPDATE ticket_events SET action = 'x'", 'DELETE FROM ticket_events'],
    ['audit_log (0010)', "UPDATE audit_log SET action = 'x'", 'DELETE FROM audit_log'],
  ])('%s refuses UPDATE and DELETE', (_name, update, del) => {
    expect(() => db.prepare(update).run()).toThrow(/insert-only|append-only|history/);
    expect(() => db.prepare(del).run()).toThrow(/insert-only|append-only|history/);
  });

  // The statements the code runs (imported, never copied): a plan that falls back to scanning a
  // table passes every functional test and still takes seconds on a branch with a year of data.
  const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
  it.each([
    ['waiting tickets of the day (call next)', QUEUE_HOT_SQL.waiting, ['2026-11-23'], /USING INDEX tickets_waiting/],
    ['tickets of a letter today (numbering)', QUEUE_HOT_SQL.countWithLetter, ['2026-11-23', 'A'], /USING (COVERING )?INDEX/],
    ['a ticket by its number today', QUEUE_HOT_SQL.byNo, ['2026-11-23', 'A001'], /USING (COVERING )?INDEX/],
    ['a kiosk’s tickets of the last minute (its rate limit, every tap)', QUEUE_HOT_SQL.issuedSince, ['k', '2026-11-23T01:59:00.000Z'], /USING COVERING INDEX tickets_by_terminal/],
    ['an account’s payments (open charges)', PAID_BY_CHARGE_SQL, [1], /USING INDEX ledger_by_account/],
    ['an account’s charges (open charges)', ACCOUNT_CHARGES_SQL, [1], /USING INDEX charges_by_account/],
    ['a day’s payments (export, day close)', DAY_PAYMENTS_SQL, ['2026-11-23'], /USING INDEX ledger_by_day/],
    ['a window’s last receipt number (every payment)', APPEND_HOT_SQL.lastInSeries, [1], /USING COVERING INDEX/],
    ['the chain’s head (every payment)', APPEND_HOT_SQL.head, [], /USING INTEGER PRIMARY KEY|SCAN ledger_entries$/],
    // the day's own index would walk every entry of the day on every payment
    ['is the day closed (every payment)', DAY_LOCK_SQL.lastMark, ['2026-11-23'], /USING INDEX ledger_day_marks/],
    ['the last closed day before (day close)', DAY_LOCK_SQL.lastBefore, ['2026-11-23'], /USING INDEX ledger_day_marks/],
    ['pending print jobs (print worker)', PRINT_JOBS_HOT_SQL.pending, [], /USING INDEX print_jobs_by_status|USING INTEGER PRIMARY KEY/],
  ])('%s uses an index', (_name, sql, params, expected) => {
    const details = plan(sql, ...params);
    expect(details, sql).toMatch(expected);
    // a full scan of a growing table is never acceptable on these paths (the chain's head reads
    // the last row of the primary key, which SQLite reports as a scan it stops after one row)
    if (sql !== APPEND_HOT_SQL.head) expect(details, sql).not.toMatch(/(^|\| )SCAN (ledger_entries|tickets|charges|print_jobs)( |$)(?!USING)/);
  });
});
