// The manager's day, live: windows serving, paused and idle, who waits, the takings and the
// day's charts; a cashier who opens /manager is told plainly it is not their page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test('the manager sees the windows, the queue, the takings and the charts of the day, live', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  // a morning at the branch: tickets, one served and paid at window 1, window 2 paused
  const kiosk = await hall.openDevice('kiosk', 'main');
  for (let i = 0; i < 4; i++) await hall.call('queue.issueTicket', { serviceCode: 'A', lane: i === 3 ? 'priority' : 'normal', priorityReason: null }, kiosk);
  const w1 = await hall.login('1001', '1234', 1);
  const w2 = await hall.login('1002', '1234', 2);
  await hall.call('queue.callNext', {}, w1);
  await hall.call('queue.start', {}, w1);
  const [account] = (await hall.call<{ results: Array<{ accountNo: string }> }>('accounts.search', { text: '10000001', limit: 1 }, w1)).results;
  const statement = await hall.call<{ totalFen: number }>('billing.statement', { accountNo: account!.accountNo }, w1);
  await hall.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo: account!.accountNo, expectedTotalFen: statement.totalFen, tenders: [{ method: 'cash', amountFen: statement.totalFen, reference: null }] }, w1);
  await hall.call('queue.pause', { reason: 'away' }, w2);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('9001');
  await page.getByTestId('pin').fill('9999');
  await page.getByTestId('pin').press('Enter');
  const today = page.getByTestId('today-page');
  await expect(today.getByTestId('today-window-1')).toContainText(/正在办理 A00\d|正在办理 Y00\d/);
  await expect(today.getByTestId('today-window-2')).toContainText('暂停营业：临时离开');
  await expect(today.getByTestId('today-waiting')).toContainText(/缴费：\d 人，爱心通道 \d 人/);
  await expect(today.getByTestId('today-total')).toContainText('1 笔');
  await expect(today.getByTestId('chart-payments').locator('svg')).toBeVisible();
  await expect(today.getByTestId('chart-waiting').locator('svg')).toBeVisible();
  await expect(today.getByTestId('chart-served')).toBeVisible();
  await expect(today.getByTestId('chart-ratings')).toContainText('今天还没有数据');

  // live: a call at window 1 shows without reloading
  await hall.call('queue.callNext', {}, w1);
  await expect(today.getByTestId('today-window-1')).toContainText('正在呼叫');
  await page.screenshot({ path: join(SHOTS, 'manager-today-1366x768.png'), fullPage: true });

  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('operator')).toBeVisible();
});

test('a cashier who signs in at /manager is refused plainly and can sign out', async ({ hall, page }) => {
  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('1001');
  await page.getByTestId('pin').fill('1234');
  await page.getByTestId('pin').press('Enter');
  await expect(page.getByTestId('managers-only')).toHaveText('此页面仅限营业厅主任使用。王晓梅（收费员）请到收费窗口登录。');
  await expect(page.getByTestId('today-page')).toHaveCount(0);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('operator')).toBeVisible();
});
