import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, fen, formatMoney, formatYuan, mulDiv, parseYuan, toChineseCapital, MoneyError } from '../../shared/money.ts';

// An independent reader of 大写金额, so the property "capitals say the same amount" is
// checked against a second implementation rather than against itself.
const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UNIT: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
function readCapitalInteger(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) {
      section += digit * UNIT[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + section + digit) * 100_000_000;
      section = 0;
      digit = 0;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  return total + section + digit;
}
function readCapitals(text: string): number {
  if (text === '零元整') return 0;
  const m = /^(?:(.+)元)?(?:零)?(?:(.)角)?(?:(.)分)?(整)?$/u.exec(text);
  if (!m) throw new Error(`not capitals: ${text}`);
  const yuan = m[1] ? readCapitalInteger(m[1]) : 0;
  return yuan * 100 + (m[2] ? DIGIT[m[2]]! * 10 : 0) + (m[3] ? DIGIT[m[3]]! : 0);
}

describe('Chinese capitals (大写金额)', () => {
  it.each([
    [5, '伍分'],
    [100_005, '壹仟元零伍分'],
    [10_000_000, '壹拾万元整'],
    [1_030, '壹拾元叁角整'],
    [123_450, '壹仟贰佰叁拾肆元伍角整'],
    [0, '零元整'],
    [10, '壹角整'],
    [100, '壹元整'],
    [1_000_100, '壹万零壹元整'],
    [100_000_000_000, '壹拾亿元整'],
    [10_000_010_000, '壹亿零壹佰元整'],
    [20_050, '贰佰元伍角整'], // a 0 yuan digit before 角 needs no 零 (both forms are accepted by banks)
  ])('%i fen → %s', (amount, capitals) => {
    expect(toChineseCapital(amount)).toBe(capitals);
  });

  it('always reads back as the same amount, with 整 exactly when there are no fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (amount) => {
        const text = toChineseCapital(amount);
        expect(text).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/u);
        expect(readCapitals(text)).toBe(amount);
        expect(text.endsWith('整')).toBe(amount % 10 === 0);
        if (amount > 0) expect(text).not.toMatch(/零零|^零|零元|零整/u);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('money arithmetic', () => {
  it('formats and parses yuan as an exact round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(parseYuan(formatYuan(amount))).toBe(amount);
        expect(parseYuan(formatYuan(amount, { grouping: false }))).toBe(amount);
        expect(parseYuan(formatMoney(amount).replace('-￥', '-'))).toBe(amount);
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses anything that is not an amount in yuan', () => {
    for (const bad of ['', '1.234', 'abc', '1,23', '--1', '1e3', '0x10', '１２']) expect(() => parseYuan(bad)).toThrow(MoneyError);
  });

  it('mulDiv rounds half up exactly like integer arithmetic on BigInt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, n, d) => {
        const exact = BigInt(a) * BigInt(n);
        const expected = (exact * 2n + BigInt(d)) / (2n * BigInt(d));
        expect(BigInt(mulDiv(a, n, d))).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  it('allocate splits a total into parts that add up exactly, each within a fen of its share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 }), (total, weights) => {
        const parts = allocate(fen(total), weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => expect(Math.abs(p * sum - total * weights[i]!)).toBeLessThanOrEqual(sum));
      }),
      { numRuns: 2_000 },
    );
  });
});
