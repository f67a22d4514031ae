// Four eyes on every approval at the counter: the manager who approves a reversal or a
// late-fee waiver must be another person than the one signed in at the till.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
  // the manager works window 3 as a cashier today
  await h.call('shifts.open', { floatFen: 0 }, h.manager);
});
afterEach(() => h.close());

const own = { managerCode: '9001', managerPin: '9999', reason: '本人审批的尝试' };

describe('an approver is another person than the cashier', () => {
  it('a manager working a till cannot approve the reversal of their own payment; another manager can', async () => {
    const paid = await h.pay(KNOWN.li, {}, h.manager);
    const self = await h.raw('ledger.reversePayment', { idempotencyKey: 'self-rev-01', receiptNo: paid.receiptNo, approval: own }, h.manager);
    expect(self).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors:selfApproval' } });
    if (!self.ok) expect(self.error.message).toContain('不能由本人审批');
    expect(h.counterEntries()).toBe(1);
    // the refusal stays on record although the command rolled back
    const refused = h.hall.db.prepare("SELECT details FROM audit_log WHERE action = 'approval.refused'").pluck().all() as string[];
    expect(refused.map((d) => JSON.parse(d) as unknown)).toContainEqual({ managerCode: '9001' });
    // the same manager approves a cashier's reversal
    const other = await h.pay(KNOWN.zhang);
    await expect(h.call('ledger.reversePayment', { idempotencyKey: 'other-rev-1', receiptNo: other.receiptNo, approval: own }, h.cashier)).resolves.toMatchObject({ reversalOf: { receiptNo: other.receiptNo } });
  });

  it('a late-fee waiver is refused when the manager approves at their own till', async () => {
    const s = await h.statement(KNOWN.zhang);
    expect(s.lateFeeFen).toBeGreaterThan(0);
    const withoutFee = s.totalFen - s.lateFeeFen;
    const res = await h.raw(
      'ledger.recordPayment',
      { idempotencyKey: 'self-waive-1', accountNo: KNOWN.zhang, expectedTotalFen: withoutFee, tenders: [{ method: 'cash', amountFen: withoutFee, reference: null }], waiveLateFee: own },
      h.manager,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors:selfApproval' } });
    expect(h.counterEntries()).toBe(0);
  });
});
