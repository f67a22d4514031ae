// A head office file as rows of text cells, whatever it came as: CSV in UTF-8 (with or
// without BOM) or GB18030 (what Excel on a Chinese Windows saves), or an XLSX workbook
// (first sheet). Detection is by content, not by the file name alone.
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { NO_WORD, YES_WORD } from '../import-columns.ts';

export interface Table {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  rows: string[][];
}

export class FileProblem extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.key = key;
    this.params = params;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: a Chinese Windows export in GB18030 (a superset of GBK and GB2312)
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (text.includes('\uFFFD')) throw new FileProblem('encoding');
    return { text, encoding: 'gb18030' };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? YES_WORD : NO_WORD;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.length === 0) throw new FileProblem('empty');
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip || /\.xlsx$/i.test(fileName)) {
    if (!isZip) throw new FileProblem('notXlsx');
    // exceljs is large: loaded only when a workbook is read or written, not at hall start-up
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as never);
    } catch {
      throw new FileProblem('badXlsx');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new FileProblem('empty');
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
      rows[rowNumber - 1] = cells;
    });
    return { format: 'xlsx', encoding: null, rows: Array.from(rows, (r) => r ?? []) };
  }
  if (/\.xls$/i.test(fileName)) throw new FileProblem('oldXls');
  const { text, encoding } = decodeText(bytes);
  try {
    const rows = parse(text, { relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
    return { format: 'csv', encoding, rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new FileProblem('badCsv', { line });
  }
}
