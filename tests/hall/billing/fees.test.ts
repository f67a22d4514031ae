import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heatingFee } from '../../../shared/heating-fee.ts';
import { lateFee } from '../../../shared/late-fee.ts';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { feeWords } from '../../../electron/hall/accounts/index.ts';

const words = feeWords();

const policy = { stoppedBaseShareBp: 3_000, lowIncomeReductionBp: 2_000 };

describe('heating fee table', () => {
  it.each([
    // area (0.01 m²), price (fen), 停供, 低保 → fen, detail
    [8_937, 2_200, false, false, 196_614, '89.37㎡ × ￥22.00'],
    [10_000, 2_200, true, false, 66_000, '100.00㎡ × ￥22.00 × 30%（停供）'],
    [10_000, 2_200, false, true, 176_000, '100.00㎡ × ￥22.00 低保减免20%'],
    [10_000, 2_200, true, true, 52_800, '100.00㎡ × ￥22.00 × 30%（停供） 低保减免20%'],
    [12_345, 3_300, false, false, 407_385, '123.45㎡ × ￥33.00'],
    // half a fen rounds up: 0.01 m² × ￥0.50 = 0.5 fen → 1 fen
    [1, 50, false, false, 1, '0.01㎡ × ￥0.50'],
    [0, 2_200, false, false, 0, '0.00㎡ × ￥22.00'],
  ])('%i × %i, stopped %s, low income %s → %i', (area, price, stopped, lowIncome, fen, detail) => {
    expect(heatingFee({ heatedAreaCentiM2: area, unitPriceFen: price, stopped, lowIncome }, policy, words)).toEqual({ amountFen: fen, detail });
  });
});

describe('late fee (滞纳金) table', () => {
  it.each([
    // open, due, paid on, ppm/day → fen, days
    [100_000, '2026-01-31', '2026-01-31', 500, null, 0], // on the due date: nothing
    [100_000, '2026-01-31', '2026-02-01', 500, 50, 1], // the day after: one day
    [100_000, '2026-01-31', '2026-03-01', 500, 1_450, 29], // across the February month end
    [100_000, '2024-01-31', '2024-03-01', 500, 1_500, 30], // leap year February
    [100_000, '2025-12-31', '2026-01-01', 500, 50, 1], // across the year end
    [1_000, '2020-11-30', '2026-11-23', 500, 1_000, 2_184], // capped at the principal
    [333, '2026-01-01', '2026-01-04', 500, 0, 3], // 0.4995 fen rounds to nothing
    [100_000, null, '2026-03-01', 500, null, 0], // no due date: no late fee
    [100_000, '2026-01-31', '2026-03-01', 0, null, 0], // rate 0: no late fee
  ])('%i due %s paid %s at %i ppm → %s', (open, due, on, ppm, fen, days) => {
    const fee = lateFee(open, due, on, ppm, words);
    if (fen === null || fen === 0) expect(fee).toBeNull();
    else expect(fee).toMatchObject({ amountFen: fen, days });
  });
  it('says how it was computed', () => {
    expect(lateFee(100_000, '2026-01-31', '2026-03-01', 500, words)?.detail).toBe('2026-01-31 起 29 天 × 0.05%/天');
    expect(lateFee(1_000, '2020-11-30', '2026-11-23', 500, words)?.detail).toMatch(/（以本金为限）$/);
    expect(lateFee(100_000, '2026-01-31', '2026-03-01', 500, feeWords('en'))?.detail).toBe('from 2026-01-31, 29 days × 0.05%/day');
    expect(heatingFee({ heatedAreaCentiM2: 10_000, unitPriceFen: 2_200, stopped: true, lowIncome: true }, policy, feeWords('zh-TW')).detail).toBe('100.00㎡ × ￥22.00 × 30%（停供） 低保減免20%');
  });
});

describe('billing at the counter', () => {
  let h: LedgerHall;
  beforeEach(async () => {
    h = await ledgerHall();
  });
  afterEach(() => h.close());

  it('bills 停供 and 低保 households by the season policy', async () => {
    const s = await h.statement(KNOWN.wang);
    expect(s.charges).toHaveLength(1);
    expect(s.charges[0]).toMatchObject({ kind: 'heating', season: '2026-2027', openFen: 52_800, detail: '100.00㎡ × ￥22.00 × 30%（停供） 低保减免20%' });
  });

  it('accrues the late fee by the hall clock’s local date, across a month boundary', async () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai: heating due 2026-11-30 is 32 days late
    h.clock.set('2026-12-31T16:30:00.000Z');
    const token = await h.login('1001', '1234', 1); // the earlier session has expired by then
    const s = await h.call('billing.statement', { accountNo: KNOWN.li }, token);
    expect(s.onDate).toBe('2027-01-01');
    expect(s.charges[0]!.lateFee).toMatchObject({ days: 32, amountFen: 3_520 }); // ￥2,200.00 × 32 × 0.05 %
  });

  it('a manager may waive the late fee with a reason: a waiver line, audited, total without the fee', async () => {
    const s = await h.statement(KNOWN.zhang);
    const withoutFee = s.openFen;
    const receipt = await h.pay(KNOWN.zhang, { expectedTotalFen: withoutFee, tenders: [{ method: 'card', amountFen: withoutFee, reference: null }], waiveLateFee: { managerCode: '9001', managerPin: '9999', reason: '系统故障期间无法缴费' } });
    expect(receipt.lines.map((l) => [l.kind, l.amountFen])).toEqual([
      ['arrears', 50_000],
      ['lateFee', 8_950],
      ['waiver', -8_950],
      ['heating', 196_614],
    ]);
    expect(receipt.lines[2]!.detail).toBe('系统故障期间无法缴费');
    const audit = h.hall.db.prepare("SELECT details FROM audit_log WHERE action = 'ledger.lateFeeWaived'").pluck().get() as string;
    expect(JSON.parse(audit)).toEqual({ approverCode: '9001', reason: '系统故障期间无法缴费', waivedFen: 8_950 });
    const approver = h.hall.db.prepare('SELECT o.code FROM ledger_entries e JOIN operators o ON o.id = e.approver_id').pluck().get();
    expect(approver).toBe('9001');
  });

  it('refuses a waiver without a manager or without a late fee', async () => {
    const s = await h.statement(KNOWN.zhang);
    const byCashier = await h.raw('ledger.recordPayment', { idempotencyKey: 'waive-by-cashier', accountNo: KNOWN.zhang, expectedTotalFen: s.openFen, tenders: [{ method: 'card', amountFen: s.openFen, reference: null }], waiveLateFee: { managerCode: '1001', managerPin: '1234', reason: '想减免' } }, h.cashier);
    expect(byCashier.ok).toBe(false);
    const li = await h.statement(KNOWN.li);
    const nothing = await h.raw('ledger.recordPayment', { idempotencyKey: 'waive-nothing-1', accountNo: KNOWN.li, expectedTotalFen: li.totalFen, tenders: [{ method: 'card', amountFen: li.totalFen, reference: null }], waiveLateFee: { managerCode: '9001', managerPin: '9999', reason: '无滞纳金' } }, h.cashier);
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(nothing.error.key).toBe('ledger:errors.noLateFeeToWaive');
    expect(h.counterEntries()).toBe(0);
  });

  it('issues a season once: prices are history, a re-run adds nothing', async () => {
    const again = await h.call('billing.issueSeason', { season: '2026-2027' }, h.manager);
    expect(again.issued).toBe(0);
    expect(again.alreadyIssued).toBe(3);
    await h.call('billing.setHeatingPrice', { customerClass: 'residential', fromSeason: '2027-2028', unitPriceFen: 2_400 }, h.manager);
    const next = await h.call('billing.issueSeason', { season: '2027-2028' }, h.manager);
    expect(next.issued).toBe(3);
    const detail = h.hall.db.prepare("SELECT detail FROM charges WHERE season = '2027-2028' AND account_id = (SELECT id FROM accounts WHERE account_no = ?)").pluck().get(KNOWN.li);
    expect(detail).toBe('100.00㎡ × ￥24.00');
    const twice = await h.raw('billing.setHeatingPrice', { customerClass: 'residential', fromSeason: '2027-2028', unitPriceFen: 2_500 }, h.manager);
    expect(twice.ok).toBe(false);
    expect((await h.raw('billing.issueSeason', { season: '2027-2028' }, h.cashier)).ok).toBe(false);
  });
});
