// A wrong PIN leaves no session and no payment change, but it is on record: who tried, where.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const audit = (action: string) => h.hall.db.prepare('SELECT subject, details, terminal_id FROM audit_log WHERE action = ?').all(action) as Array<{ subject: string; details: string; terminal_id: string }>;

describe('refusals on record', () => {
  it('a refused sign-in is audited and creates no session', async () => {
    const sessions = h.count('sessions');
    const res = await h.raw('session.login', { operatorCode: '1001', pin: '0000', terminalId: 'counter-7', windowNo: 1 });
    expect(res.ok).toBe(false);
    expect(h.count('sessions')).toBe(sessions);
    // the caller is not signed in yet: the terminal it claimed is in the details
    expect(audit('session.loginRefused').map(({ subject, details }) => ({ subject, details: JSON.parse(details) as unknown }))).toEqual([{ subject: '1001', details: { terminalId: 'counter-7', windowNo: 1 } }]);
    await h.raw('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'counter-7', windowNo: 1 });
    expect(audit('session.loginRefused')).toHaveLength(1); // a good sign-in adds no refusal
  });

  it('a wrong manager PIN for a reversal is audited, and nothing else of the reversal remains', async () => {
    const paid = await h.pay(KNOWN.li);
    const entries = h.count('ledger_entries');
    const res = await h.raw('ledger.reversePayment', { idempotencyKey: 'wrong-pin-1', receiptNo: paid.receiptNo, approval: { managerCode: '9001', managerPin: '1111', reason: '试试' } }, h.cashier);
    expect(res.ok).toBe(false);
    expect(h.count('ledger_entries')).toBe(entries);
    expect(audit('approval.refused').map((a) => a.subject)).toEqual([`reversal ${paid.receiptNo}`]);
    expect(audit('ledger.reversal')).toEqual([]);
  });
});
