// CSV as Excel reads it in China: UTF-8 with a BOM, CRLF, fields quoted only when needed.
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';

/**
 * Text that came from outside (a customer's name, an address, a payment reference) must not
 * become a formula when the file is opened in Excel or WPS: a leading = + - @ or tab is
 * neutralised with an apostrophe (OWASP CSV injection). Amounts are not passed through this.
 */
export function plainText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
