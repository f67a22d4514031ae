import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';

const VERIFY = join(import.meta.dirname, '../../../electron/hall/cli/verify.ts');
const verifyCli = (db: string) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', VERIFY, '--db', db, '--json'], { encoding: 'utf8' });

describe('verify and the day export', () => {
  it('verify (API and CLI) passes an intact ledger and exits non-zero on a removed entry', async () => {
    const h = await ledgerHall({ file: true });
    await h.pay(KNOWN.zhang);
    await h.pay(KNOWN.li, {}, h.cashier2);
    await h.pay(KNOWN.wang);
    const api = await h.call('ledger.verify', {}, h.manager);
    // the two shift openings are entries too (no receipt)
    expect(api).toMatchObject({ ok: true, entriesChecked: 5, receiptsChecked: 3, firstBroken: null, gaps: [] });
    expect((await h.raw('ledger.verify', {}, h.cashier)).ok).toBe(false); // managers only
    const dbPath = join(h.dir, 'hall.db');
    h.hall.close();

    const ok = verifyCli(dbPath);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, entriesChecked: 5 });

    const { db } = openDatabase({ path: dbPath, migrate: false });
    db.exec('DROP TRIGGER ledger_entries_no_delete');
    db.prepare('DELETE FROM ledger_entries WHERE seq = 4').run(); // the second payment
    db.close();
    const broken = verifyCli(dbPath);
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout) as { ok: boolean; firstBroken: { seq: number; reason: string } };
    expect(report.ok).toBe(false);
    expect(report.firstBroken.seq).toBe(5);
    expect(report.firstBroken.reason).toMatch(/missing/);
    h.close();
  });

  it('exports the day’s payments and reversals as CSV and XLSX with the documented columns', async () => {
    const h = await ledgerHall();
    const a = await h.pay(KNOWN.zhang);
    const liTotal = (await h.statement(KNOWN.li)).totalFen;
    const b = await h.pay(KNOWN.li, { tenders: [{ method: 'wechat', amountFen: 200_000, reference: 'WX42' }, { method: 'cash', amountFen: liTotal - 200_000, reference: null }] });
    await h.call('ledger.reversePayment', { idempotencyKey: 'export-rev-1', receiptNo: b.receiptNo, approval: { managerCode: '9001', managerPin: '9999', reason: '重复收费' } }, h.cashier);
    const day = await h.call('ledger.dayPayments', { date: '2026-11-23' }, h.manager);
    expect(day.entries.map((e) => [e.kind, e.receiptNo, e.amountFen])).toEqual([
      ['payment', a.receiptNo, a.totalFen],
      ['payment', b.receiptNo, liTotal],
      ['reversal', 'W01-00000003', -liTotal],
    ]);
    expect(day.totalFen).toBe(a.totalFen);

    const csv = await h.call('ledger.exportDay', { date: '2026-11-23', format: 'csv' }, h.manager);
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('营业日期,时间,票据号,类型,窗口,收费员工号,户号,户名,金额(元),支付方式,被冲正票据号,校验码');
    expect(lines[2]).toBe(`2026-11-23,09:00:00,W01-00000002,收费,1,1001,${KNOWN.li},李四,2200.00,微信 2000.00 (WX42); 现金 200.00,,${b.verificationCode}`);
    expect(lines[3]).toMatch(/^2026-11-23,09:00:00,W01-00000003,冲正,1,1001,30000002,李四,-2200\.00,微信 -2000\.00 \(WX42\); 现金 -200\.00,W01-00000002,[0-9A-F]{10}$/);
    expect(csv.rows).toBe(3);
    // the last line is the ledger's head at export time: the head office's outside anchor
    const head = h.hall.db.prepare('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    expect(lines[4]).toBe(`账本链头,,#${head.seq} ${head.hash}`);

    const xlsx = await h.call('ledger.exportDay', { date: '2026-11-23', format: 'xlsx' }, h.manager);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(5).getCell(3).value).toBe(`#${head.seq} ${head.hash}`);
    expect(sheet.getRow(3).getCell(3).value).toBe(b.receiptNo);
    h.close();
  });

  it('never lets a name from outside become a spreadsheet formula', async () => {
    const h = await ledgerHall();
    h.hall.db.prepare("UPDATE accounts SET name = '=HYPERLINK(\"http://x\",\"点我\")' WHERE account_no = ?").run(KNOWN.li);
    await h.pay(KNOWN.li);
    const csv = await h.call('ledger.exportDay', { date: '2026-11-23', format: 'csv' }, h.manager);
    const line = Buffer.from(csv.base64, 'base64').toString('utf8').trim().split('\r\n')[1]!;
    expect(line).toContain(`,"'=HYPERLINK(""http://x"",""点我"")",2200.00,`);
    const xlsx = await h.call('ledger.exportDay', { date: '2026-11-23', format: 'xlsx' }, h.manager);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    expect(workbook.worksheets[0]!.getRow(2).getCell(8).value).toBe(`'=HYPERLINK("http://x","点我")`);
    h.close();
  });
});
