// The demo branch as the head office would send it: a CSV (UTF-8 with BOM, as Excel
// writes it) or an XLSX with the Chinese headers of ACCOUNT_COLUMNS and one arrears
// column per earlier season.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ACCOUNT_COLUMNS, demoAccounts, type DemoAccountsOptions } from '../accounts/index.ts';
import { formatYuan } from '../../../shared/money.ts';
import { CSV_BOM, csvLine } from '../formats/csv.ts';
import { formatArea } from '../../../shared/heating-fee.ts';
import { previousSeason } from '../../../shared/seasons.ts';

const EXPORTED = ['accountNo', 'name', 'community', 'building', 'unit', 'room', 'address', 'phone', 'customerClass', 'heatedArea', 'heatingStatus', 'lowIncome'] as const;

export interface DemoExportOptions extends DemoAccountsOptions {
  onProgress?: (written: number, total: number) => void;
}

export function demoExportHeader(season: string): string[] {
  const headers = EXPORTED.map((field) => ACCOUNT_COLUMNS.find((c) => c.field === field)!.zh);
  return [...headers, `${previousSeason(season, 2)}欠费`, `${previousSeason(season)}欠费`];
}

function* demoExportRows(count: number, options: DemoAccountsOptions): Generator<string[]> {
  const older = previousSeason(options.season, 2);
  const last = previousSeason(options.season);
  for (const a of demoAccounts(count, options)) {
    const owed = (season: string) => {
      const entry = a.arrears.find((x) => x.season === season);
      return entry ? formatYuan(entry.amountFen, { grouping: false }) : '';
    };
    yield [
      a.accountNo,
      a.name,
      a.community,
      a.building,
      a.unit,
      a.room,
      a.address,
      a.phone,
      a.customerClass === 'residential' ? '居民' : '非居民',
      formatArea(a.heatedAreaCentiM2).replace('㎡', ''),
      a.heatingStatus === 'stopped' ? '停供' : '正常',
      a.lowIncome ? '是' : '否',
      owed(older),
      owed(last),
    ];
  }
}

export async function writeDemoExport(path: string, count: number, options: DemoExportOptions): Promise<void> {
  const header = demoExportHeader(options.season);
  if (path.toLowerCase().endsWith('.csv')) {
    const out = createWriteStream(path);
    let chunk = CSV_BOM + csvLine(header);
    let written = 0;
    for (const row of demoExportRows(count, options)) {
      chunk += csvLine(row);
      written++;
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
        options.onProgress?.(written, count);
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    options.onProgress?.(count, count);
    return;
  }
  // exceljs is large: loaded only when a workbook is read or written, not at hall start-up
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('用户信息');
  sheet.addRow(header).commit();
  let written = 0;
  for (const row of demoExportRows(count, options)) {
    sheet.addRow(row).commit();
    if (++written % 5000 === 0) options.onProgress?.(written, count);
  }
  sheet.commit();
  await workbook.commit();
  options.onProgress?.(count, count);
}
