import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const approval = { managerCode: '9001', managerPin: '9999', reason: '收错户号，客户要求退回' };

describe('ledger.reversePayment (冲正)', () => {
  it('negates the payment in a new entry, reopens its charges and leaves the original untouched', async () => {
    const paid = await h.pay(KNOWN.zhang);
    const originalOf = () => h.hall.db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?').get(paid.receiptNo);
    const originalRow = originalOf();
    const reversal = await h.call('ledger.reversePayment', { idempotencyKey: 'reverse-0001', receiptNo: paid.receiptNo, approval }, h.cashier);
    expect(reversal.receiptNo).toBe('W01-00000002');
    expect(reversal.totalFen).toBe(-paid.totalFen);
    expect(reversal.reversalOf).toEqual({ receiptNo: paid.receiptNo, reason: approval.reason });
    expect(reversal.lines.map((l) => l.amountFen)).toEqual(paid.lines.map((l) => -l.amountFen));
    expect(reversal.tenders.map((t) => t.amountFen)).toEqual(paid.tenders.map((t) => -t.amountFen));
    expect(originalOf()).toEqual(originalRow);
    const statement = await h.statement(KNOWN.zhang);
    expect(statement.charges.map((c) => c.kind)).toEqual(['arrears', 'heating']);
    expect(statement.openFen).toBe(50_000 + 196_614);
    const receipt = await h.call('ledger.receipt', { receiptNo: paid.receiptNo }, h.cashier);
    expect(receipt.reversedBy).toBe('W01-00000002');
    const audit = h.hall.db.prepare("SELECT details FROM audit_log WHERE action = 'ledger.reversal'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ approverCode: '9001', reason: approval.reason, reverses: paid.receiptNo });
    expect(verifyLedger(h.hall.db).ok).toBe(true);
    // the reversal prints too, and opens the drawer to pay the cash back
    expect(h.hall.db.prepare('SELECT open_drawer FROM print_jobs ORDER BY id DESC LIMIT 1').pluck().get()).toBe(1);
  });

  it('needs a manager: a cashier’s own PIN, a wrong PIN and no reason are refused, and nothing is written', async () => {
    const paid = await h.pay(KNOWN.li);
    const attempts = [
      { approval: { managerCode: '1001', managerPin: '1234', reason: '试图自己冲正' }, code: 'forbidden' },
      { approval: { managerCode: '9001', managerPin: '0000', reason: '密码错误' }, code: 'bad_credentials' },
      { approval: { managerCode: '9001', managerPin: '9999', reason: '' }, code: 'invalid_input' },
    ];
    for (const a of attempts) {
      const res = await h.raw('ledger.reversePayment', { idempotencyKey: `rev-${a.code}`, receiptNo: paid.receiptNo, approval: a.approval }, h.cashier);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe(a.code);
    }
    expect(h.counterEntries()).toBe(1);
  });

  it('reverses a payment once only, and never a reversal', async () => {
    const paid = await h.pay(KNOWN.li);
    const rev = await h.call('ledger.reversePayment', { idempotencyKey: 'reverse-once-1', receiptNo: paid.receiptNo, approval }, h.cashier);
    const again = await h.raw('ledger.reversePayment', { idempotencyKey: 'reverse-once-2', receiptNo: paid.receiptNo, approval }, h.cashier);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('ledger:errors.alreadyReversed');
    const ofReversal = await h.raw('ledger.reversePayment', { idempotencyKey: 'reverse-once-3', receiptNo: rev.receiptNo, approval }, h.cashier);
    expect(ofReversal.ok).toBe(false);
    if (!ofReversal.ok) expect(ofReversal.error.key).toBe('ledger:errors.notAPayment');
    // and the account can pay again after the reversal
    expect((await h.pay(KNOWN.li)).receiptNo).toBe('W01-00000003');
  });

  it('a reversed counter item is not owed afterwards', async () => {
    const paid = await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] });
    await h.call('ledger.reversePayment', { idempotencyKey: 'reverse-item-1', receiptNo: paid.receiptNo, approval }, h.cashier);
    expect((await h.statement(KNOWN.li)).charges.map((c) => c.kind)).toEqual(['heating']);
  });
});
