// Helpers for writing receiptline documents (receipt markdown). User text (names,
// addresses, reasons) is escaped so a "|" or "{" in an address cannot change the layout.
import type { TFunction } from 'i18next';
import type { PrintMark } from '../../print-request.ts';
import type { PaperWidth } from '../../../../shared/print-models.ts';

export interface LayoutOptions {
  t: TFunction;
  marks: readonly PrintMark[];
  /** 58 mm paper has 32 columns: labels and values go on separate lines where 80 mm fits both. */
  width: PaperWidth;
}

export function esc(text: string): string {
  return text.replace(/[\\|{}~_"`^]/g, (c) => `\\${c}`).replace(/^([-=])/u, '\\$1').replace(/[\r\n]+/g, ' ');
}

/** A label on the left, a value on the right (80 mm); on 58 mm the value follows the label. */
export function pair(label: string, value: string, width: PaperWidth = 80): string {
  return width === 80 ? `|${esc(label)} | ${esc(value)}|` : `|${esc(label)} ${esc(value)}`;
}

/** Emphasised total line: double width on 80 mm when it fits, else double height (58 mm has no room to widen). */
export function bigPair(label: string, value: string, width: PaperWidth): string {
  const columns = width === 80 ? 48 : 32;
  // double width needs twice the amount column; the column width is restored after the line
  const wide = 2 * displayWidth(value);
  if (width === 80 && 2 * displayWidth(label) + 1 + Math.max(24, wide) <= columns) return `{width:*,${Math.max(24, wide)}}\n|^"${esc(label)}" | ^"${esc(value)}"|\n{width:*,14}`;
  return `{width:*,${amountColumn(value)}}\n|^^"${esc(label)}" | ^^"${esc(value)}"|\n{width:*,14}`;
}

/** The amount column: 14 wide ("-￥537,542.53"), wider for an amount that would not fit (¥10,000,000.00 and up). */
export function amountColumn(amount: string): number {
  return Math.max(14, displayWidth(amount));
}

/** Marks printed large under the title: 补打, 已冲正. */
export function markLines(options: LayoutOptions): string[] {
  const lines: string[] = [];
  if (options.marks.includes('reprint')) lines.push(`^^"${esc(options.t('printing:paper.reprint'))}"`);
  if (options.marks.includes('reversed')) lines.push(`^^\`${esc(options.t('printing:paper.reversed'))}\``);
  return lines;
}

/** Columns a text takes on the printer: CJK and other wide characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || (ch.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return w;
}

/** A money line: label and amount on one line when they fit, else the amount under the label, right-aligned. */
export function moneyLine(label: string, amount: string, width: PaperWidth): string[] {
  const columns = width === 80 ? 48 : 32;
  const column = amountColumn(amount);
  // one column of space between label and amount; the usual column is restored after a wider one
  if (displayWidth(label) + column + 1 <= columns) return [`{width:*,${column}}`, `|${esc(label)} | ${esc(amount)}|`, ...(column > 14 ? ['{width:*,14}'] : [])];
  return ['{width:auto}', `|${esc(label)}`, `${esc(amount)}|`];
}

/** A section heading, bold on its own line, then back to label + amount columns. */
export function heading(text: string): string {
  return `{width:auto}\n|"${esc(text)}"\n{width:*,14}`;
}
