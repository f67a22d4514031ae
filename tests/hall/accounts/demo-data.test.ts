import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { demoAccounts } from '../../../electron/hall/accounts/demo-accounts.ts';
import { accountRecordSchema } from '../../../electron/hall/accounts/account-record.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';

const CLI = join(import.meta.dirname, '../../../electron/hall/cli/demo-data.ts');
// the generator's "now" is the test's, so the same seed gives the same bytes on any day
const run = (...args: string[]) => execFileSync(process.execPath, [CLI, '--clock', '2026-11-23T01:00:00.000Z', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('demo data', () => {
  it('is deterministic: the same seed gives the same accounts, another seed others', () => {
    const a = [...demoAccounts(500, { seed: 7, season: '2026-2027' })];
    const b = [...demoAccounts(500, { seed: 7, season: '2026-2027' })];
    const c = [...demoAccounts(500, { seed: 8, season: '2026-2027' })];
    expect(a).toEqual(b);
    expect(a.map((x) => x.name)).not.toEqual(c.map((x) => x.name));
  });

  it('is realistic: valid records, Chinese names, 小区/楼/单元/室 addresses, mobile numbers, arrears and both classes', () => {
    const accounts = [...demoAccounts(5000, { seed: 1, season: '2026-2027' })];
    for (const a of accounts) {
      expect(accountRecordSchema.safeParse(a).success).toBe(true);
      expect(a.name).toMatch(/^\p{Script=Han}{2,}$/u);
      expect(a.address).toMatch(/^\p{Script=Han}+\d*期?\d+号楼\d单元\d+室$/u);
      if (a.phone) expect(a.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(a.heating.amountFen).toBeGreaterThan(0);
    }
    const share = (pred: (a: (typeof accounts)[number]) => boolean) => accounts.filter(pred).length / accounts.length;
    expect(share((a) => a.arrears.length > 0)).toBeGreaterThan(0.04);
    expect(share((a) => a.customerClass === 'nonResidential')).toBeGreaterThan(0.01);
    expect(share((a) => a.heatingStatus === 'stopped')).toBeGreaterThan(0.01);
    expect(share((a) => a.lowIncome)).toBeGreaterThan(0.005);
    expect(new Set(accounts.map((a) => a.accountNo)).size).toBe(accounts.length);
  });

  it('writes a hall database, a CSV and an XLSX from the command line; same seed, same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-demo-'));
    try {
      run('--accounts', '1500', '--out', join(dir, 'branch.db'), '--season', '2026-2027');
      const { db } = openDatabase({ path: join(dir, 'branch.db'), readonly: true });
      expect(db.prepare('SELECT COUNT(*) FROM accounts').pluck().get()).toBe(1500);
      expect(db.prepare("SELECT COUNT(*) FROM charges WHERE kind = 'heating' AND season = '2026-2027'").pluck().get()).toBe(1500);
      expect(db.prepare("SELECT COUNT(*) FROM charges WHERE kind = 'arrears'").pluck().get()).toBeGreaterThan(50);
      expect(db.prepare('SELECT COUNT(*) FROM operators').pluck().get()).toBeGreaterThan(0);
      // the indexes deferred during the bulk load are all back
      expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'accounts_by_%'").pluck().get()).toBe(7);
      db.close();

      run('--accounts', '300', '--out', join(dir, 'a.csv'), '--season', '2026-2027', '--seed', '3');
      run('--accounts', '300', '--out', join(dir, 'b.csv'), '--season', '2026-2027', '--seed', '3');
      const csv = readFileSync(join(dir, 'a.csv'));
      expect(createHash('sha256').update(csv).digest('hex')).toBe(createHash('sha256').update(readFileSync(join(dir, 'b.csv'))).digest('hex'));
      const lines = csv.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('户号,户名,小区,楼号,单元,室,地址,电话,用户类别,供热面积,供热状态,低保,2024-2025欠费,2025-2026欠费');
      expect(lines).toHaveLength(301);

      run('--accounts', '200', '--out', join(dir, 'a.xlsx'), '--season', '2026-2027');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, 'a.xlsx'));
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount).toBe(201);
      expect(sheet.getRow(1).getCell(1).value).toBe('户号');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad arguments with a clear message', () => {
    expect(() => run('--accounts', '0', '--out', '/tmp/x.db')).toThrow(/accounts/);
    expect(() => run('--accounts', '10', '--out', '/tmp/x.txt')).toThrow(/\.db, \.csv or \.xlsx/);
  });
});
