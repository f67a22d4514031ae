// The customer display follows a payment taken through the API as a cashier: the service view
// with the account and items, then what was received and the change, then paid; the customer
// rates with a tap, the rating is stored and the day's statistics count it. A pause shows 暂停营业
// full screen with the redirect and return time; the large mode is a toggle. Every state is
// photographed (zh-CN at 1366×768 and 1024×600, a set in en and zh-TW) under docs/screens/customer.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect, type RunningHall } from './fixtures/hall.ts';
import { CustomerPage } from './pages/customer.ts';
import type { CustomerView } from '../../shared/api/counter.api.ts';
import { formatMoney as yuan } from '../../shared/money.ts';

const SHOTS = join(import.meta.dirname, '../../docs/screens/customer');
mkdirSync(SHOTS, { recursive: true });
test.describe.configure({ timeout: 240_000 });

const SIZES = { laptop: { width: 1366, height: 768 }, small: { width: 1024, height: 600 } };

async function touchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES.laptop, locale: 'zh-CN', hasTouch: true });
  return context.newPage();
}

async function shoot(page: Page, name: string, sizes: Array<keyof typeof SIZES> = ['laptop', 'small']): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(SIZES[size]);
    await page.screenshot({ path: join(SHOTS, `${name}-${SIZES[size].width}x${SIZES[size].height}.png`) });
  }
  await page.setViewportSize(SIZES.laptop);
}

interface Statement {
  account: { accountNo: string; name: string; address: string };
  charges: Array<{ description: string; openFen: number; lateFee: { amountFen: number } | null }>;
  totalFen: number;
}

/** An account of the demo branch that owes something, as the cashier would open it. */
async function accountWithCharges(hall: RunningHall, cashier: string): Promise<Statement> {
  const { results } = await hall.call<{ results: Array<{ accountNo: string }> }>('accounts.search', { text: '1000', limit: 20 }, cashier);
  for (const r of results) {
    const statement = await hall.call<Statement>('billing.statement', { accountNo: r.accountNo }, cashier);
    if (statement.totalFen > 0) return statement;
  }
  throw new Error('no demo account with open charges');
}

const serviceView = (s: Statement, over: Partial<Extract<CustomerView, { phase: 'service' }>> = {}): CustomerView => ({
  phase: 'service',
  ticketNo: 'A001',
  waitedLong: false,
  priority: false,
  account: s.account,
  items: s.charges.map((c) => ({ label: c.description.slice(0, 80), amountFen: c.openFen + (c.lateFee?.amountFen ?? 0) })),
  totalFen: s.totalFen,
  receivedFen: null,
  changeFen: null,
  ...over,
});

test('a payment through the API: service → received and change → paid → rating stored → in the statistics', async ({ hall, browser }) => {
  const cashier = await hall.login('1001', '1234', 1);
  const manager = await hall.login('9001', '9999', null);
  const customer = new CustomerPage(await touchPage(browser));
  await customer.open(hall.url, 1);
  await expect(customer.idle).toContainText('欢迎光临');
  await expect(customer.idle).toContainText('1 号窗口');
  await expect(page(customer).getByTestId('customer-cashier')).toContainText('王晓梅');
  await expect(page(customer).getByTestId('customer-cashier')).toContainText('工号 1001');
  await shoot(customer.page, 'idle');

  const statement = await accountWithCharges(hall, cashier);
  await hall.call('counter.present', { view: serviceView(statement, { waitedLong: true }) }, cashier);
  await expect(customer.service).toContainText(statement.account.accountNo);
  await expect(customer.total).toContainText(yuan(statement.totalFen));
  await expect(page(customer).getByTestId('customer-sorry')).toHaveText('让您久等了，非常抱歉');
  await shoot(customer.page, 'service-apology');

  const receivedFen = Math.ceil((statement.totalFen + 1) / 10_000) * 10_000; // the next ¥100 up
  const changeFen = receivedFen - statement.totalFen;
  await hall.call('counter.present', { view: serviceView(statement, { receivedFen, changeFen }) }, cashier);
  await expect(customer.received).toContainText(yuan(receivedFen));
  await expect(customer.change).toContainText(yuan(changeFen));
  await shoot(customer.page, 'service-change');

  const receipt = await hall.call<{ receiptNo: string; totalFen: number; cashReceivedFen: number; changeFen: number }>(
    'ledger.recordPayment',
    { idempotencyKey: randomUUID(), accountNo: statement.account.accountNo, expectedTotalFen: statement.totalFen, tenders: [{ method: 'cash', amountFen: statement.totalFen }], cashReceivedFen: receivedFen },
    cashier,
  );
  expect(receipt.changeFen).toBe(changeFen);
  await hall.call('counter.present', { view: { phase: 'paid', receiptNo: receipt.receiptNo, ticketId: null, totalFen: receipt.totalFen, receivedFen: receipt.cashReceivedFen, changeFen: receipt.changeFen } }, cashier);
  await expect(customer.paid).toContainText('缴费成功');
  await expect(customer.rating).toContainText('请您评价');
  await expect(customer.change).toContainText(yuan(changeFen));
  await shoot(customer.page, 'paid-rating');

  // a reload in the middle changes nothing: the display reads the stored view back
  await customer.page.reload();
  await expect(customer.rating).toBeVisible();
  await customer.rate('overall', 'satisfied');
  await expect(customer.thanks).toContainText('谢谢您的评价');
  await shoot(customer.page, 'thanks');
  await expect(customer.idle).toBeVisible({ timeout: 15_000 }); // back to the welcome

  const today = (await hall.call<{ businessDate: string }>('queue.board', {}, cashier)).businessDate;
  const stats = await hall.call<{ rated: number; byCashier: Array<{ code: string; points: Array<{ point: string; satisfied: number }> }> }>('counter.ratingStats', { date: today }, manager);
  expect(stats.rated).toBe(1);
  expect(stats.byCashier).toEqual([expect.objectContaining({ code: '1001', points: [expect.objectContaining({ point: 'overall', satisfied: 1 })] })]);
  // the same receipt cannot be rated twice, even after a reload
  await customer.page.reload();
  await expect(customer.idle.or(customer.thanks)).toBeVisible();
  await expect(customer.rating).toHaveCount(0);
});

test('several rating points, a priority customer, the large mode; en and zh-TW', async ({ hall, browser }) => {
  const cashier = await hall.login('1001', '1234', 1);
  const manager = await hall.login('9001', '9999', null);
  await hall.call('counter.configureRating', { points: ['attitude', 'quality', 'efficiency', 'integrity'] }, manager);
  const statement = await accountWithCharges(hall, cashier);
  const customer = new CustomerPage(await touchPage(browser));
  await customer.open(hall.url, 1);
  await hall.call('counter.present', { view: serviceView(statement, { ticketNo: 'Y001', priority: true, receivedFen: statement.totalFen, changeFen: 0 }) }, cashier);
  await expect(page(customer).getByTestId('customer-courtesy')).toBeVisible();
  await shoot(customer.page, 'service-priority');

  // large and slow: one big toggle, the type grows, and it ends with this customer
  const before = await customer.total.locator('.customer__figure-value').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await customer.largeToggle.tap();
  await expect(customer.root).toHaveAttribute('data-large', 'true');
  const after = await customer.total.locator('.customer__figure-value').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.3);
  const box = await customer.largeToggle.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(72);
  expect(box!.width).toBeGreaterThanOrEqual(96);
  await shoot(customer.page, 'service-large');

  await hall.call('counter.present', { view: { phase: 'paid', receiptNo: 'W01-TEST-1', ticketId: null, totalFen: statement.totalFen, receivedFen: statement.totalFen, changeFen: 0 } }, cashier);
  await expect(page(customer).getByTestId('rate-send')).toBeDisabled();
  await shoot(customer.page, 'paid-points-large');
  await customer.largeToggle.tap();
  for (const point of ['attitude', 'quality', 'efficiency']) await customer.rate(point, 'satisfied');
  await customer.rate('integrity', 'fair');
  await shoot(customer.page, 'paid-points');
  await page(customer).getByTestId('rate-send').tap();
  await expect(customer.thanks).toBeVisible();
  const today = (await hall.call<{ businessDate: string }>('queue.board', {}, cashier)).businessDate;
  const stats = await hall.call<{ byPoint: Array<{ point: string; satisfied: number; fair: number }> }>('counter.ratingStats', { date: today }, manager);
  expect(stats.byPoint.map((p) => [p.point, p.satisfied, p.fair])).toEqual([['attitude', 1, 0], ['quality', 1, 0], ['efficiency', 1, 0], ['integrity', 0, 1]]);

  for (const lang of ['en', 'zh-TW']) {
    const other = new CustomerPage(await touchPage(browser));
    await other.open(hall.url, 1, lang);
    await hall.call('counter.present', { view: { phase: 'idle' } }, cashier);
    await expect(other.idle).toBeVisible();
    await shoot(other.page, `idle-${lang}`, ['laptop']);
    await hall.call('counter.present', { view: serviceView(statement, { waitedLong: true, receivedFen: statement.totalFen + 5_000, changeFen: 5_000 }) }, cashier);
    await expect(other.change).toBeVisible();
    await shoot(other.page, `service-${lang}`, ['laptop']);
    await hall.call('counter.present', { view: { phase: 'paid', receiptNo: `W01-TEST-${lang}`, ticketId: null, totalFen: statement.totalFen, receivedFen: statement.totalFen + 5_000, changeFen: 5_000 } }, cashier);
    await expect(other.rating).toBeVisible();
    await shoot(other.page, `paid-rating-${lang}`, ['laptop']);
    await other.page.close();
  }
});

test('paused: 暂停营业 full screen with the reason, the redirect and the return time; back to welcome on resume', async ({ hall, browser }) => {
  const w1 = await hall.login('1001', '1234', 1);
  await hall.login('1002', '1234', 2);
  const customer = new CustomerPage(await touchPage(browser));
  await customer.open(hall.url, 1);
  await expect(customer.idle).toBeVisible();
  await hall.call('queue.pause', { reason: 'settlement', redirectWindow: 2, expectedBackMinutes: 20 }, w1);
  await expect(customer.paused).toContainText('暂停营业');
  await expect(customer.paused).toContainText('对不起，我需要结账');
  await expect(page(customer).getByTestId('customer-redirect')).toHaveText('请到 2 号窗口办理');
  await expect(page(customer).getByTestId('customer-back')).toHaveText(/^预计 10:2\d 恢复营业$/); // 10:00 + 20 min in the hall's zone, whatever the browser's
  await shoot(customer.page, 'paused');
  await customer.page.reload();
  await expect(customer.paused).toBeVisible();
  for (const lang of ['en', 'zh-TW']) {
    const other = new CustomerPage(await touchPage(browser));
    await other.open(hall.url, 1, lang);
    await expect(other.paused).toBeVisible();
    await shoot(other.page, `paused-${lang}`, ['laptop']);
    await other.page.close();
  }
  await hall.call('queue.resume', {}, w1);
  await expect(customer.idle).toBeVisible();
  // a redirect to the window itself is refused by the hall, not shown to the customer
  await expect(hall.call('queue.pause', { reason: 'handover', redirectWindow: 1 }, w1)).rejects.toThrow(/本窗口/);
  await expect(customer.idle).toBeVisible();
});

const page = (c: CustomerPage) => c.page;
