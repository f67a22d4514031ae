// The manager's day close: the check finds window 1 and 2 still on shift (the demo opens them),
// the cashiers close their shifts, the check passes, totals, confirm, and the Z report with the
// running totals and the chain head, and the day report downloaded as PDF from it (its text read
// back with poppler's pdftotext). Screenshots in zh-CN at 1366×768, looked at.
import { mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../docs/screens/day');

test('the manager closes the day with the wizard once every shift is closed', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const c1 = await hall.login('1001', '1234', 1);
  const c2 = await hall.login('1002', '1234', 2);
  const found = await hall.call<{ results: Array<{ accountNo: string }> }>('accounts.search', { text: '幸福', limit: 1 }, c1);
  const accountNo = found.results[0]!.accountNo;
  const sell = (token: string, method: string, quantity: number) =>
    hall.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo, chargeIds: [], items: [{ code: 'KS', quantity }], expectedTotalFen: 5_000 * quantity, tenders: [{ method, amountFen: 5_000 * quantity, reference: method === 'cash' ? null : 'WX9' }] }, token);
  await sell(c1, 'cash', 1);
  await sell(c2, 'wechat', 2);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('9001');
  await page.getByTestId('pin').fill('9999');
  await page.getByTestId('pin').press('Enter');
  const wizard = page.getByTestId('day-close');
  await expect(wizard.getByTestId('check-shifts')).toContainText('1 号窗口 1001 王晓梅 未交班');
  await expect(wizard.getByTestId('check-ledger')).toHaveClass(/is-ok/);
  await wizard.screenshot({ path: join(SHOTS, 'day-close-check-open-shifts-zh-CN.png') });

  // the cashiers close their shifts: ￥1,050.00 and ￥1,000.00 in the drawers
  await hall.call('shifts.close', { count: { y100: 10, y50: 1 } }, c1);
  await hall.call('shifts.close', { count: { y100: 10 } }, c2);
  await wizard.getByRole('button', { name: '重新检查' }).click();
  await expect(wizard.getByTestId('check-shifts')).toHaveClass(/is-ok/);
  await wizard.getByTestId('to-totals').click();
  await expect(wizard.getByTestId('day-total')).toHaveText('￥150.00');
  await expect(wizard.getByTestId('by-tender')).toContainText('微信');
  await expect(wizard.getByTestId('by-item')).toContainText('开栓费');
  await expect(wizard.getByTestId('day-shifts')).toContainText('1001 王晓梅');
  await wizard.screenshot({ path: join(SHOTS, 'day-close-totals-zh-CN.png') });
  await wizard.getByTestId('to-confirm').click();
  await expect(wizard.getByTestId('confirm-step')).toContainText('2 笔收费，合计 ￥150.00');
  await wizard.getByTestId('close-day').click();
  const z = wizard.getByTestId('z-report');
  await expect(z).toContainText('2026-11-23 已日结');
  await expect(wizard.getByTestId('chain-head')).toContainText('#');
  await wizard.screenshot({ path: join(SHOTS, 'day-close-z-report-zh-CN.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), wizard.getByTestId('download-pdf').click()]);
  expect(download.suggestedFilename()).toBe('day-2026-11-23-Z.pdf');
  const file = test.info().outputPath('day.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const words = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(words).toContain('Z 报表');
  expect(words).toMatch(/合计 150\.00 元/);
  expect(words).toContain('账本链头');
});
