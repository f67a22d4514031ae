// One whole customer at the counter: a kiosk ticket, called at window 1, the account found by
// pinyin initials, paid by card and cash with change, the receipt previewed on screen and its
// bytes arriving at the window's (fake, network) printer with the right amounts and 大写; the
// customer display across the counter follows it (received, change, paid), the customer rates
// with a tap and the day's statistics count that rating for this cashier.
import { test, expect } from './fixtures/hall.ts';
import { CounterPage } from './pages/counter.ts';
import { KioskPage } from './pages/kiosk.ts';
import { CustomerPage } from './pages/customer.ts';
import { startFakePrinter } from '../support/fake-escpos-printer.ts';
import { decodeEscPos, paperText } from '../support/escpos-decode.ts';
import { toChineseCapital } from '../../shared/money.ts';

test('kiosk ticket → call → find by pinyin initials → card + cash with change → receipt printed and previewed', async ({ hall, page, browser }) => {
  const printer = await startFakePrinter('ok');
  try {
    const manager = await hall.login('9001', '9999', null);
    await hall.call('printing.configurePrinter', { target: 'window:1', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 80, timeoutMs: 2000 } }, manager);

    const kioskPage = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const kiosk = new KioskPage(kioskPage);
    await kiosk.open(hall.url);
    const ticketNo = await kiosk.take('A');
    await kioskPage.close();

    const customerContext = await browser.newContext({ viewport: { width: 1024, height: 600 }, locale: 'zh-CN', hasTouch: true });
    const customer = new CustomerPage(await customerContext.newPage());
    await customer.open(hall.url, 1);

    const counter = new CounterPage(page);
    await counter.signIn(hall.url);
    await expect(customer.idle).toContainText('1 号窗口');
    await expect(page.getByTestId('status-line')).toBeVisible();
    await expect(page.getByTestId('search-empty')).toContainText('拼音首字母');
    // as a cashier does: F1 once the queue panel shows the customer waiting (the panel is live then)
    await expect(page.getByTestId('waiting-here')).toContainText('1');
    await page.keyboard.press('F1');
    await expect(page.getByTestId('current-ticket')).toHaveText(ticketNo);

    // 王怡佳 by her initials
    await counter.find('wyj', '王怡佳');
    await expect(counter.account.getByTestId('account-name')).toHaveText('王怡佳');
    await expect(counter.total).toHaveText('￥2,067.12');
    await expect(counter.sing).toContainText('您本次共需缴费 2067.12 元');

    // ￥1,000.00 by card, the rest in cash: the customer hands over ￥1,100.00
    await counter.addTender('card', '1000', 'POS-778812');
    await expect(page.getByTestId('cash-due')).toHaveText('￥1,067.12');
    await counter.received.fill('1100');
    await expect(counter.change).toHaveText('￥32.88');
    await expect(counter.sing).toContainText('收您 1100.00 元');
    await expect(counter.sing).toContainText('找您 32.88 元，请点清');
    // what the cashier says, the customer reads across the counter
    await expect(customer.service).toContainText('王怡佳');
    await expect(customer.total).toContainText('￥2,067.12');
    await expect(customer.received).toContainText('￥2,100.00'); // card ￥1,000.00 + cash ￥1,100.00
    await expect(customer.change).toContainText('￥32.88');
    await counter.received.press('Enter');

    await expect(counter.result).toBeVisible();
    await expect(page.getByTestId('receipt-no')).toHaveText('票据号 W01-00000001');
    await expect(counter.result).toContainText('这是您的票据，请收好');
    await expect(counter.preview.locator('svg')).toBeVisible();
    await expect(counter.printState).toHaveAttribute('data-state', 'printed');

    const [bytes] = await printer.waitForJobs(1);
    const paper = paperText(decodeEscPos(bytes!));
    expect(paper).toContain('W01-00000001');
    expect(paper).toContain('王怡佳');
    expect(paper).toContain('￥2,067.12');
    expect(paper).toContain(toChineseCapital(206_712));
    expect(paper).toContain('贰仟零陆拾柒元壹角贰分');
    expect(paper).toContain('￥1,000.00'); // card
    expect(paper).toContain('￥1,100.00'); // 实收
    expect(paper).toContain('￥32.88'); // 找零

    // the customer display shows the payment done and asks for a rating; a tap stores it
    await expect(customer.paid).toContainText('缴费成功');
    await expect(customer.change).toContainText('￥32.88');
    await customer.rate('overall', 'satisfied');
    await expect(customer.thanks).toContainText('谢谢您的评价');
    const today = (await hall.call<{ businessDate: string }>('queue.board', {}, manager)).businessDate;
    const stats = await hall.call<{ rated: number; byCashier: Array<{ code: string; points: Array<{ point: string; satisfied: number }> }> }>('counter.ratingStats', { date: today }, manager);
    expect(stats.rated).toBe(1);
    expect(stats.byCashier).toEqual([expect.objectContaining({ code: '1001', points: [expect.objectContaining({ point: 'overall', satisfied: 1 })] })]);
    await customerContext.close();

    // next customer with one key: the workspace is clear for the next account
    await page.keyboard.press('F1');
    await expect(counter.search).toBeFocused();
    await expect(counter.search).toHaveValue('');
  } finally {
    await printer.close();
  }
});

test('the answer to a payment is lost (the host dropped after the commit): the cashier is told, and Enter again gives the same receipt, never a second payment', async ({ hall, page }) => {
  const counter = new CounterPage(page);
  await counter.signIn(hall.url);
  // The first answer never reaches the screen: the hall commits the payment, then the
  // connection drops before the response (as when the host's cable is pulled at that moment).
  let dropped = 0;
  await page.route('**/api/ledger.recordPayment', async (route) => {
    if (dropped++ > 0) return route.continue();
    await route.fetch(); // the hall receives and commits it
    await route.abort('connectionreset');
  });
  await counter.find('wyj', '王怡佳');
  await expect(counter.total).toHaveText('￥2,067.12');
  await page.getByTestId('quick-exact').click();
  await counter.received.press('Enter');
  await page.keyboard.press('Control+Enter'); // a large amount asks once more
  await expect(page.getByTestId('payment-uncertain')).toContainText('可能已经记账');
  await expect(counter.result).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('payment-uncertain.png') });

  // Enter again: the same request (the same idempotency key) answers with the receipt already made
  await counter.received.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(counter.result).toBeVisible();
  await expect(page.getByTestId('receipt-no')).toHaveText('票据号 W01-00000001');
  expect(dropped).toBe(2);
  const manager = await hall.login('9001', '9999', null);
  const today = (await hall.call<{ businessDate: string }>('queue.board', {}, manager)).businessDate;
  const day = await hall.call<{ entries: Array<{ kind: string; receiptNo: string }> }>('ledger.dayPayments', { date: today }, manager);
  expect(day.entries.map((e) => `${e.kind} ${e.receiptNo}`)).toEqual(['payment W01-00000001']);
});
