// Period closings: each day close carries the running month and year totals and the grand
// total; month and year closings follow from the last closed day. Across a month end and a
// year end, on the hall's injected clock.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';

let h: LedgerHall;
afterEach(() => h.close());

/** One business day at window 1: open a shift, sell `n` × 开栓费 (￥50.00) in cash, close the shift and the day. */
async function businessDay(date: string, n: number) {
  h.clock.set(new Date(`${date}T02:00:00.000Z`)); // 10:00 in Shanghai
  const cashier = await h.login('1001', '1234', 1);
  if (!(await h.call('shifts.current', {}, cashier)).shift) await h.call('shifts.open', { floatFen: 0 }, cashier);
  await h.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: n }], expectedTotalFen: 5_000 * n, tenders: [{ method: 'cash', amountFen: 5_000 * n, reference: null }] }, cashier);
  await h.call('shifts.close', { count: { y50: n } }, cashier);
  const manager = await h.login('9001', '9999', null);
  return { manager, z: (await h.call('dayclose.close', { date }, manager)).report };
}

describe('period closings', () => {
  it('carries month, year and grand totals across a month end and a year end', async () => {
    h = await ledgerHall({ start: '2026-11-30T01:00:00.000Z' });
    await h.call('shifts.close', { count: {} }, h.cashier2); // window 2 opened with the hall and took nothing
    const days = [
      ['2026-11-30', 1],
      ['2026-12-01', 2],
      ['2026-12-31', 3],
      ['2027-01-01', 4],
    ] as const;
    const periods = [];
    let manager = '';
    for (const [date, n] of days) {
      const day = await businessDay(date, n);
      manager = day.manager;
      expect(day.z.totalFen).toBe(5_000 * n);
      periods.push(day.z.periods);
    }
    expect(periods).toEqual([
      { month: { month: '2026-11', totalFen: 5_000 }, year: { year: '2026', totalFen: 5_000 }, grandTotalFen: 5_000 },
      { month: { month: '2026-12', totalFen: 10_000 }, year: { year: '2026', totalFen: 15_000 }, grandTotalFen: 15_000 },
      { month: { month: '2026-12', totalFen: 25_000 }, year: { year: '2026', totalFen: 30_000 }, grandTotalFen: 30_000 },
      { month: { month: '2027-01', totalFen: 20_000 }, year: { year: '2027', totalFen: 20_000 }, grandTotalFen: 50_000 },
    ]);
    const period = (p: string) => h.call('dayclose.period', { period: p }, manager);
    expect(await period('2026-11')).toEqual({ period: '2026-11', lastClosedDay: '2026-11-30', totalFen: 5_000, grandTotalFen: 5_000 });
    expect(await period('2026-12')).toEqual({ period: '2026-12', lastClosedDay: '2026-12-31', totalFen: 25_000, grandTotalFen: 30_000 });
    expect(await period('2026')).toEqual({ period: '2026', lastClosedDay: '2026-12-31', totalFen: 30_000, grandTotalFen: 30_000 });
    expect(await period('2027')).toEqual({ period: '2027', lastClosedDay: '2027-01-01', totalFen: 20_000, grandTotalFen: 50_000 });

    // only the most recently closed day can be reopened; its next close carries the totals on again
    const old = await h.raw('dayclose.reopen', { date: '2026-12-31', reason: '想改旧账' }, manager);
    expect(!old.ok && old.error.key).toBe('dayclose:errors.laterDayClosed');
    await h.call('dayclose.reopen', { date: '2027-01-01', reason: '补录' }, manager);
    const cashier = await h.login('1001', '1234', 1);
    await h.call('shifts.open', { floatFen: 0 }, cashier); // dated 2027-01-01 again: the day is open
    await h.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] }, cashier);
    await h.call('shifts.close', { count: { y50: 1 } }, cashier);
    const reclosed = (await h.call('dayclose.close', { date: '2027-01-01' }, manager)).report;
    expect(reclosed.periods).toEqual({ month: { month: '2027-01', totalFen: 25_000 }, year: { year: '2027', totalFen: 25_000 }, grandTotalFen: 55_000 });
    expect(verifyLedger(h.hall.db)).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses to close a day while an earlier day with entries is not closed', async () => {
    h = await ledgerHall({ start: '2026-11-30T01:00:00.000Z' });
    await h.call('shifts.close', { count: {} }, h.cashier2);
    await h.call('shifts.close', { count: {} }, h.cashier); // 2026-11-30 has entries (the shifts) and stays open
    h.clock.set(new Date('2026-12-01T02:00:00.000Z'));
    const manager = await h.login('9001', '9999', null);
    const res = await h.raw('dayclose.close', { date: '2026-12-01' }, manager);
    expect(!res.ok && res.error.message).toBe('2026-11-30 有账目但尚未日结，请先日结该日');
  });
});
