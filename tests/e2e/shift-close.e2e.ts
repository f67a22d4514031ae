// A cashier's shift at the counter: window 1 is on shift in the demo (¥1,000.00 float); a
// payment, then the close: the drawer counted note by note, a shortage explained, the shift
// report shown as it prints, the handover, and the next cashier's opening with the float.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../docs/screens/day');

test('cashier closes a shift by counting the drawer and the next cashier opens one', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  // a ¥50.00 开栓费 paid in cash at window 1: the drawer should now hold ¥1,050.00
  const token = await hall.login('1001', '1234', 1);
  const found = await hall.call<{ results: Array<{ accountNo: string }> }>('accounts.search', { text: '幸福', limit: 1 }, token);
  const accountNo = found.results[0]!.accountNo;
  await hall.call('ledger.recordPayment', { idempotencyKey: randomUUID(), accountNo, chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }], cashReceivedFen: 10_000 }, token);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hall.url}/counter`);
  await page.getByTestId('operator').fill('1001');
  await page.getByTestId('pin').fill('1234');
  await page.getByTestId('pin').press('Enter');
  await expect(page.getByTestId('shift-expected')).toHaveText('￥1,050.00');
  await page.getByTestId('shift-close-start').click();

  // ¥1,049.50 counted: 10 × ¥100, 2 × ¥20, 9 × ¥1, 1 × 5 jiao
  await page.getByTestId('count-y100').fill('10');
  await page.getByTestId('count-y20').fill('2');
  await page.getByTestId('count-y1').fill('9');
  await page.getByTestId('count-j5').fill('1');
  await expect(page.getByTestId('counted')).toHaveText('￥1,049.50');
  await expect(page.getByTestId('difference')).toHaveText('-￥0.50');
  await page.getByTestId('shift-close-submit').click();
  await expect(page.getByTestId('shift-close')).toContainText('短款 ￥0.50：请填写说明后再交班');
  await page.getByTestId('shift-note').fill('找零多找五角');
  await page.getByTestId('shift-close').screenshot({ path: join(SHOTS, 'shift-close-zh-CN.png') });
  await page.getByTestId('shift-close-submit').click();
  const closed = page.getByTestId('shift-closed');
  await expect(closed).toContainText('已交班');
  await expect(closed.locator('svg')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'shift-report-zh-CN.png') });
  await page.getByTestId('shift-closed-ok').click();

  // handover: the window is paused until the next cashier opens a shift
  const open = page.getByTestId('shift-open');
  await expect(open).toContainText('交接班');
  await page.getByTestId('shift-float').fill('1049.50');
  await open.screenshot({ path: join(SHOTS, 'shift-open-zh-CN.png') });
  await page.getByTestId('shift-open-submit').click();
  await expect(page.getByTestId('shift-expected')).toHaveText('￥1,049.50');
});
