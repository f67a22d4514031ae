// The manager's charts count on the hall's clock face and in integer fen.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { i18nOptions } from '../../shared/i18n/index.ts';
import { paymentsByHour, paymentsOption, ratingsOption } from '../../shared/day-charts.ts';
import type { DayPayment } from '../../shared/api/ledger.api.ts';

const t = (() => {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions('zh-CN') as never);
  return instance.t.bind(instance);
})();

const entry = (at: string, amountFen: number, kind: DayPayment['kind'] = 'payment'): DayPayment => ({
  seq: 1, kind, receiptNo: 'W01-00000001', at, windowNo: 1, operatorCode: '1001', accountNo: '30000001', accountName: '张三', amountFen: amountFen as never, tenders: 'cash', reversesReceiptNo: null, hash: 'x',
});

describe('payments by hour', () => {
  it('counts payments per hall hour, fills the hours between, and takes reversals off the amount', () => {
    const slots = paymentsByHour(
      [entry('2026-11-23T00:59:59Z', 10_000), entry('2026-11-23T01:00:00Z', 20_050), entry('2026-11-23T03:30:00Z', 5_000), entry('2026-11-23T03:40:00Z', -5_000, 'reversal')],
      'Asia/Shanghai',
    );
    expect(slots).toEqual([
      { hour: 8, count: 1, amountFen: 10_000 },
      { hour: 9, count: 1, amountFen: 20_050 },
      { hour: 10, count: 0, amountFen: 0 },
      { hour: 11, count: 1, amountFen: 0 },
    ]);
    const option = paymentsOption(t, slots);
    expect(option.xAxis.data).toEqual(['8 时', '9 时', '10 时', '11 时']);
    expect(option.series[1]!.data).toEqual([100, 200.5, 0, 0]);
    expect(option.yAxis[1]!.axisLabel!.formatter(12_345.6)).toBe('12,345.60');
  });
  it('is empty on a day without payments', () => {
    expect(paymentsByHour([], 'Asia/Shanghai')).toEqual([]);
  });
});

describe('ratings', () => {
  it('shows only the points rated, split by score, in the manager’s words', () => {
    const zero = { satisfied: 0, fair: 0, unsatisfied: 0 };
    const option = ratingsOption(t, {
      date: '2026-11-23',
      rated: 3,
      byPoint: [{ point: 'overall', satisfied: 2, fair: 1, unsatisfied: 0 }, { point: 'attitude', ...zero }],
      byWindow: [],
      byCashier: [],
    });
    expect(option.yAxis.data).toEqual(['总体']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['满意', [2]],
      ['基本满意', [1]],
      ['不满意', [0]],
    ]);
  });
});
