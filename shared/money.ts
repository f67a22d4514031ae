// Money is integer fen (分) from the wire to the database to the printer. No float ever
// holds an amount: parsing goes through strings, scaling through BigInt.
import { z } from 'zod';

declare const fenBrand: unique symbol;
/** An amount in fen (1 yuan = 100 fen). A safe integer; may be negative for reversals. */
export type Fen = number & { readonly [fenBrand]: true };

export const MAX_FEN = Number.MAX_SAFE_INTEGER;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new MoneyError(`not a whole number of fen: ${value}`);
  return value as Fen;
}

export const ZERO_FEN = fen(0);

/** zod: an integer amount in fen (any sign). */
export const fenSchema = z
  .number()
  .int()
  .refine((v) => Number.isSafeInteger(v), 'amount out of range')
  .transform((v) => v as Fen);
/** zod: a non-negative amount in fen. */
export const nonNegativeFenSchema = fenSchema.refine((v) => v >= 0, 'amount must not be negative');
/** zod: a positive amount in fen. */
export const positiveFenSchema = fenSchema.refine((v) => v > 0, 'amount must be positive');

export function addFen(...amounts: Fen[]): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return fen(total);
}

export function subFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return fen(total);
}

export type Rounding = 'halfUp' | 'down' | 'up';

/**
 * amount × numerator ÷ denominator, rounded to whole fen. Used for area × unit price
 * (area in centi-m²), rate shares in basis points and daily late-fee rates; exact in
 * BigInt so no product overflows or drifts. halfUp rounds half away from zero.
 */
export function mulDiv(amount: number, numerator: number, denominator: number, rounding: Rounding = 'halfUp'): Fen {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new MoneyError('mulDiv needs safe integers');
  }
  if (denominator === 0) throw new MoneyError('division by zero');
  let n = BigInt(amount) * BigInt(numerator);
  let d = BigInt(denominator);
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const r = abs % d;
  if (rounding === 'halfUp' && r * 2n >= d) q += 1n;
  else if (rounding === 'up' && r > 0n) q += 1n;
  return fen(Number(negative ? -q : q));
}

/** Splits a total into parts proportional to weights; the parts add up to the total exactly (largest remainder). */
export function allocate(total: Fen, weights: number[]): Fen[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) throw new MoneyError('allocate needs positive weights');
  const raw = weights.map((w) => mulDiv(total, w, sum, 'down'));
  let rest = total - raw.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => ({ i, rem: (BigInt(total) * BigInt(w)) % BigInt(sum) })).sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
  const out = [...raw] as number[];
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]!.i]! += 1;
  return out.map(fen);
}

const YUAN_PATTERN = /^([+-])?(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d{1,2}))?$/;

/** "1,234.5" / "1234.50" / "-3" → fen. Throws MoneyError for anything else (3 decimals, letters, empty). */
export function parseYuan(text: string): Fen {
  const trimmed = text.trim().replace(/^[¥￥]/, '');
  const match = YUAN_PATTERN.exec(trimmed);
  if (!match) throw new MoneyError(`not an amount in yuan: "${text}"`);
  const whole = (match[2] ?? match[3] ?? '0').replaceAll(',', '');
  const cents = (match[4] ?? '').padEnd(2, '0');
  const value = BigInt(whole) * 100n + BigInt(cents);
  if (value > BigInt(MAX_FEN)) throw new MoneyError(`amount too large: "${text}"`);
  return fen(Number(match[1] === '-' ? -value : value));
}

/** 123450 → "1,234.50" (no currency sign). */
export function formatYuan(amount: Fen | number, options: { grouping?: boolean } = {}): string {
  const value = fen(amount);
  const negative = value < 0;
  const abs = negative ? -value : value;
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const wholeText = options.grouping === false ? String(whole) : String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${wholeText}.${cents}`;
}

/** 123450 → "￥1,234.50". Uses the full-width ￥ that Chinese receipt printers can print. */
export function formatMoney(amount: Fen | number): string {
  const text = formatYuan(amount);
  return text.startsWith('-') ? `-￥${text.slice(1)}` : `￥${text}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const SECTIONS = ['', '万', '亿', '万亿'] as const;

function sectionToCapital(section: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(section / 10 ** place) % 10;
    if (digit === 0) {
      if (out.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + PLACES[place]!;
  }
  return out;
}

function integerToCapital(value: number): string {
  if (value === 0) return '零';
  const sections: number[] = [];
  for (let v = value; v > 0; v = Math.floor(v / 10000)) sections.push(v % 10000);
  if (sections.length > SECTIONS.length) throw new MoneyError('amount too large for Chinese capitals');
  let out = '';
  let gap = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]!;
    if (section === 0) {
      gap = out.length > 0;
      continue;
    }
    if (out.length > 0 && (gap || section < 1000)) out += '零';
    out += sectionToCapital(section) + SECTIONS[i]!;
    gap = false;
  }
  return out;
}

/**
 * The amount in Chinese capitals (大写金额) as written on receipts and cheques:
 * 123450 → 壹仟贰佰叁拾肆元伍角整; 5 → 伍分; 100005 → 壹仟元零伍分; 0 → 零元整.
 */
export function toChineseCapital(amount: Fen | number): string {
  const value = fen(amount);
  if (value < 0) return `负${toChineseCapital(-value)}`;
  const yuan = Math.floor(value / 100);
  const jiao = Math.floor(value / 10) % 10;
  const fenDigit = value % 10;
  if (value === 0) return '零元整';
  let out = yuan > 0 ? `${integerToCapital(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fenDigit > 0) out += `${DIGITS[fenDigit]}分`;
  else out += '整';
  return out;
}
