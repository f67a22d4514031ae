// The counter's pure pieces: tender and change sums, the 唱收唱付 lines, the customer view.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LARGE_AMOUNT_FEN, MAX_CHANGE_FEN, quickCashAmounts, settle, walletOfCode } from '../../renderer/counter/payment/tender-math.ts';
import { singPhrases } from '../../renderer/counter/payment/sing-phrases.ts';
import { customerViewOf, receivedOf, type PaymentState } from '../../renderer/counter/customer-view.ts';
import { waitedLong } from '../../renderer/counter/queue/long-wait.ts';
import { translate } from '../../electron/hall/i18n.ts';

describe('settle: tenders and change', () => {
  it('cash only: change is received − total; nothing typed yet is short', () => {
    expect(settle(186_650, [], 200_000)).toMatchObject({ cashDueFen: 186_650, changeFen: 13_350, problem: null, tenders: [{ method: 'cash', amountFen: 186_650, reference: null }] });
    expect(settle(186_650, [], null)).toMatchObject({ problem: 'cashShort', changeFen: null });
    expect(settle(186_650, [], 100_000)).toMatchObject({ problem: 'cashShort', changeFen: null });
    expect(settle(186_650, [], 186_650)).toMatchObject({ problem: null, changeFen: 0 });
  });

  it('split tenders: cash covers what the others leave; the cash tender comes last', () => {
    const s = settle(206_712, [{ method: 'card', amountFen: 100_000, reference: 'POS-1' }], 110_000);
    expect(s).toMatchObject({ nonCashFen: 100_000, cashDueFen: 106_712, changeFen: 3_288, problem: null });
    expect(s.tenders).toEqual([
      { method: 'card', amountFen: 100_000, reference: 'POS-1' },
      { method: 'cash', amountFen: 106_712, reference: null },
    ]);
    // all by WeChat: no cash, no change, the payment code is required
    expect(settle(50_000, [{ method: 'wechat', amountFen: 50_000, reference: '' }], null).problem).toBe('referenceMissing');
    expect(settle(50_000, [{ method: 'wechat', amountFen: 50_000, reference: '134567890123456789' }], null)).toMatchObject({ problem: null, changeFen: null, tenders: [{ method: 'wechat' }] });
    expect(settle(50_000, [{ method: 'cheque', amountFen: 50_000, reference: ' ' }], null).problem).toBe('referenceMissing');
    expect(settle(50_000, [{ method: 'card', amountFen: 60_000, reference: '' }], null).problem).toBe('overTendered');
    expect(settle(0, [], null).problem).toBe('nothingToPay');
  });

  it('refuses change beyond what the hall accepts, like the hall', () => {
    expect(settle(100, [], 100 + MAX_CHANGE_FEN).problem).toBeNull();
    expect(settle(100, [], 101 + MAX_CHANGE_FEN).problem).toBe('changeTooLarge');
  });

  it('tenders always add up to the total when there is no problem (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 3 }), fc.integer({ min: 0, max: 20_000_000 }), (total, cards, received) => {
        const s = settle(total, cards.map((amountFen) => ({ method: 'card' as const, amountFen, reference: '' })), received);
        if (s.problem !== null) return;
        expect(s.tenders.reduce((a, t) => a + t.amountFen, 0)).toBe(total);
        expect(s.changeFen ?? 0).toBeGreaterThanOrEqual(0);
        if (s.cashDueFen > 0) expect(received - s.cashDueFen).toBe(s.changeFen);
      }),
    );
  });

  it('quick cash amounts: exact, round up, ¥50 and ¥100 steps, never below what is due', () => {
    expect(quickCashAmounts(106_712)).toEqual([106_712, 107_000, 110_000, 120_000]);
    expect(quickCashAmounts(186_650)).toEqual([186_650, 187_000, 190_000, 200_000]);
    expect(quickCashAmounts(123_456)).toEqual([123_456, 124_000, 125_000, 130_000, 140_000]);
    expect(quickCashAmounts(10_000)).toEqual([10_000, 20_000]);
    expect(quickCashAmounts(0)).toEqual([]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000_000 }), (due) => quickCashAmounts(due).every((a, i, all) => a >= due && (i === 0 || a > all[i - 1]!))));
    expect(LARGE_AMOUNT_FEN).toBe(500_000);
  });

  it('tells a WeChat payment code from an Alipay one', () => {
    expect(walletOfCode('134567890123456789')).toBe('wechat');
    expect(walletOfCode('284567890123456789')).toBe('alipay');
    expect(walletOfCode('6212345678901234567')).toBeNull();
  });
});

describe('唱收唱付', () => {
  const say = (s: Parameters<typeof singPhrases>[0]) => singPhrases(s).map((p) => translate('zh-CN', p.key, p.params));
  it('says the total, what was received and the change, as each is entered', () => {
    expect(say({ totalFen: 186_650, nonCash: [], receivedFen: null, changeFen: null, paid: false })).toEqual(['您本次共需缴费 1866.50 元']);
    expect(say({ totalFen: 186_650, nonCash: [], receivedFen: 200_000, changeFen: 13_350, paid: false })).toEqual(['您本次共需缴费 1866.50 元', '收您 2000.00 元', '找您 133.50 元，请点清']);
    expect(say({ totalFen: 0, nonCash: [], receivedFen: 20_000, changeFen: 1_350, paid: true })).toEqual(['收您 200.00 元', '找您 13.50 元，请点清', '这是您的票据，请收好']);
    expect(singPhrases({ totalFen: 5_000, nonCash: [{ method: 'wechat', amountFen: 5_000 }], receivedFen: null, changeFen: null, paid: false }).map((p) => p.key)).toEqual(['counter:sing.total', 'counter:sing.receivedBy']);
  });
});

describe('the customer view', () => {
  const base: PaymentState = { ticket: null, account: null, items: [], totalFen: 0, receivedFen: null, changeFen: null, paid: null };
  const account = { accountNo: '10000001', name: '王怡佳', address: '幸福小区1号楼1单元101室' };
  it('is idle with nobody served, and a service view once a ticket is called', () => {
    expect(customerViewOf(base)).toEqual({ phase: 'idle' });
    expect(customerViewOf({ ...base, ticket: { id: 7, ticketNo: 'A001', priority: true, waitedLong: true } })).toEqual({
      phase: 'service',
      ticketNo: 'A001',
      waitedLong: true,
      priority: true,
      account: null,
      items: [],
      totalFen: 0,
      receivedFen: null,
      changeFen: null,
    });
  });
  it('shows the account, items, total, received and change as typed, then the paid receipt', () => {
    const serving = { ...base, ticket: { id: 7, ticketNo: 'A001', priority: false, waitedLong: false }, account, items: [{ label: '2026-2027 采暖费', amountFen: 206_712 }], totalFen: 206_712, receivedFen: 210_000, changeFen: 3_288 };
    expect(customerViewOf(serving)).toMatchObject({ phase: 'service', account, items: [{ label: '2026-2027 采暖费', amountFen: 206_712 }], totalFen: 206_712, receivedFen: 210_000, changeFen: 3_288 });
    expect(customerViewOf({ ...serving, paid: { receiptNo: 'W01-00000001', totalFen: 206_712, receivedFen: 210_000, changeFen: 3_288 } })).toEqual({
      phase: 'paid',
      receiptNo: 'W01-00000001',
      ticketId: 7,
      totalFen: 206_712,
      receivedFen: 210_000,
      changeFen: 3_288,
    });
    // received is what was handed over: the card's part and the cash; all by card, the total
    expect(receivedOf({ tenders: [{ method: 'card', amountFen: 100_000 }, { method: 'cash', amountFen: 106_712 }], cashReceivedFen: 110_000 })).toBe(210_000);
    expect(receivedOf({ tenders: [{ method: 'card', amountFen: 5_000 }], cashReceivedFen: 0 })).toBe(5_000);
    expect(customerViewOf({ ...base, account, paid: { receiptNo: 'W01-00000002', totalFen: 5_000, receivedFen: 5_000, changeFen: 0 } })).toMatchObject({ ticketId: null, receivedFen: 5_000, changeFen: 0 });
  });
  it('keeps within the contract: 60 items at most (the rest folded, the sum kept), labels of 80 characters', () => {
    const items = Array.from({ length: 75 }, (_, i) => ({ label: `项目${i}`.padEnd(i === 0 ? 100 : 3, '长'), amountFen: 100 }));
    const view = customerViewOf({ ...base, account, items, totalFen: 7_500 });
    if (view.phase !== 'service') throw new Error('service expected');
    expect(view.items).toHaveLength(60);
    expect(view.items.reduce((s, i) => s + i.amountFen, 0)).toBe(7_500);
    expect(Math.max(...view.items.map((i) => i.label.length))).toBeLessThanOrEqual(80);
  });
});

describe('让您久等了', () => {
  it('is prompted once the wait passes the configured minutes', () => {
    const issued = '2026-11-23T02:00:00.000Z';
    expect(waitedLong(issued, Date.parse('2026-11-23T02:20:00.000Z'), 20)).toBe(false);
    expect(waitedLong(issued, Date.parse('2026-11-23T02:20:01.000Z'), 20)).toBe(true);
    expect(waitedLong(issued, Date.parse('2026-11-23T05:00:00.000Z'), null)).toBe(false);
  });
});
