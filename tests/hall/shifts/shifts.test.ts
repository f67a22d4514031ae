import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import { countedFen } from '../../../shared/cash-count.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const approval = { managerCode: '9001', managerPin: '9999', reason: '午间解款' };
/** 开栓费 ¥50.00: a counter item, so amounts are round and known. */
type Tender = { method: 'cash' | 'wechat' | 'card'; amountFen: number; reference: string | null };
const item = (token: string, tenders: Tender[] = [{ method: 'cash', amountFen: 5_000, reference: null }], cashReceivedFen: number | null = null) =>
  h.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders, cashReceivedFen }, token);
const windowState = (n: number) => h.hall.db.prepare('SELECT status, pause_reason FROM window_states WHERE window_no = ?').get(n) as { status: string; pause_reason: string | null };

describe('shifts', () => {
  it('refuses a payment and a reversal at a window without an open shift, and writes nothing', async () => {
    const paid = await item(h.cashier);
    const before = h.counterEntries();
    const res = await h.raw('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'card', amountFen: 5_000, reference: null }] }, h.manager);
    expect(res.ok).toBe(false);
    if (!res.ok) expect([res.error.key, res.error.message]).toEqual(['ledger:errors.noShift', '3 号窗口没有当班的班次，请先开班（录入备用金）再收费']);
    const rev = await h.raw('ledger.reversePayment', { idempotencyKey: randomUUID(), receiptNo: paid.receiptNo, approval }, h.manager);
    expect(!rev.ok && rev.error.key).toBe('ledger:errors.noShift');
    expect(h.counterEntries()).toBe(before);
  });

  it('allows one open shift per window', async () => {
    const again = await h.raw('shifts.open', { floatFen: 10_000 }, h.cashier);
    expect(!again.ok && again.error.key).toBe('shifts:errors.alreadyOpen');
    const other = await h.login('1002', '1234', 1); // another cashier at the same window
    const theirs = await h.raw('shifts.open', { floatFen: 10_000 }, other);
    expect(!theirs.ok && theirs.error.message).toBe('1 号窗口已有当班班次（收费员 1001），请先交班');
  });

  it('counts the drawer against float + cash in − change − drops, records a shortage with its note, prints the report and pauses the window for the handover', async () => {
    // a fresh shift on window 3 with a float of ¥500.00; the manager approves, another person
    const c3 = await h.login('1002', '1234', 3);
    const opened = await h.call('shifts.open', { floatFen: 50_000 }, c3);
    expect(opened).toMatchObject({ windowNo: 3, floatFen: 50_000, expectedCashFen: 50_000, cashier: { code: '1002' } });
    await item(c3, [{ method: 'cash', amountFen: 5_000, reference: null }], 10_000); // ¥100 handed over, ¥50 change
    await item(c3, [{ method: 'wechat', amountFen: 5_000, reference: 'WX1' }]);
    const reversed = await item(c3);
    await h.call('ledger.reversePayment', { idempotencyKey: randomUUID(), receiptNo: reversed.receiptNo, approval: { ...approval, reason: '收错了' } }, c3);
    const topped = await h.call('shifts.moveCash', { type: 'topUp', amountFen: 20_000 }, c3);
    expect(topped.expectedCashFen).toBe(50_000 + 5_000 + 20_000);

    // taking cash out: a manager's approval, never more than the drawer holds
    const noApproval = await h.raw('shifts.moveCash', { type: 'deposit', amountFen: 30_000 }, c3);
    expect(!noApproval.ok && noApproval.error.key).toBe('shifts:errors.approvalRequired');
    const tooMuch = await h.raw('shifts.moveCash', { type: 'drop', amountFen: 80_000, approval }, c3);
    expect(!tooMuch.ok && tooMuch.error.message).toBe('取出 ￥800.00 超过钱箱应有现金 ￥750.00');
    const wrongPin = await h.raw('shifts.moveCash', { type: 'deposit', amountFen: 30_000, approval: { ...approval, managerPin: '0000' } }, c3);
    expect(wrongPin.ok).toBe(false);
    const deposited = await h.call('shifts.moveCash', { type: 'deposit', amountFen: 30_000, approval }, c3);
    expect(deposited).toMatchObject({ takenOutFen: 30_000, expectedCashFen: 45_000, cashTakenFen: 5_000 });
    expect(deposited.movements.map((m) => [m.type, m.amountFen, m.approver])).toEqual([
      ['topUp', 20_000, null],
      ['deposit', 30_000, '9001 李主任'],
    ]);

    // ¥449.50 counted against ¥450.00 expected: a shortage of ¥0.50 needs a note
    const count = { y100: 4, y20: 2, y5: 1, y1: 4, j5: 1 };
    expect(countedFen({ y50: 0, y10: 0, j1: 0, coinsFen: 0, ...count })).toBe(44_950);
    const silent = await h.raw('shifts.close', { count }, c3);
    expect(!silent.ok && silent.error.message).toBe('短款 ￥0.50：请填写说明后再交班');
    const closed = await h.call('shifts.close', { count, note: '找零时多找了五角' }, c3);
    expect(closed.shift).toMatchObject({ countedCashFen: 44_950, expectedCashFen: 45_000, differenceFen: -50, note: '找零时多找了五角' });
    expect(closed.shift.byMethod).toEqual([
      { method: 'cash', count: 2, amountFen: 5_000 },
      { method: 'wechat', count: 1, amountFen: 5_000 },
    ]);
    expect(closed.shift.receipts).toMatchObject({ first: 'W03-00000001', last: 'W03-00000004', count: 4, reversals: 1 });
    expect(closed.report).toMatchObject({ windowNo: 3, differenceFen: -50, countedCashFen: 44_950, floatFen: 50_000 });
    const job = h.hall.db.prepare('SELECT kind, target FROM print_jobs WHERE id = ?').get(closed.printJobId);
    expect(job).toEqual({ kind: 'shiftReport', target: 'window:3' });
    const entry = h.hall.db.prepare("SELECT amount_fen, body FROM ledger_entries WHERE kind = 'shiftClose'").get() as { amount_fen: number; body: string };
    expect(entry.amount_fen).toBe(-50);
    expect(JSON.parse(entry.body)).toMatchObject({ countedFen: 44_950, expectedFen: 45_000, note: '找零时多找了五角' });
    expect(windowState(3)).toEqual({ status: 'paused', pause_reason: 'handover' });

    // no payment between the shifts; the next cashier's opening resumes the window
    const between = await h.raw('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] }, c3);
    expect(!between.ok && between.error.key).toBe('ledger:errors.noShift');
    expect((await h.call('shifts.current', {}, c3)).shift).toBeNull();
    const next = await h.login('1001', '1234', 3);
    const second = await h.call('shifts.open', { floatFen: 44_950 }, next);
    expect(second.shiftNo).toBeGreaterThan(opened.shiftNo);
    expect(windowState(3)).toEqual({ status: 'open', pause_reason: null });
    expect(verifyLedger(h.hall.db)).toMatchObject({ ok: true, problems: [] });

    const office = await h.login('9001', '9999', null);
    const day = await h.call('shifts.ofDay', { date: '2026-11-23' }, office);
    expect(day.shifts.map((s) => [s.windowNo, s.closedAt === null])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [3, true],
    ]);
  });

  it('records an overage with its note, never evened out', async () => {
    await item(h.cashier);
    const count = { y50: 1, j1: 2 }; // ¥50.20 against ¥50.00
    const silent = await h.raw('shifts.close', { count }, h.cashier);
    expect(!silent.ok && silent.error.key).toBe('shifts:errors.overageNeedsNote');
    const closed = await h.call('shifts.close', { count, note: '未查明原因' }, h.cashier);
    expect(closed.shift.differenceFen).toBe(20);
    const audit = h.hall.db.prepare("SELECT details FROM audit_log WHERE action = 'shifts.closed'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ differenceFen: 20, note: '未查明原因' });
  });
});
