// The kiosk's slip in the default setup: the browser kiosk is the branch's kiosk "main", whose
// printer the demo branch configures, so the slip's bytes arrive at the (file) printer. When the
// printer fails, or a kiosk has none, the kiosk says so plainly and shows the number large.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { KioskPage } from './pages/kiosk.ts';
import { startFakePrinter } from '../support/fake-escpos-printer.ts';
import { decodeEscPos, paperText } from '../support/escpos-decode.ts';

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test('the default kiosk prints its slip; a printer out of paper or no printer: the kiosk says so with the number large', async ({ hall, page }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(hall.url);
  expect(await kiosk.take('A')).toBe('A001');
  await expect(kiosk.slipPrinted).toHaveText('请取走号票，留意叫号');
  const dir = join(hall.dataDir, 'printed', 'kiosk-main');
  const slips = readdirSync(dir).filter((f) => f.endsWith('.bin'));
  expect(slips).toHaveLength(1);
  const paper = paperText(decodeEscPos(readFileSync(join(dir, slips[0]!))));
  expect(paper).toContain('A001');
  expect(paper).toContain('缴费');

  // the kiosk's printer runs out of paper
  const printer = await startFakePrinter('paperOut');
  try {
    const manager = await hall.login('9001', '9999', null);
    await hall.call('printing.configurePrinter', { target: 'kiosk:main', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 58, timeoutMs: 1000 } }, manager);
    await page.getByRole('button', { name: '返回' }).tap();
    expect(await kiosk.take('A', 'priority')).toBe('Y001');
    await expect(kiosk.slipFailed).toContainText('号票没有打印出来，请记住您的号码');
    await expect(kiosk.slipFailed).toContainText('工作人员已收到提醒');
    await expect(kiosk.slipFailed).toContainText('打印机缺纸');
    await expect(kiosk.slipPrinted).toHaveCount(0);
    const big = await kiosk.number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(big).toBeGreaterThan(300);
    // the slip waits in the reprint queue for the staff
    const queue = await hall.call<{ jobs: Array<{ documentNo: string; reason: string }> }>('printing.queue', { target: 'kiosk:main' }, manager);
    expect(queue.jobs.map((j) => [j.documentNo, j.reason])).toEqual([['Y001', '打印机缺纸']]);
  } finally {
    await printer.close();
  }

  // a kiosk opened under an id nobody configured a printer for is told at once
  const other = new KioskPage(await page.context().newPage());
  await other.open(hall.url, '?terminal=kiosk-t7x27b7k');
  expect(await other.take('C')).toBe('C001');
  await expect(other.slipFailed).toContainText('号票没有打印出来');
  await expect(other.slipFailed).toContainText('未配置打印机');
});

test.describe('a kiosk that issues faster than its limit', () => {
  test.use({ hallKioskTicketsPerMinute: 2 });

  test('the third ticket within the minute is refused in plain words, and no slip prints', async ({ hall, page }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(hall.url);
    expect(await kiosk.take('A')).toBe('A001');
    await page.getByRole('button', { name: '返回' }).tap();
    expect(await kiosk.take('C')).toBe('C001');
    await page.getByRole('button', { name: '返回' }).tap();
    await page.getByTestId('take-A').tap();
    await expect(page.getByRole('alert')).toHaveText('取号失败：取号太频繁：本取号机每分钟最多 2 张，请稍候再取');
    await expect(kiosk.number).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('kiosk-rate-limited.png') });
    const dir = join(hall.dataDir, 'printed', 'kiosk-main');
    await expect.poll(() => readdirSync(dir).filter((f) => f.endsWith('.bin')).length).toBe(2);
    const manager = await hall.login('9001', '9999', null);
    const board = await hall.call<{ services: Array<{ code: string; waitingNormal: number }> }>('queue.board', {}, manager);
    expect(board.services.find((s) => s.code === 'A')?.waitingNormal).toBe(1);
  });
});
