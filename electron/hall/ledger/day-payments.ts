// A business day's payments and reversals as the head office wants them back: one row per
// ledger entry, in ledger order. docs/ledger.md lists the export columns; day-export-format.ts
// holds the file's words. (ledger.dayPayments's `tenders` is the export's text too.)
import type { Db } from '../db/open.ts';
import { formatYuan, fen } from '../../../shared/money.ts';
import type { TenderMethod } from '../../../shared/print-models.ts';
import { GENESIS_HASH, verificationCode } from './chain.ts';
import { headText } from '../integrity/index.ts';
import { CSV_BOM, csvLine, plainText } from '../formats/csv.ts';
import { CHAIN_HEAD_LABEL, EXPORT_HEADER, KIND_WORDS, TENDER_WORDS, sheetName } from './day-export-format.ts';

export interface DayPaymentRow {
  seq: number;
  kind: 'payment' | 'reversal';
  receiptNo: string;
  at: string;
  windowNo: number | null;
  operatorCode: string;
  accountNo: string;
  accountName: string;
  amountFen: number;
  tenders: string;
  reversesReceiptNo: string | null;
  hash: string;
}

/** A business day's payments and reversals (export, day close); exported so the query-plan test explains exactly this. */
export const DAY_PAYMENTS_SQL = `SELECT e.seq, e.kind, e.receipt_no, e.at, e.window_no, o.code AS operator_code, e.body, e.amount_fen, e.hash, r.receipt_no AS reverses_receipt_no
       FROM ledger_entries e JOIN operators o ON o.id = e.operator_id LEFT JOIN ledger_entries r ON r.seq = e.reverses_seq
       WHERE e.business_date = ? AND e.kind IN ('payment', 'reversal') ORDER BY e.seq`;

export function dayPayments(db: Db, date: string): DayPaymentRow[] {
  const rows = db
    .prepare(DAY_PAYMENTS_SQL)
    .all(date) as Array<{ seq: number; kind: 'payment' | 'reversal'; receipt_no: string; at: string; window_no: number | null; operator_code: string; body: string; amount_fen: number; hash: string; reverses_receipt_no: string | null }>;
  return rows.map((r) => {
    const body = JSON.parse(r.body) as { account: { no: string; name: string }; tenders: Array<{ method: TenderMethod; amount: number; reference: string | null }> };
    return {
      seq: r.seq,
      kind: r.kind,
      receiptNo: r.receipt_no,
      at: r.at,
      windowNo: r.window_no,
      operatorCode: r.operator_code,
      accountNo: body.account.no,
      accountName: body.account.name,
      amountFen: r.amount_fen,
      tenders: body.tenders.map((t) => `${TENDER_WORDS[t.method]} ${formatYuan(fen(t.amount), { grouping: false })}${t.reference ? ` (${t.reference})` : ''}`).join('; '),
      reversesReceiptNo: r.reverses_receipt_no,
      hash: r.hash,
    };
  });
}

function exportRow(date: string, r: DayPaymentRow, timeZone: string): string[] {
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(r.at));
  return [date, time, r.receiptNo, KIND_WORDS[r.kind], r.windowNo === null ? '' : String(r.windowNo), r.operatorCode, plainText(r.accountNo), plainText(r.accountName), formatYuan(fen(r.amountFen), { grouping: false }), plainText(r.tenders), r.reversesReceiptNo ?? '', verificationCode(r.hash)];
}

/** The ledger's head when the export was made (entry number + hash): an outside anchor for `verify --anchors`. */
export function chainHead(db: Db): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

export async function exportDay(db: Db, date: string, format: 'csv' | 'xlsx', timeZone: string): Promise<{ bytes: Buffer; rows: number }> {
  const head = chainHead(db);
  // last row, after the entries: the head office keeps it, and with it a proof of the ledger up to here
  const headRow = [CHAIN_HEAD_LABEL, '', headText(head.seq, head.hash)];
  const rows = [...dayPayments(db, date).map((r) => exportRow(date, r, timeZone)), headRow];
  if (format === 'csv') {
    const text = CSV_BOM + [EXPORT_HEADER, ...rows].map(csvLine).join('');
    return { bytes: Buffer.from(text, 'utf8'), rows: rows.length - 1 };
  }
  // exceljs is large: loaded only when a workbook is read or written, not at hall start-up
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName(date));
  sheet.addRow(EXPORT_HEADER).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = [12, 10, 16, 6, 6, 10, 12, 16, 12, 30, 16, 12][i] ?? 12));
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), rows: rows.length - 1 };
}
