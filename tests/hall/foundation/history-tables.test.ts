// What the migrations promise about history: tables that record what happened refuse to be
// changed (triggers), and the hot queries of every day (call next, open charges, a day's
// payments) are answered from an index.
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';

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

  const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
  it.each([
    ['waiting tickets of the day (call next)', "SELECT * FROM tickets WHERE business_date = ? AND status = 'waiting' ORDER BY placed_at, id", ['2026-11-23'], /USING INDEX tickets_waiting/],
    ['an account’s ledger entries (open charges)', 'SELECT body FROM ledger_entries WHERE account_id = ?', [1], /USING INDEX ledger_by_account/],
    ['a day’s payments (export, day close)', 'SELECT * FROM ledger_entries WHERE business_date = ? ORDER BY seq', ['2026-11-23'], /USING INDEX ledger_by_day/],
    ['an account’s charges', 'SELECT * FROM charges WHERE account_id = ?', [1], /USING INDEX charges_by_account/],
    ['a window’s last receipt number', 'SELECT MAX(series_no) FROM ledger_entries WHERE window_no = ?', [1], /USING COVERING INDEX/],
    ['pending print jobs', "SELECT * FROM print_jobs WHERE status = 'pending' ORDER BY id", [], /USING INDEX print_jobs_by_status|USING INTEGER PRIMARY KEY/],
  ])('%s uses an index', (_name, sql, params, expected) => {
    expect(plan(sql, ...params)).toMatch(expected);
  });
});
