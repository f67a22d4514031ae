import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

describe('ledger.recordPayment', () => {
  it('pays every open charge oldest first, with the late fee on the arrears as its own line', async () => {
    const statement = await h.statement(KNOWN.zhang);
    expect(statement.charges.map((c) => [c.season, c.kind, c.openFen])).toEqual([
      ['2025-2026', 'arrears', 50_000],
      ['2026-2027', 'heating', 196_614],
    ]);
    // due 2025-11-30, paid 2026-11-23 (Asia/Shanghai): 358 days × 0.05 % of ￥500.00 = ￥89.50
    expect(statement.charges[0]!.lateFee).toEqual({ amountFen: 8_950, days: 358, detail: '2025-11-30 起 358 天 × 0.05%/天' });
    expect(statement.totalFen).toBe(50_000 + 8_950 + 196_614);

    const receipt = await h.pay(KNOWN.zhang, { cashReceivedFen: 260_000 });
    expect(receipt.receiptNo).toBe('W01-00000001');
    expect(receipt.lines.map((l) => [l.kind, l.amountFen])).toEqual([
      ['arrears', 50_000],
      ['lateFee', 8_950],
      ['heating', 196_614],
    ]);
    expect(receipt.lines[2]!.detail).toBe('89.37㎡ × ￥22.00');
    expect(receipt.totalFen).toBe(255_564);
    expect(receipt.totalInCapitals).toBe('贰仟伍佰伍拾伍元陆角肆分');
    expect(receipt.cashReceivedFen).toBe(260_000);
    expect(receipt.changeFen).toBe(4_436);
    expect(receipt.cashier).toEqual({ code: '1001', name: '王晓梅' });
    expect(receipt.account).toEqual({ accountNo: KNOWN.zhang, name: '张三丰', address: '幸福小区3号楼2单元501室' });
    expect(receipt.verificationCode).toMatch(/^[0-9A-F]{10}$/);

    expect((await h.statement(KNOWN.zhang)).charges).toEqual([]);
    const job = h.hall.db.prepare('SELECT kind, target, open_drawer, status, payload FROM print_jobs').get() as { kind: string; target: string; open_drawer: number; status: string; payload: string };
    expect(job).toMatchObject({ kind: 'receipt', target: 'window:1', open_drawer: 1, status: 'pending' });
    expect(JSON.parse(job.payload)).toEqual(receipt);
    const audit = h.hall.db.prepare("SELECT subject, operator_code, terminal_id, window_no FROM audit_log WHERE action = 'ledger.payment'").all();
    expect(audit).toEqual([{ subject: 'W01-00000001', operator_code: '1001', terminal_id: 'test-1001', window_no: 1 }]);
  });

  it('pays only the chosen charges and leaves the rest open', async () => {
    const statement = await h.statement(KNOWN.zhang);
    const heating = statement.charges.find((c) => c.kind === 'heating')!;
    const receipt = await h.pay(KNOWN.zhang, { chargeIds: [heating.chargeId], expectedTotalFen: heating.openFen, tenders: [{ method: 'wechat', amountFen: heating.openFen, reference: '4200001234' }] });
    expect(receipt.lines).toHaveLength(1);
    expect(receipt.changeFen).toBe(0);
    const after = await h.statement(KNOWN.zhang);
    expect(after.charges.map((c) => c.kind)).toEqual(['arrears']);
    expect(h.hall.db.prepare('SELECT open_drawer FROM print_jobs').pluck().get()).toBe(0);
  });

  it('splits tenders, needs a cheque number, refuses tenders that do not add up and short cash', async () => {
    const total = (await h.statement(KNOWN.li)).totalFen;
    const bad = [
      { tenders: [{ method: 'cheque' as const, amountFen: total, reference: null }], key: 'ledger:errors.chequeNumberRequired' },
      { tenders: [{ method: 'card' as const, amountFen: total - 1, reference: null }], key: 'ledger:errors.tendersDontAddUp' },
      { tenders: [{ method: 'cash' as const, amountFen: total, reference: null }], cashReceivedFen: total - 100, key: 'ledger:errors.cashShort' },
      { tenders: [{ method: 'card' as const, amountFen: total, reference: null }], cashReceivedFen: 100, key: 'ledger:errors.cashWithoutCashTender' },
      {
        tenders: [
          { method: 'cash' as const, amountFen: 100, reference: null },
          { method: 'cash' as const, amountFen: total - 100, reference: null },
        ],
        key: 'ledger:errors.oneCashTender',
      },
    ];
    for (const { key, ...extra } of bad) {
      const res = await h.raw('ledger.recordPayment', { idempotencyKey: `bad-${key.slice(-8)}`, accountNo: KNOWN.li, expectedTotalFen: total, ...extra }, h.cashier);
      expect(res.ok, key).toBe(false);
      if (!res.ok) expect(res.error.key).toBe(key);
    }
    expect(h.counterEntries()).toBe(0);
    const receipt = await h.pay(KNOWN.li, {
      tenders: [
        { method: 'cash', amountFen: 20_000, reference: null },
        { method: 'cheque', amountFen: total - 30_000, reference: 'ZP-0012345' },
        { method: 'alipay', amountFen: 10_000, reference: null },
      ],
      cashReceivedFen: 50_000,
    });
    expect(receipt.tenders.map((t) => t.method)).toEqual(['cash', 'cheque', 'alipay']);
    expect(receipt.changeFen).toBe(30_000);
  });

  it('says in Chinese when the total on screen is stale, and consumes no receipt number', async () => {
    const res = await h.raw('ledger.recordPayment', { idempotencyKey: 'stale-total-1', accountNo: KNOWN.li, expectedTotalFen: 1, tenders: [{ method: 'cash', amountFen: 1, reference: null }] }, h.cashier);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^应收金额已变化：屏幕上为 ￥0\.01，现在为 ￥2,200\.00/);
    expect(h.counterEntries()).toBe(0);
    expect(h.count('print_jobs')).toBe(0);
    expect((await h.pay(KNOWN.li)).receiptNo).toBe('W01-00000001');
  });

  it('is idempotent: the same request twice makes one payment; the same key with another request is refused', async () => {
    const total = (await h.statement(KNOWN.li)).totalFen;
    const request = { idempotencyKey: 'same-key-0001', accountNo: KNOWN.li, expectedTotalFen: total, tenders: [{ method: 'card' as const, amountFen: total, reference: null }] };
    const first = await h.call('ledger.recordPayment', request, h.cashier);
    const second = await h.call('ledger.recordPayment', request, h.cashier);
    expect(second).toEqual(first);
    expect(h.counterEntries()).toBe(1);
    expect(h.count('print_jobs')).toBe(1);
    const other = await h.raw('ledger.recordPayment', { ...request, tenders: [{ method: 'wechat', amountFen: total, reference: null }] }, h.cashier);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error).toMatchObject({ code: 'conflict', key: 'ledger:errors.idempotencyMismatch' });
  });

  it('gives each window its own receipt series without gaps', async () => {
    const nos: string[] = [];
    nos.push((await h.pay(KNOWN.zhang, {}, h.cashier)).receiptNo);
    nos.push((await h.pay(KNOWN.li, {}, h.cashier2)).receiptNo);
    nos.push((await h.pay(KNOWN.wang, {}, h.cashier)).receiptNo);
    expect(nos).toEqual(['W01-00000001', 'W02-00000001', 'W01-00000002']);
    const report = verifyLedger(h.hall.db);
    expect(report).toMatchObject({ ok: true, entriesChecked: 5, receiptsChecked: 3, gaps: [], firstBroken: null }); // + two shift openings
  });

  it('sells counter items with quantity and price, as taxable lines', async () => {
    const total = 5_000 + 2 * 3_500;
    const receipt = await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 }, { code: 'M-FM', quantity: 2 }], expectedTotalFen: total, tenders: [{ method: 'cash', amountFen: total, reference: null }] });
    expect(receipt.lines.map((l) => [l.kind, l.label, l.detail, l.amountFen])).toEqual([
      ['item', '开栓费', '1次 × ￥50.00', 5_000],
      ['item', '维修材料 阀门', '2个 × ￥35.00', 7_000],
    ]);
    const unknown = await h.raw('ledger.recordPayment', { idempotencyKey: 'unknown-item', accountNo: KNOWN.li, chargeIds: [], items: [{ code: 'NOPE', quantity: 1 }], expectedTotalFen: 1, tenders: [{ method: 'cash', amountFen: 1, reference: null }] }, h.cashier);
    expect(unknown.ok).toBe(false);
    // 3 heating + 1 arrears + the 2 items of the successful sale; the refused sale left nothing
    expect(h.count('charges')).toBe(6);
  });

  it('needs a counter window and a staff session', async () => {
    const noWindow = await h.login('1002', '1234', null);
    const res = await h.raw('ledger.recordPayment', { idempotencyKey: 'no-window-1', accountNo: KNOWN.li, expectedTotalFen: 1, tenders: [{ method: 'cash', amountFen: 1, reference: null }] }, noWindow);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.key).toBe('ledger:errors.noWindow');
    expect((await h.raw('ledger.recordPayment', {}, null)).ok).toBe(false);
  });
});
