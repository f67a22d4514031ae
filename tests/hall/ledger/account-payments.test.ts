// The counter's account view lists an account's recent receipts (to reprint or reverse), and
// after a commit it reads the receipt's print job and preview in one call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { ACCOUNT_PAYMENTS_SQL } from '../../../electron/hall/ledger/ledger-store.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const approval = { managerCode: '9001', managerPin: '9999', reason: '收错金额' };

describe('ledger.accountPayments', () => {
  it('lists the account’s payments and reversals newest first, each with what reversed what', async () => {
    const first = await h.pay(KNOWN.zhang, { chargeIds: null });
    const reversal = await h.call('ledger.reversePayment', { idempotencyKey: 'acct-rev-01', receiptNo: first.receiptNo, approval }, h.cashier);
    const second = await h.pay(KNOWN.zhang, {}, h.cashier2);
    await h.pay(KNOWN.li);
    const { payments } = await h.call('ledger.accountPayments', { accountNo: KNOWN.zhang }, h.cashier);
    expect(payments.map((p) => [p.receiptNo, p.kind, p.totalFen, p.reversedBy, p.reverses, p.windowNo, p.operatorCode])).toEqual([
      [second.receiptNo, 'payment', second.totalFen, null, null, 2, '1002'],
      [reversal.receiptNo, 'reversal', -first.totalFen, null, first.receiptNo, 1, '1001'],
      [first.receiptNo, 'payment', first.totalFen, reversal.receiptNo, null, 1, '1001'],
    ]);
    expect(payments[0]!.businessDate).toBe('2026-11-23');
    expect((await h.call('ledger.accountPayments', { accountNo: KNOWN.zhang, limit: 1 }, h.cashier)).payments).toHaveLength(1);
    expect((await h.call('ledger.accountPayments', { accountNo: KNOWN.wang }, h.cashier)).payments).toEqual([]);
    expect(await h.raw('ledger.accountPayments', { accountNo: '99999999' }, h.cashier)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('uses the account index', () => {
    const plan = h.hall.db.prepare(`EXPLAIN QUERY PLAN ${ACCOUNT_PAYMENTS_SQL}`).all(1, 10) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/ledger_by_account/);
  });
});

describe('printing.receiptJob', () => {
  it('returns the receipt’s job state and its preview; another window’s receipt is refused', async () => {
    const paid = await h.pay(KNOWN.li);
    const job = await h.call('printing.receiptJob', { receiptNo: paid.receiptNo }, h.cashier);
    expect(job.status).toBe('pending');
    expect(job.reason).toBeNull();
    expect(job.svg).toContain('<svg');
    const text = job.svg.replace(/<[^>]+>/g, '');
    expect(text.includes(paid.receiptNo), 'the preview shows the receipt number').toBe(true);
    expect(text.includes('贰仟贰佰元整'), 'and the total in capitals').toBe(true);
    expect(await h.raw('printing.receiptJob', { receiptNo: paid.receiptNo }, h.cashier2)).toMatchObject({ ok: false });
    expect(await h.raw('printing.receiptJob', { receiptNo: 'W01-00009999' }, h.cashier)).toMatchObject({ ok: false });
  });
});
