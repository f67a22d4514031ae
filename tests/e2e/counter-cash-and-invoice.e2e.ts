// The rest of a cashier's day at the counter: a customer asks for a digital invoice (数电票) for
// the receipt just paid, recorded for the day close to send on; the drawer's cash goes to the
// bank (解款) with another person's approval, and the shift's expected cash follows.
import { test, expect } from './fixtures/hall.ts';
import { CounterPage, payExactCash } from './pages/counter.ts';

test('an invoice request against a receipt, and a bank deposit approved by the manager', async ({ hall, page }) => {
  const counter = new CounterPage(page);
  await counter.signIn(hall.url);
  await counter.find('10000001', '王怡佳');
  const receiptNo = await payExactCash(counter);
  // the shift's drawer follows the payment at once
  await expect(page.getByTestId('shift-now')).toContainText('票据 1 张');
  await expect(page.getByTestId('shift-expected')).toHaveText('￥3,067.12');

  // the customer wants a company invoice for it
  await counter.find('10000001', '王怡佳');
  const row = page.getByTestId('recent-payment').filter({ has: page.getByTestId('payment-receipt-no').getByText(receiptNo, { exact: true }) });
  await row.getByTestId('invoice-receipt').click();
  const form = page.getByTestId('invoice-request');
  await expect(form).toContainText(`开票申请（数电票）· ${receiptNo}`);
  await form.getByTestId('invoice-company').check();
  await form.getByTestId('invoice-name').fill('滨江物业服务有限公司');
  await form.getByTestId('invoice-email').fill('finance@example.com');
  await form.getByTestId('invoice-submit').click();
  await expect(form.getByRole('alert')).toHaveText('单位开票须填写纳税人识别号'); // the hall's rule, in words
  await form.getByTestId('invoice-tax-no').fill('91330100mA2B3C4D5e');
  await form.getByTestId('invoice-submit').click();
  await expect(page.getByTestId('invoice-done')).toHaveText(`已记录 ${receiptNo} 的开票申请，日结时报送`);
  await page.screenshot({ path: test.info().outputPath('invoice-done.png') });

  // ¥1,500.00 of the drawer to the bank: the cashier cannot approve it, a manager does in place
  const expectedBefore = await page.getByTestId('shift-expected').textContent();
  await page.getByTestId('cash-move-start').click();
  const move = page.getByTestId('cash-move');
  await move.getByTestId('cash-move-deposit').check();
  await move.getByTestId('cash-move-amount').fill('1500');
  await move.getByTestId('cash-move-reason').fill('午间解款');
  await move.getByTestId('cash-move-manager').fill('9001');
  await move.getByTestId('cash-move-pin').fill('9999');
  await page.screenshot({ path: test.info().outputPath('cash-move.png') });
  await move.getByTestId('cash-move-submit').click();
  await expect(move).toHaveCount(0);
  await expect(page.getByTestId('shift-now')).toContainText('￥1,500.00');
  await expect(page.getByTestId('shift-expected')).toHaveText('￥1,567.12');
  expect(expectedBefore).toBe('￥3,067.12');

  // what the manager's day sees: the request to send on, the deposit in the shift
  const manager = await hall.login('9001', '9999', null);
  const today = (await hall.call<{ businessDate: string }>('queue.board', {}, manager)).businessDate;
  const day = await hall.call<{ invoiceRequests: Array<{ receiptNo: string; payerName: string; taxNo: string | null }> }>('dayclose.xReport', { date: today }, manager);
  expect(day.invoiceRequests).toEqual([expect.objectContaining({ receiptNo, payerName: '滨江物业服务有限公司', taxNo: '91330100MA2B3C4D5E' })]);
});
