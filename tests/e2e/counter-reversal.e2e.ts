// 冲正 at the counter: a payment of today at this window is reversed with a reason and another
// person's manager approval, and the reversal receipt is previewed and printed. A manager
// working a till cannot approve their own reversal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { CounterPage, payExactCash } from './pages/counter.ts';
import { decodeEscPos, paperText } from '../support/escpos-decode.ts';

test('a cashier reverses today’s payment with the manager’s approval; the reversal receipt prints', async ({ hall, page }) => {
  const counter = new CounterPage(page);
  await counter.signIn(hall.url);
  await counter.find('10000001', '王怡佳');
  const receiptNo = await payExactCash(counter);
  expect(receiptNo).toBe('W01-00000001');
  await expect(counter.printState).toHaveAttribute('data-state', 'printed');

  // back to the account: the payment is listed with its receipt number, reversible today
  await counter.find('10000001', '王怡佳');
  const rowOf = (no: string) => page.getByTestId('recent-payment').filter({ has: page.getByTestId('payment-receipt-no').getByText(no, { exact: true }) });
  const row = rowOf(receiptNo);
  await expect(row).toContainText('￥2,067.12');
  await row.getByTestId('reverse-receipt').click();
  const dialog = page.getByTestId('reversal-dialog');
  await expect(dialog).toContainText(`冲正票据 ${receiptNo}`);
  await dialog.getByTestId('reversal-reason').fill('收错户号，客户要求退回');
  await dialog.getByTestId('reversal-manager').fill('9001');
  await dialog.getByTestId('reversal-pin').fill('0000');
  await dialog.getByTestId('reversal-confirm').click();
  await expect(dialog.getByRole('alert')).toHaveText('工号或密码不正确');
  await dialog.getByTestId('reversal-pin').fill('9999');
  await dialog.getByTestId('reversal-confirm').click();

  await expect(page.getByTestId('receipt-result')).toContainText('冲正完成');
  await expect(page.getByTestId('receipt-no')).toHaveText('票据号 W01-00000002');
  await expect(counter.preview.locator('svg')).toBeVisible();
  await expect(counter.printState).toHaveAttribute('data-state', 'printed');
  // the reversal's paper says what it reverses (the demo window prints to files)
  const dir = join(hall.dataDir, 'printed', 'window-1');
  const papers = readdirSync(dir).filter((f) => f.endsWith('.bin')).sort().map((f) => paperText(decodeEscPos(readFileSync(join(dir, f)))));
  const reversal = papers.find((p) => p.includes('W01-00000002'));
  expect(reversal).toContain(receiptNo);
  expect(reversal).toContain('-￥2,067.12');

  // the account shows what reversed what, and nothing is reversed twice
  await counter.find('10000001', '王怡佳');
  await expect(rowOf(receiptNo)).toContainText('已被 W01-00000002 冲正');
  await expect(rowOf(receiptNo).getByTestId('reverse-receipt')).toHaveCount(0);
  await expect(rowOf('W01-00000002')).toContainText(`冲正 ${receiptNo}`);
});

test('a manager at a till cannot approve the reversal of their own payment', async ({ hall, page }) => {
  const counter = new CounterPage(page);
  await counter.signIn(hall.url, '9001', '9999', 3);
  // window 3 has no shift in the demo: the manager opens one
  await page.getByTestId('shift-float').fill('0');
  await page.getByTestId('shift-open-submit').click();
  await expect(page.getByTestId('shift-now')).toBeVisible();
  await counter.find('10000002', '10000002');
  const receiptNo = await payExactCash(counter);
  expect(receiptNo).toBe('W03-00000001');
  await counter.find('10000002', '10000002');
  await page.getByTestId('recent-payment').filter({ hasText: receiptNo }).getByTestId('reverse-receipt').click();
  const dialog = page.getByTestId('reversal-dialog');
  await dialog.getByTestId('reversal-reason').fill('自己审批自己');
  await dialog.getByTestId('reversal-manager').fill('9001');
  await dialog.getByTestId('reversal-pin').fill('9999');
  await dialog.getByTestId('reversal-confirm').click();
  await expect(dialog.getByRole('alert')).toContainText('不能由本人审批');
  const manager = await hall.login('9001', '9999', null);
  const onRecord = await hall.call<{ reversedBy: string | null }>('ledger.receipt', { receiptNo }, manager);
  expect(onRecord.reversedBy).toBeNull();
});
