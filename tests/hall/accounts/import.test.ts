import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { testHall, type TestHall } from '../../support/hall.ts';

const HEADER_ZH = '户号,户名,小区,楼号,单元,室,电话,用户类别,供热面积,供热状态,低保,2025-2026欠费';
const ROWS_ZH = [
  '40000001,张三丰,武当小区,3,2,501,13912345678,居民,89.37,正常,否,500.00',
  '40000002,李四,武当小区,3号楼,2单元,502室,,居民,100,停供,是,',
  '40000003,"城东商贸有限公司",金桥花园,1,1,101,0431-88886666,非居民,"1,234.50",正常,否,',
];
const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall();
  manager = await t.login('9001', '9999', null);
});
afterEach(() => t.close());

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const preview = (fileName: string, bytes: Uint8Array | string) => t.raw('accounts.importPreview', { fileName, base64: b64(bytes) }, manager);
const apply = (fileName: string, bytes: Uint8Array | string, sha: string) => t.raw('accounts.importApply', { fileName, base64: b64(bytes), previewSha256: sha }, manager);
const count = (table: string) => t.hall.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const ok = <T>(res: { ok: boolean; result?: unknown; error?: unknown }): T => {
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.result as T;
};
type Report = { rowsTotal: number; toCreate: number; toUpdate: number; unchanged: number; arrearsToAdd: number; errors: Array<{ row: number; column: string; reason: string; value: string }>; fileSha256: string; encoding: string | null; format: string; arrearsDiffering: unknown[]; importId: number | null };

describe('accounts import', () => {
  it('previews a UTF-8 CSV with Chinese headers, then applies it all at once', async () => {
    const file = csv([HEADER_ZH, ...ROWS_ZH]);
    const report = ok<Report>(await preview('accounts.csv', file));
    expect(report).toMatchObject({ format: 'csv', encoding: 'utf-8', rowsTotal: 3, toCreate: 3, toUpdate: 0, arrearsToAdd: 1, errors: [] });
    expect(count('accounts')).toBe(0); // the preview wrote nothing
    const applied = ok<Report>(await apply('accounts.csv', file, report.fileSha256));
    expect(applied.importId).toBeGreaterThan(0);
    const zhang = t.hall.db.prepare("SELECT * FROM accounts WHERE account_no = '40000001'").get() as Record<string, unknown>;
    expect(zhang).toMatchObject({ name: '张三丰', building: '3号楼', unit: '2单元', room: '501室', address: '武当小区3号楼2单元501室', heated_area_centi_m2: 8937, name_initials: 'zsf', phone_last4: '5678' });
    const company = t.hall.db.prepare("SELECT customer_class, heated_area_centi_m2, phone FROM accounts WHERE account_no = '40000003'").get();
    expect(company).toEqual({ customer_class: 'nonResidential', heated_area_centi_m2: 123_450, phone: '043188886666' });
    const arrears = t.hall.db.prepare("SELECT season, amount_fen, due_date, kind, tax_category FROM charges WHERE kind = 'arrears'").all();
    expect(arrears).toEqual([{ season: '2025-2026', amount_fen: 50_000, due_date: '2025-11-30', kind: 'arrears', tax_category: 'vatExempt' }]);
    expect(t.hall.db.prepare("SELECT action FROM audit_log WHERE action = 'accounts.imported'").all()).toHaveLength(1);

    // applying the same file again changes nothing and never duplicates arrears
    const again = ok<Report>(await preview('accounts.csv', file));
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3, arrearsToAdd: 0 });
    ok(await apply('accounts.csv', file, again.fileSha256));
    expect(count('charges')).toBe(1);
  });

  it('reads GB18030 (a Chinese Windows export) and XLSX with English headers', async () => {
    const gb = iconv.encode(csv([HEADER_ZH, ...ROWS_ZH]), 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    const report = ok<Report>(await preview('export.csv', gb));
    expect(report).toMatchObject({ encoding: 'gb18030', toCreate: 3, errors: [] });
    ok(await apply('export.csv', gb, report.fileSha256));
    expect(t.hall.db.prepare("SELECT name FROM accounts WHERE account_no = '40000001'").pluck().get()).toBe('张三丰');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('accounts');
    sheet.addRow(['account_no', 'name', 'address', 'phone', 'class', 'heated_area', 'status', 'low_income', 'arrears', 'arrears_season']);
    sheet.addRow(['40000009', '王五', '金桥花园2号楼1单元301室', '13800001234', 'residential', 95.5, 'normal', 'no', 321.09, '2024-2025']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const x = ok<Report>(await preview('accounts.xlsx', xlsx));
    expect(x).toMatchObject({ format: 'xlsx', encoding: null, toCreate: 1, arrearsToAdd: 1, errors: [] });
    ok(await apply('accounts.xlsx', xlsx, x.fileSha256));
    const wang = t.hall.db.prepare("SELECT building, unit, room, heated_area_centi_m2 FROM accounts WHERE account_no = '40000009'").get();
    expect(wang).toEqual({ building: '2号楼', unit: '1单元', room: '301室', heated_area_centi_m2: 9_550 });
    expect(t.hall.db.prepare("SELECT amount_fen FROM charges WHERE season = '2024-2025'").pluck().get()).toBe(32_109);
  });

  it('reports every bad row in Chinese (row, column, reason) and refuses to apply any of the file', async () => {
    const file = csv([
      HEADER_ZH,
      ROWS_ZH[0]!,
      '40000002,,武当小区,3,2,502,139,居民,abc,正常,否,',
      '40000003,赵六,武当小区,3,2,503,,公司,12.345,冬眠,也许,12.3.4',
      ROWS_ZH[0]!.replace('张三丰', '张三'),
    ]);
    const report = ok<Report>(await preview('bad.csv', file));
    const errors = report.errors.map((e) => `${e.row}|${e.column}|${e.reason}`);
    expect(errors).toEqual([
      '3|户名|必填项为空',
      '3|电话|电话号码格式不正确',
      '3|供热面积|供热面积应为数字，最多两位小数',
      '4|用户类别|用户类别应为“居民”或“非居民”',
      '4|供热面积|供热面积应为数字，最多两位小数',
      '4|供热状态|供热状态应为“正常”或“停供”',
      '4|低保|应为“是”或“否”',
      '4|2025-2026欠费|金额格式不正确（如 1234.50）',
      '5|户号|户号在文件中重复（第 2 行已有）',
    ]);
    expect(report.errors.at(-1)!.value).toBe('40000001');
    const refused = await apply('bad.csv', file, report.fileSha256);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('文件中有 9 处错误，未导入任何数据；请修正后重新预览');
    expect(count('accounts')).toBe(0);
    expect(count('charges')).toBe(0);
    expect(count('account_imports')).toBe(0);
  });

  it.each([
    ['an empty file', '', '文件为空或没有表头'],
    ['missing required columns', csv(['户号,户名', '1,2']), '缺少必需的列：用户类别、供热面积、地址'],
    ['a broken quote', csv([HEADER_ZH, '40000001,"张三丰,武当小区']), 'CSV 格式错误'],
    ['bytes that are neither UTF-8 nor GB18030', Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x80, 0xff]), '无法识别文件编码'],
    ['a truncated XLSX', 'PK\u0003\u0004truncated', 'Excel 文件已损坏或不完整'],
    ['an old .xls', 'whatever', '不支持旧版 .xls 文件'],
  ])('refuses %s with a clear message and writes nothing', async (_name, content, message) => {
    const fileName = _name.includes('xls') ? (_name.includes('old') ? 'a.xls' : 'a.xlsx') : 'a.csv';
    const res = await preview(fileName, content);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain(message);
    expect(count('accounts')).toBe(0);
  });

  it('refuses to apply a file that differs from the preview, and a cashier may not import', async () => {
    const file = csv([HEADER_ZH, ...ROWS_ZH]);
    const report = ok<Report>(await preview('a.csv', file));
    const other = csv([HEADER_ZH, ROWS_ZH[0]!]);
    const res = await apply('a.csv', other, report.fileSha256);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.key).toBe('accounts:import.file.changedSincePreview');
    const cashier = await t.login('1001', '1234', 1);
    expect((await t.raw('accounts.importPreview', { fileName: 'a.csv', base64: b64(file) }, cashier)).ok).toBe(false);
    expect(count('accounts')).toBe(0);
  });

  it('keeps booked arrears and reports a differing amount; never touches the ledger', async () => {
    const first = csv([HEADER_ZH, ROWS_ZH[0]!]);
    ok(await apply('a.csv', first, ok<Report>(await preview('a.csv', first)).fileSha256));
    const second = csv([HEADER_ZH, ROWS_ZH[0]!.replace('500.00', '480.00').replace('13912345678', '13900000000')]);
    const report = ok<Report>(await preview('b.csv', second));
    expect(report).toMatchObject({ toUpdate: 1, arrearsToAdd: 0, arrearsDiffering: [{ accountNo: '40000001', season: '2025-2026', bookedFen: 50_000, fileFen: 48_000 }] });
    ok(await apply('b.csv', second, report.fileSha256));
    expect(t.hall.db.prepare("SELECT phone FROM accounts WHERE account_no = '40000001'").pluck().get()).toBe('13900000000');
    expect(t.hall.db.prepare("SELECT amount_fen FROM charges WHERE kind = 'arrears'").all()).toEqual([{ amount_fen: 50_000 }]);
    expect(count('ledger_entries')).toBe(0);
  });

  it('has a command line with a dry run, an apply and a non-zero exit on bad rows', () => {
    const cliPath = join(import.meta.dirname, '../../../electron/hall/cli/import-accounts.ts');
    const dbPath = join(t.dir, 'cli.db');
    const good = join(t.dir, 'good.csv');
    const bad = join(t.dir, 'bad.csv');
    writeFileSync(good, csv([HEADER_ZH, ...ROWS_ZH]));
    writeFileSync(bad, csv([HEADER_ZH, '4000000X!,张三,武当小区,1,1,101,,居民,1,正常,否,']));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', cliPath, '--db', dbPath, ...args], { encoding: 'utf8' });
    const dry = run('--file', good);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('新增 3');
    expect(dry.stdout).toContain('create 3');
    expect(dry.stdout).toContain('未写入数据');
    const applied = run('--file', good, '--apply');
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('已导入');
    expect(applied.stdout).toContain('applied (import #');
    const refused = run('--file', bad, '--apply', '--json');
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ importId: null, errors: [{ row: 2, column: '户号' }] });
  });
});
