// Every state of the hall display and the kiosk, photographed for review: zh-CN at 1366×768 (the
// display also at 1920×1080, the kiosk also portrait 1080×1920), and a set in English and zh-TW.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures/hall.ts';
import { DisplayPage } from './pages/display.ts';
import { KioskPage } from './pages/kiosk.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens/hall');
mkdirSync(SHOTS, { recursive: true });

test.describe.configure({ timeout: 300_000 }); // many pages and screenshots on a shared machine

const SIZES = { laptop: { width: 1366, height: 768 }, tv: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } };

async function pageAt(browser: Browser, size: keyof typeof SIZES, touch = false): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[size], locale: 'zh-CN', hasTouch: touch });
  return context.newPage();
}

async function shoot(page: Page, name: string, sizes: Array<keyof typeof SIZES>): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(SIZES[size]);
    await page.screenshot({ path: join(SHOTS, `${name}-${SIZES[size].width}x${SIZES[size].height}.png`) });
  }
}

test('during the day: display idle, called, paused; kiosk start, printed, not printed — in zh-CN, en, zh-TW', async ({ hall, browser }) => {
  const display = new DisplayPage(await pageAt(browser, 'laptop'));
  await display.open(hall.url, { muted: true });
  await expect(display.page.getByTestId('no-calls')).toBeVisible();
  await shoot(display.page, 'display-idle', ['laptop', 'tv']);

  const kiosk = new KioskPage(await pageAt(browser, 'laptop', true));
  await kiosk.open(hall.url);
  await shoot(kiosk.page, 'kiosk-start', ['laptop', 'portrait']);
  await kiosk.take('A');
  await expect(kiosk.slipPrinted).toBeVisible();
  await shoot(kiosk.page, 'kiosk-printed', ['laptop', 'portrait']);
  await kiosk.page.getByRole('button', { name: '返回' }).tap();
  await kiosk.take('A', 'priority');
  await kiosk.page.getByRole('button', { name: '返回' }).tap();
  await kiosk.take('C');
  await kiosk.page.getByRole('button', { name: '返回' }).tap();

  const [w1, w2, w3] = [await hall.login('1001', '1234', 1), await hall.login('1002', '1234', 2), await hall.login('9001', '9999', 3)];
  await hall.call('queue.callNext', {}, w1);
  await hall.call('queue.callNext', {}, w3);
  await hall.call('queue.callNext', {}, w2);
  await hall.call('queue.recall', {}, w1);
  await expect(display.currentCall).toContainText('请 Y001 号到 1 号窗口办理');
  await shoot(display.page, 'display-called', ['laptop', 'tv']);
  await hall.call('queue.pause', { reason: 'handover', redirectWindow: 2, expectedBackMinutes: 15 }, w1);
  await expect(display.window(1)).toContainText('暂停营业');
  await shoot(display.page, 'display-paused', ['laptop', 'tv']);

  // a kiosk whose printer is missing
  const bare = new KioskPage(await pageAt(browser, 'laptop', true));
  await bare.open(hall.url, '?terminal=kiosk-new');
  await bare.take('A');
  await expect(bare.slipFailed).toBeVisible();
  await shoot(bare.page, 'kiosk-not-printed', ['laptop', 'portrait']);

  for (const locale of ['en', 'zh-TW'] as const) {
    await display.page.goto(`${hall.url}/display?terminal=display-e2e&muted=1&lang=${locale}`);
    await display.window(1).waitFor();
    await shoot(display.page, `display-paused-${locale}`, ['laptop']);
    await kiosk.open(hall.url, `?lang=${locale}`);
    await shoot(kiosk.page, `kiosk-start-${locale}`, ['laptop']);
    await kiosk.take('B', 'priority');
    await expect(kiosk.slipPrinted).toBeVisible();
    await shoot(kiosk.page, `kiosk-printed-${locale}`, ['laptop']);
    await bare.open(hall.url, `?terminal=kiosk-new&lang=${locale}`);
    await bare.take('C');
    await expect(bare.slipFailed).toBeVisible();
    await shoot(bare.page, `kiosk-not-printed-${locale}`, ['laptop']);
  }
  // the language buttons serve one customer: the next starts in the hall's language
  await kiosk.open(hall.url);
  await kiosk.chooseLanguage('en');
  await expect(kiosk.page.getByText('Choose your business')).toBeVisible();
  await kiosk.take('A');
  await kiosk.page.getByRole('button', { name: 'Back' }).tap();
  await expect(kiosk.page.getByText('请选择业务取号')).toBeVisible();
});

test.describe('before opening', () => {
  test.use({ hallClock: '2026-11-23T00:10:00.000Z' }); // 08:10 in the hall
  test('display and kiosk say when the hall opens', async ({ hall, browser }) => {
    const display = new DisplayPage(await pageAt(browser, 'laptop'));
    await display.open(hall.url, { muted: true });
    await expect(display.afterHours).toContainText('今天 08:30 开始营业');
    await shoot(display.page, 'display-before-opening', ['laptop', 'tv']);
    const kiosk = new KioskPage(await pageAt(browser, 'laptop', true));
    await kiosk.open(hall.url);
    await expect(kiosk.closed).toContainText('今天 08:30 开始取号');
    await shoot(kiosk.page, 'kiosk-before-opening', ['laptop', 'portrait']);
  });
});

test.describe('after hours', () => {
  test.use({ hallClock: '2026-11-23T09:30:00.000Z' }); // 17:30 in the hall, nobody waiting
  test('display and kiosk are closed until tomorrow 08:30, in the hall zone whatever the browser zone', async ({ hall, browser }) => {
    const context = await browser.newContext({ viewport: SIZES.laptop, locale: 'zh-CN', timezoneId: 'UTC' });
    const display = new DisplayPage(await context.newPage());
    await display.open(hall.url, { muted: true });
    await expect(display.afterHours).toContainText('今日营业已结束');
    await expect(display.afterHours).toContainText('明天 08:30 开始营业');
    await expect(display.page.getByTestId('hall-clock')).toHaveText(/^17:3\d$/); // not 09:3x, the browser's UTC
    await shoot(display.page, 'display-after-hours', ['laptop', 'tv']);
    const kiosk = new KioskPage(await pageAt(browser, 'laptop', true));
    await kiosk.open(hall.url);
    await expect(kiosk.closed).toContainText('明天 08:30 开始取号');
    await shoot(kiosk.page, 'kiosk-after-hours', ['laptop', 'portrait']);
    for (const locale of ['en', 'zh-TW'] as const) {
      await display.page.goto(`${hall.url}/display?terminal=display-e2e&muted=1&lang=${locale}`);
      await display.afterHours.waitFor();
      await shoot(display.page, `display-after-hours-${locale}`, ['laptop']);
      await kiosk.open(hall.url, `?lang=${locale}`);
      await shoot(kiosk.page, `kiosk-after-hours-${locale}`, ['laptop']);
    }
  });
});
