// Approver ≠ operator for every approval (issue 20): each method that carries a manager's PIN
// refuses the manager's own approval of their own act — the reversal and the late-fee waiver
// (also in ledger/approvals.test.ts) and taking cash out of their own drawer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const keyOf = (r: ApiResponse) => (r.ok ? 'ok' : (r.error.key ?? r.error.code));
const own = { managerCode: '9001', managerPin: '9999', reason: '本人操作' };

describe('a manager cannot approve their own act', () => {
  it('reversal, waiver and a safe drop from their own drawer are refused; the same approval of a cashier’s act goes through', async () => {
    await h.call('shifts.open', { floatFen: 50_000 }, h.manager);
    const paid = await h.pay(KNOWN.li, {}, h.manager);
    expect(keyOf(await h.raw('ledger.reversePayment', { idempotencyKey: 'self-rev-x', receiptNo: paid.receiptNo, approval: own }, h.manager))).toBe('errors:selfApproval');
    const statement = await h.statement(KNOWN.zhang);
    const waived = await h.raw(
      'ledger.recordPayment',
      { idempotencyKey: 'self-waive-x', accountNo: KNOWN.zhang, expectedTotalFen: statement.totalFen, tenders: [{ method: 'cash', amountFen: statement.totalFen, reference: null }], waiveLateFee: own },
      h.manager,
    );
    expect(keyOf(waived)).toBe('errors:selfApproval');
    expect(keyOf(await h.raw('shifts.moveCash', { type: 'drop', amountFen: 10_000, approval: own }, h.manager))).toBe('errors:selfApproval');
    // a cashier's safe drop with this manager's PIN is not the manager's own act
    expect(keyOf(await h.raw('shifts.moveCash', { type: 'topUp', amountFen: 10_000 }, h.cashier))).toBe('ok');
    expect(keyOf(await h.raw('shifts.moveCash', { type: 'drop', amountFen: 10_000, approval: own }, h.cashier))).toBe('ok');
  });

  it('a manager cannot approve the reversal of a payment they took, even when a cashier asks for it', async () => {
    await h.call('shifts.open', { floatFen: 50_000 }, h.manager);
    const paid = await h.pay(KNOWN.li, {}, h.manager); // the manager worked window 3's till
    // a cashier at window 1 asks to reverse it, and the same manager types their PIN
    const asked = await h.raw('ledger.reversePayment', { idempotencyKey: 'rev-own-pay', receiptNo: paid.receiptNo, approval: own }, h.cashier);
    expect(keyOf(asked)).toBe('errors:selfApproval');
    expect(h.counterEntries()).toBe(1); // nothing written
  });
});
