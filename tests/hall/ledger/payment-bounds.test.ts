// Defects found by the outside acceptance run (issue 18): a charge named twice in one
// payment, and an absurd amount of cash received.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

describe('a charge is paid at most once', () => {
  it('refuses the same charge twice in one payment, and nothing is written', async () => {
    const heating = (await h.statement(KNOWN.zhang)).charges.find((c) => c.kind === 'heating')!;
    const doubled = 2 * heating.openFen;
    const res = await h.raw(
      'ledger.recordPayment',
      { idempotencyKey: 'twice-74-74', accountNo: KNOWN.zhang, chargeIds: [heating.chargeId, heating.chargeId], expectedTotalFen: doubled, tenders: [{ method: 'card', amountFen: doubled, reference: null }] },
      h.cashier,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid_input');
      expect(res.error.key).toBe('ledger:errors.chargeTwice');
      expect(res.error.message).toContain(String(heating.chargeId));
    }
    expect(h.counterEntries()).toBe(0);
    // Once is fine, and a second payment of the same charge finds nothing open.
    await h.pay(KNOWN.zhang, { chargeIds: [heating.chargeId], expectedTotalFen: heating.openFen });
    const again = await h.raw('ledger.recordPayment', { idempotencyKey: 'second-time', accountNo: KNOWN.zhang, chargeIds: [heating.chargeId], expectedTotalFen: heating.openFen, tenders: [{ method: 'card', amountFen: heating.openFen, reference: null }] }, h.cashier);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('ledger:errors.chargeNotOpen');
  });
});

describe('cash received is bounded', () => {
  it('refuses change beyond what a counter can hand back, in the caller’s language', async () => {
    const total = (await h.statement(KNOWN.li)).totalFen;
    const input = { idempotencyKey: 'absurd-cash', accountNo: KNOWN.li, expectedTotalFen: total, tenders: [{ method: 'cash', amountFen: total, reference: null }], cashReceivedFen: Number.MAX_SAFE_INTEGER };
    const res = await h.raw('ledger.recordPayment', input, h.cashier);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid_input');
      expect(res.error.key).toBe('ledger:errors.changeTooLarge');
      expect(res.error.message).toMatch(/找零/);
      expect(res.error.message).toContain('￥1,000.00');
    }
    const english = (await h.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'test-en', windowNo: 2, locale: 'en' })).token;
    const en = await h.raw('ledger.recordPayment', { ...input, idempotencyKey: 'absurd-cash-en' }, english);
    expect(!en.ok && en.error.message).toMatch(/change/i);
    expect(h.counterEntries()).toBe(0);
    // At the bound it is accepted: ¥1,000.00 of change.
    const receipt = await h.pay(KNOWN.li, { cashReceivedFen: total + 100_000 });
    expect(receipt.changeFen).toBe(100_000);
  });
});
