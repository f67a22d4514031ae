// A whole business day at two windows: two shifts, a handover at window 2, a reversal, a float
// top-up, a bank deposit, an overage at window 1 and a shortage at window 2; then the day close,
// its totals checked to the fen, and the lock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { ledgerAppender } from '../../../electron/hall/ledger/append-entry.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import type { Input } from '../../../shared/api/index.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall({ shop: true });
});
afterEach(() => h.close());

const approval = { managerCode: '9001', managerPin: '9999', reason: '主管批准' };
type PayInput = Input<'ledger.recordPayment'>;
const pay = (token: string, input: Omit<PayInput, 'idempotencyKey'>) => h.call('ledger.recordPayment', { idempotencyKey: randomUUID(), ...input }, token);
const heatingOf = async (accountNo: string, token: string) => {
  const s = await h.call('billing.statement', { accountNo }, token);
  return s.charges.find((c) => c.kind === 'heating')!;
};

describe('the day close', () => {
  it('totals a whole day to the fen by tender, cashier, window, fee item and tax category, then locks it', async () => {
    const c1 = h.cashier; // 1001 王晓梅 at window 1, on shift since the hall opened
    const c2 = h.cashier2; // 1002 刘建国 at window 2
    // window 1: float top-up, residential heating in cash, counter items by WeChat reversed
    await h.call('shifts.moveCash', { type: 'topUp', amountFen: 50_000 }, c1);
    const li = await heatingOf(KNOWN.li, c1);
    expect(li.openFen).toBe(220_000);
    await pay(c1, { accountNo: KNOWN.li, chargeIds: [li.chargeId], expectedTotalFen: 220_000, tenders: [{ method: 'cash', amountFen: 220_000, reference: null }] });
    const items = await pay(c1, { accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'KS', quantity: 1 }, { code: 'M-FM', quantity: 2 }], expectedTotalFen: 12_000, tenders: [{ method: 'wechat', amountFen: 12_000, reference: 'WX001' }] });
    await h.call('ledger.reversePayment', { idempotencyKey: randomUUID(), receiptNo: items.receiptNo, approval: { ...approval, reason: '客户不要了' } }, c1);

    // window 2: heating by card + cash with change, a connection fee by transfer, a bank deposit
    const zhang = await heatingOf(KNOWN.zhang, c2);
    expect(zhang.openFen).toBe(196_614);
    await pay(c2, { accountNo: KNOWN.zhang, chargeIds: [zhang.chargeId], expectedTotalFen: 196_614, tenders: [{ method: 'card', amountFen: 100_000, reference: '6222' }, { method: 'cash', amountFen: 96_614, reference: null }], cashReceivedFen: 100_000 });
    await pay(c2, { accountNo: KNOWN.zhang, chargeIds: [], items: [{ code: 'RW', quantity: 1 }], expectedTotalFen: 300_000, tenders: [{ method: 'transfer', amountFen: 300_000, reference: 'TR1' }] });
    await h.call('shifts.moveCash', { type: 'deposit', amountFen: 50_000, approval: { ...approval, reason: '午间解款' } }, c2);

    // closes: ￥2,701.00 counted at window 1 against ￥2,700.00 (overage); ￥466.00 at window 2 against ￥466.14 (shortage)
    const a = await h.call('shifts.close', { count: { y100: 27, y1: 1 }, note: '多收一元，原因待查' }, c1);
    expect([a.shift.expectedCashFen, a.shift.differenceFen]).toEqual([270_000, 100]);
    const b = await h.call('shifts.close', { count: { y100: 4, y50: 1, y10: 1, y5: 1, y1: 1 }, note: '短一角四分' }, c2);
    expect([b.shift.expectedCashFen, b.shift.differenceFen]).toEqual([46_614, -14]);

    // handover at window 2: 1001 takes over; a shop's (taxable) heating and a counter item in cash
    const c3 = await h.login('1001', '1234', 2);
    await h.call('shifts.open', { floatFen: 0 }, c3);
    const shop = await heatingOf(KNOWN.shop, c3);
    expect([shop.openFen, shop.taxCategory]).toEqual([165_000, 'taxable']);
    await pay(c3, { accountNo: KNOWN.shop, chargeIds: [shop.chargeId], expectedTotalFen: 165_000, tenders: [{ method: 'cash', amountFen: 165_000, reference: null }] });
    await pay(c3, { accountNo: KNOWN.wang, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] });

    // the close is refused while a shift is open, and says which
    const manager = h.manager;
    const check = await h.call('dayclose.check', { date: '2026-11-23' }, manager);
    expect(check).toMatchObject({ canClose: false, openShifts: [{ windowNo: 2, cashier: { code: '1001' } }], reprintsWaiting: [], earlierDayOpen: null, ledger: { ok: true, problems: [], gaps: [] } });
    const early = await h.raw('dayclose.close', { date: '2026-11-23' }, manager);
    expect(!early.ok && early.error.message).toBe('2026-11-23 还有未交班的班次：2 号窗口，请先交班');
    await h.call('shifts.close', { count: { y100: 17 } }, c3);

    const x = await h.call('dayclose.xReport', { date: '2026-11-23' }, manager);
    const { report: z, printJobId } = await h.call('dayclose.close', { date: '2026-11-23' }, manager);
    for (const r of [x, z]) {
      expect(r).toMatchObject({ payments: 6, reversals: 1, totalFen: 886_614 });
      expect(r.byTender).toEqual([
        { method: 'cash', count: 4, amountFen: 486_614 },
        { method: 'card', count: 1, amountFen: 100_000 },
        { method: 'wechat', count: 1, amountFen: 0 },
        { method: 'transfer', count: 1, amountFen: 300_000 },
      ]);
      expect(r.byCashier).toEqual([
        { code: '1001', name: '王晓梅', count: 4, amountFen: 390_000 },
        { code: '1002', name: '刘建国', count: 2, amountFen: 496_614 },
      ]);
      expect(r.byWindow).toEqual([
        { windowNo: 1, count: 2, amountFen: 220_000 },
        { windowNo: 2, count: 4, amountFen: 666_614 },
      ]);
      expect(r.byItem).toEqual([
        { item: 'heating', label: '采暖费', taxCategory: 'vatExempt', amountFen: 416_614 },
        { item: 'item:开栓费', label: '开栓费', taxCategory: 'taxable', amountFen: 5_000 },
        { item: 'item:维修材料 阀门', label: '维修材料 阀门', taxCategory: 'taxable', amountFen: 0 },
        { item: 'item:入网费（配套费）', label: '入网费（配套费）', taxCategory: 'taxable', amountFen: 300_000 },
        { item: 'heating', label: '采暖费', taxCategory: 'taxable', amountFen: 165_000 },
      ]);
      expect(r.byTax).toEqual({ vatExemptFen: 416_614, taxableFen: 470_000 });
      expect(r.cash).toEqual({ floatFen: 0, topUpsFen: 50_000, dropsFen: 0, depositsFen: 50_000, overageFen: 100, shortageFen: 14 });
      expect(r.shifts.map((s) => [s.windowNo, s.cashier.code, s.differenceFen])).toEqual([
        [1, '1001', 100],
        [2, '1002', -14],
        [2, '1001', 0],
      ]);
    }
    expect(x.kind).toBe('X');
    expect(z).toMatchObject({ kind: 'Z', closedBy: { code: '9001' }, periods: { month: { month: '2026-11', totalFen: 886_614 }, year: { year: '2026', totalFen: 886_614 }, grandTotalFen: 886_614 } });

    // the Z report's chain head is the close entry itself; the ledger verifies; the summary prints at the office
    const head = h.hall.db.prepare('SELECT seq, hash, kind, business_date FROM ledger_entries ORDER BY seq DESC LIMIT 1').get();
    expect(head).toEqual({ seq: z.chainHead.seq, hash: z.chainHead.hash, kind: 'dayClose', business_date: '2026-11-23' });
    expect(verifyLedger(h.hall.db)).toMatchObject({ ok: true, problems: [] });
    expect(h.hall.db.prepare('SELECT kind, target FROM print_jobs WHERE id = ?').get(printJobId)).toEqual({ kind: 'daySummary', target: 'office' });
    expect(await h.call('dayclose.zReport', { date: '2026-11-23' }, manager)).toEqual(z);

    // the day report as XLSX, read back: totals, tax categories, periods, chain head, shifts, and the payments export
    const file = await h.call('dayclose.workbook', { date: '2026-11-23' }, manager);
    expect(file.fileName).toBe('day-2026-11-23-Z.xlsx');
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((r) => void out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const summary = rows('日结 2026-11-23');
    expect(summary).toContainEqual(['收费 6 笔，冲正 1 笔，合计', 8866.14]);
    expect(summary).toContainEqual(['免税（居民采暖）', '', 4166.14]);
    expect(summary).toContainEqual(['应税', '', 4700]);
    expect(summary).toContainEqual(['现金', 4, 4866.14]);
    expect(summary).toContainEqual(['1002 刘建国', 2, 4966.14]);
    expect(summary).toContainEqual(['入网费（配套费）', '应税', 3000]);
    expect(summary).toContainEqual(['历年总计', 8866.14]);
    expect(summary).toContainEqual(['账本链头', `#${z.chainHead.seq} ${z.chainHead.hash}`]);
    expect(rows('班次').slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      [1, '1001 王晓梅', 1, '多收一元，原因待查'],
      [2, '1002 刘建国', -0.14, '短一角四分'],
      [2, '1001 王晓梅', 0, ''],
    ]);
    const exported = rows('收费明细 2026-11-23');
    expect(exported).toHaveLength(1 + 7 + 1); // header, 6 payments and 1 reversal, the chain head
    expect(exported.at(-1)![0]).toBe('账本链头');
    // a manager working in English gets the workbook in English (head office's export sheet keeps its format)
    const english = (await h.call('session.login', { operatorCode: '9001', pin: '9999', terminalId: 'office-en', windowNo: null, locale: 'en' })).token;
    const enBook = new Excel.Workbook();
    await enBook.xlsx.load(Buffer.from((await h.call('dayclose.workbook', { date: '2026-11-23' }, english)).base64, 'base64') as unknown as ArrayBuffer);
    expect(enBook.worksheets.map((w) => w.name)).toEqual(['Day close 2026-11-23', 'Shifts', 'Invoice requests', '收费明细 2026-11-23']);
    const enRows: unknown[][] = [];
    enBook.worksheets[0]!.eachRow((r) => void enRows.push((r.values as unknown[]).slice(1)));
    expect(enRows).toContainEqual(['Cash', 4, 4866.14]);
    expect(enRows).toContainEqual(['By tax category']);
    expect(enRows).toContainEqual(['Bank deposits', '', 500]);
    expect(enRows).toContainEqual(['Grand total', 8866.14]);

    // locked: nothing more is dated in the day; what comes after goes into the next open day
    expect((await h.call('dayclose.check', { date: '2026-11-23' }, manager)).closed).toBe(true);
    const again = await h.raw('dayclose.close', { date: '2026-11-23' }, manager);
    expect(!again.ok && again.error.key).toBe('dayclose:errors.alreadyClosed');
    const append = ledgerAppender(h.hall.db);
    const operator = h.hall.db.prepare("SELECT id FROM operators WHERE code = '1001'").pluck().get() as number;
    expect(() =>
      h.hall.db.transaction(() =>
        append({ kind: 'cashIn', at: h.clock.now().toISOString(), business_date: '2026-11-23', terminal_id: 't', window_no: 1, operator_id: operator, approver_id: null, account_id: null, amount_fen: 1, reverses_seq: null, idempotency_key: null, request_hash: null, body: '{}', issueReceipt: false }),
      )(),
    ).toThrow(expect.objectContaining({ key: 'ledger:errors.dayLocked' }));
    const late = await h.login('1001', '1234', 1);
    await h.call('shifts.open', { floatFen: 0 }, late);
    const after = await pay(late, { accountNo: KNOWN.wang, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] });
    expect(h.hall.db.prepare('SELECT business_date FROM ledger_entries WHERE receipt_no = ?').pluck().get(after.receiptNo)).toBe('2026-11-24');

    // reopening is an admin action that leaves its trace in the ledger and the audit log
    await h.call('dayclose.reopen', { date: '2026-11-23', reason: '补录一笔漏记的收费' }, manager);
    const marks = h.hall.db.prepare("SELECT json_extract(body, '$.type') FROM ledger_entries WHERE kind = 'dayClose' ORDER BY seq").pluck().all();
    expect(marks).toEqual(['close', 'reopen']);
    const audit = h.hall.db.prepare("SELECT details FROM audit_log WHERE action = 'dayclose.reopened'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ reason: '补录一笔漏记的收费' });
    expect((await h.call('dayclose.check', { date: '2026-11-23' }, manager)).closed).toBe(false);
    expect(verifyLedger(h.hall.db).ok).toBe(true);
  });

  it('refuses while receipts wait in the reprint queue', async () => {
    await h.pay(KNOWN.li);
    h.hall.db.prepare("UPDATE print_jobs SET status = 'failed', last_error = 'paperOut' WHERE kind = 'receipt'").run();
    for (const token of [h.cashier, h.cashier2]) await h.call('shifts.close', { count: { y100: 22 } }, token).catch(() => h.call('shifts.close', { count: {} }, token));
    const check = await h.call('dayclose.check', { date: '2026-11-23' }, h.manager);
    expect(check.reprintsWaiting).toHaveLength(1);
    const res = await h.raw('dayclose.close', { date: '2026-11-23' }, h.manager);
    expect(!res.ok && res.error.key).toBe('dayclose:errors.reprintsWaiting');
  });

  it('records an invoice request against a receipt and lists it in the day close, the payment untouched', async () => {
    const paid = await h.pay(KNOWN.li);
    const before = h.hall.db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?').get(paid.receiptNo);
    const noTax = await h.raw('dayclose.requestInvoice', { receiptNo: paid.receiptNo, payerType: 'company', payerName: '幸福物业有限公司', email: 'cw@example.com' }, h.cashier);
    expect(!noTax.ok && noTax.error.key).toBe('dayclose:errors.taxNoRequired');
    const noContact = await h.raw('dayclose.requestInvoice', { receiptNo: paid.receiptNo, payerType: 'person', payerName: '李四' }, h.cashier);
    expect(!noContact.ok && noContact.error.key).toBe('dayclose:errors.contactRequired');
    const req = await h.call('dayclose.requestInvoice', { receiptNo: paid.receiptNo, payerType: 'company', payerName: '幸福物业有限公司', taxNo: '91110105MA01ABCD2X', email: 'cw@example.com' }, h.cashier);
    expect(req).toMatchObject({ receiptNo: paid.receiptNo, amountFen: paid.totalFen, operatorCode: '1001' });
    const x = await h.call('dayclose.xReport', { date: '2026-11-23' }, h.manager);
    expect(x.invoiceRequests).toEqual([req]);
    expect(h.hall.db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?').get(paid.receiptNo)).toEqual(before);
  });
});
