// The day report as PDF, read back as a reader would: its text extracted by poppler's pdftotext
// (Debian poppler-utils, installed by scripts/install-system-deps.sh) — the Chinese headings,
// the totals to the fen, the cashiers, a shift's shortage, the invoice request, the chain head
// of a closed day — and the charts' hour labels, which only the drawn charts put on the page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';

/** poppler's tools on PATH (or Debian's /usr/bin when PATH was narrowed). */
function popplerTool(name: 'pdftotext' | 'pdftoppm' | 'pdfinfo'): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'];
  const found = dirs.map((d) => join(d, name)).find((p) => existsSync(p));
  if (!found) throw new Error(`${name} not found: install poppler-utils (bash scripts/install-system-deps.sh)`);
  return found;
}

let h: LedgerHall;
let dir: string;
beforeEach(async () => {
  h = await ledgerHall({ shop: true }); // 09:00 in the hall
  dir = mkdtempSync(join(tmpdir(), 'cd-daypdf-'));
});
afterEach(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (base64: string, name: string) => {
  if (process.env.DAY_PDF_KEEP) writeFileSync(join(process.env.DAY_PDF_KEEP, name), Buffer.from(base64, 'base64'));
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync(popplerTool('pdftotext'), ['-layout', file, '-'], { encoding: 'utf8' });
};
const pages = (base64: string, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return Number(/Pages:\s+(\d+)/.exec(execFileSync(popplerTool('pdfinfo'), [file], { encoding: 'utf8' }))![1]);
};

describe('the day report as PDF', () => {
  it('carries the day in Chinese: totals to the fen, cashiers, shifts, invoice requests, charts by hour; a closed day adds its chain head', async () => {
    const kiosk = (await h.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
    for (let i = 0; i < 3; i++) await h.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kiosk);
    h.clock.advance(45 * 60_000); // 09:45
    const li = await h.pay(KNOWN.li); // ￥2,200.00 cash at window 1
    await h.call('queue.callNext', {}, h.cashier);
    h.clock.advance(60 * 60_000); // 10:45
    const heating = (await h.call('billing.statement', { accountNo: KNOWN.zhang }, h.cashier2)).charges.find((c) => c.kind === 'heating')!;
    const zhang = await h.pay(KNOWN.zhang, { chargeIds: [heating.chargeId], expectedTotalFen: 196_614 }, h.cashier2); // ￥1,966.14 cash at window 2
    expect([li.totalFen, zhang.totalFen]).toEqual([220_000, 196_614]);
    await h.call('dayclose.requestInvoice', { receiptNo: zhang.receiptNo, payerType: 'company', payerName: '幸福物业有限公司', taxNo: '91110105MA01ABCD2X', email: 'cw@example.com' }, h.cashier2);
    await h.call('queue.callNext', {}, h.cashier);
    h.clock.advance(10 * 60_000); // 10:55: the last customer is called
    await h.call('queue.callNext', {}, h.cashier);
    await h.call('shifts.close', { count: { y100: 22 } }, h.cashier);
    const short = await h.call('shifts.close', { count: { y100: 19, y50: 1, y10: 1, y5: 1, y1: 1 }, note: '短一角四分' }, h.cashier2);
    expect(short.shift.differenceFen).toBe(-14);

    const x = await h.call('dayclose.reportPdf', { date: '2026-11-23' }, h.manager);
    expect([x.fileName, x.contentType]).toEqual(['day-2026-11-23-X.pdf', 'application/pdf']);
    expect(Buffer.from(x.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const xText = text(x.base64, 'x.pdf');
    for (const words of ['日结报表', 'X 报表', '按支付方式', '按收费员', '按窗口', '按收费项目', '按税目', '班次', '开票申请', '每小时收费', '每小时排队等候人数'])
      expect(xText).toContain(words);
    expect(xText).toMatch(/收费 2 笔，冲正 0 笔，合计 4,166\.14 元/);
    expect(xText).toMatch(/现金\s+2\s+4,166\.14/);
    expect(xText).toMatch(/1001 王晓梅\s+1\s+2,200\.00/);
    expect(xText).toMatch(/1002 刘建国\s+1\s+1,966\.14/);
    expect(xText).toMatch(/采暖费\s+免税（居民采暖）\s+4,166\.14/);
    expect(xText).toMatch(/免税（居民采暖）\s+4,166\.14\n\s*应税\s+0\.00/);
    expect(xText).toMatch(/1002 刘建国\s+09:00–\d\d:\d\d\s+-0\.14\s+短一角四分/);
    expect(xText).toMatch(/幸福物业有限公司\s+91110105MA01ABCD2X/);
    // the charts: hour labels on their axes (the tables show times as 09:45, never "9 时")
    expect(xText).toMatch(/9\s*时\s+10\s*时/);
    expect(xText).toContain('金额（元）');
    expect(xText).not.toContain('账本链头'); // an X report anchors nothing

    const { report: z } = await h.call('dayclose.close', { date: '2026-11-23' }, h.manager);
    const zPdf = await h.call('dayclose.reportPdf', { date: '2026-11-23' }, h.manager);
    expect(zPdf.fileName).toBe('day-2026-11-23-Z.pdf');
    const zText = text(zPdf.base64, 'z.pdf');
    expect(zText).toContain('Z 报表');
    expect(zText).toMatch(/历年总计\s+4,166\.14/);
    expect(zText).toContain('账本链头');
    expect(zText).toContain(`#${z.chainHead.seq}`);
    expect(zText).toContain(z.chainHead.hash);
    expect(zText).toContain('日结人：9001');
    expect(pages(zPdf.base64, 'z.pdf')).toBeGreaterThanOrEqual(1);
  });

  it('is written in the requesting manager’s language', async () => {
    await h.pay(KNOWN.li);
    const login = await h.call('session.login', { operatorCode: '9001', pin: '9999', terminalId: 'office-en', windowNo: null, locale: 'en' });
    const pdf = await h.call('dayclose.reportPdf', { date: '2026-11-23' }, login.token);
    const words = text(pdf.base64, 'en.pdf');
    for (const w of ['Day report', 'By tender', 'By cashier', 'Payments by hour', 'VAT-exempt (residential heating)', '1001 王晓梅']) expect(words).toContain(w);
    expect(words).toMatch(/Cash\s+1\s+2,200\.00/);
    expect(words).not.toContain('按支付方式');
  });

  it('is the managers’ alone', async () => {
    const res = await h.raw('dayclose.reportPdf', { date: '2026-11-23' }, h.cashier);
    expect(!res.ok && res.error.code).toBe('forbidden');
  });
});
