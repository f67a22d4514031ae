// The day report as an Excel workbook for the branch and head office: the totals (by tender,
// cashier, window, fee item, tax category, hour), the shifts with their differences, the
// invoice requests, and the head-office payments export of the day as its own sheet, which
// ends with the ledger's chain head like the CSV does. Written in the requesting manager's
// language; the export sheet keeps head office's own format.
import type { Db } from '../db/open.ts';
import type { DayReport, ZReport } from '../../../shared/api/dayclose.api.ts';
import { formatYuan } from '../../../shared/money.ts';
import { translate } from '../i18n.ts';
import { exportDay } from '../ledger/index.ts';
import type { Locale } from '../../../shared/i18n/index.ts';

const yuan = (fen: number) => Number(formatYuan(fen, { grouping: false }));
export async function dayWorkbook(db: Db, report: DayReport | ZReport, locale: Locale): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(locale, `dayclose:${key}`, params);
  // exceljs is large: loaded only when a workbook is written, not at hall start-up
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const sheet = book.addWorksheet(`${t('wizard.title')} ${report.date}`);
  const title = (text: string) => {
    sheet.addRow([]);
    sheet.addRow([text]).font = { bold: true };
  };
  sheet.addRow([`${report.branchName} ${report.kind === 'Z' ? 'Z' : 'X'} ${t('wizard.title')} ${report.date}`]).font = { bold: true, size: 14 };
  sheet.addRow([t('totals.head', { payments: report.payments, reversals: report.reversals }), yuan(report.totalFen)]);
  if ('periods' in report) {
    sheet.addRow([t('wizard.monthTotal', { month: report.periods.month.month }), yuan(report.periods.month.totalFen)]);
    sheet.addRow([t('wizard.yearTotal', { year: report.periods.year.year }), yuan(report.periods.year.totalFen)]);
    sheet.addRow([t('wizard.grandTotal'), yuan(report.periods.grandTotalFen)]);
    sheet.addRow([t('wizard.chainHead'), `#${report.chainHead.seq} ${report.chainHead.hash}`]);
  }
  title(t('totals.byTender'));
  for (const r of report.byTender) sheet.addRow([translate(locale, `shifts:tender.${r.method}`), r.count, yuan(r.amountFen)]);
  title(t('totals.byCashier'));
  for (const r of report.byCashier) sheet.addRow([`${r.code} ${r.name}`, r.count, yuan(r.amountFen)]);
  title(t('totals.byWindow'));
  for (const r of report.byWindow) sheet.addRow([t('totals.window', { n: r.windowNo }), r.count, yuan(r.amountFen)]);
  title(t('totals.byItem'));
  for (const r of report.byItem) sheet.addRow([r.label, t(`totals.tax.${r.taxCategory}`), yuan(r.amountFen)]);
  title(t('totals.byTax'));
  sheet.addRow([t('totals.tax.vatExempt'), '', yuan(report.byTax.vatExemptFen)]);
  sheet.addRow([t('totals.tax.taxable'), '', yuan(report.byTax.taxableFen)]);
  title(t('totals.cash'));
  for (const [key, value] of Object.entries({ float: report.cash.floatFen, topUps: report.cash.topUpsFen, drops: report.cash.dropsFen, deposits: report.cash.depositsFen, overage: report.cash.overageFen, shortage: report.cash.shortageFen }))
    sheet.addRow([t(`totals.cashRows.${key}`), '', yuan(value)]);
  sheet.columns.forEach((c, i) => (c.width = [34, 18, 16][i] ?? 14));

  const shifts = book.addWorksheet(t('totals.shifts'));
  shifts.addRow([t('totals.shiftCols.window'), t('totals.shiftCols.cashier'), t('totals.shiftCols.time'), '', t('totals.shiftCols.difference'), t('totals.shiftCols.note')]).font = { bold: true };
  for (const s of report.shifts) shifts.addRow([s.windowNo, `${s.cashier.code} ${s.cashier.name}`, s.openedAt, s.closedAt ?? t('totals.stillOpen'), s.differenceFen === null ? '' : yuan(s.differenceFen), s.note ?? '']);

  const invoices = book.addWorksheet(t('pdf.invoices'));
  invoices.addRow(['receipt', 'amount', 'payerType', 'payer', 'taxNo', 'contact'].map((c) => t(`pdf.cols.${c}`))).font = { bold: true };
  for (const r of report.invoiceRequests) invoices.addRow([r.receiptNo, yuan(r.amountFen), t(`pdf.payerTypes.${r.payerType}`), r.payerName, r.taxNo ?? '', [r.email, r.phone].filter(Boolean).join(' / ')]);

  // the head-office payments export, as its own sheet (the same rows and chain head as ledger.exportDay)
  const exported = new Excel.Workbook();
  await exported.xlsx.load((await exportDay(db, report.date, 'xlsx', report.timeZone)).bytes as unknown as ArrayBuffer);
  const source = exported.worksheets[0]!;
  const payments = book.addWorksheet(source.name);
  source.eachRow((row) => void payments.addRow(row.values as unknown[]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
