// The queue end to end in Chromium: a customer takes a ticket on the kiosk, a cashier calls it
// from window 1 with the keyboard, the hall display shows (and announces) it; window 2 pauses
// for a handover and the display shows 暂停营业 with the reason. Screenshots for review.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { KioskPage } from './pages/kiosk.ts';
import { DisplayPage } from './pages/display.ts';
import { WindowPage } from './pages/window.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');
mkdirSync(SHOTS, { recursive: true });

test('kiosk ticket → called at window 1 → on the hall display; a pause shows on the display', async ({ hall, browser }) => {
  const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', hasTouch: false });
  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN', hasTouch: true });
  const counterContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const display = new DisplayPage(await displayContext.newPage());
  const kiosk = new KioskPage(await kioskContext.newPage());
  const window1 = new WindowPage(await counterContext.newPage());
  await display.open(hall.url);
  await kiosk.open(hall.url);
  await kiosk.page.screenshot({ path: join(SHOTS, 'kiosk-start-1080x1920.png') });

  const first = await kiosk.take('A', 'normal');
  expect(first).toBe('A001');
  await expect(kiosk.page.getByText('您前面还有 0 人等候')).toBeVisible();
  await kiosk.page.screenshot({ path: join(SHOTS, 'kiosk-ticket-1080x1920.png') });
  await kiosk.page.getByRole('button', { name: '返回' }).tap();
  const priority = await kiosk.take('A', 'priority');
  expect(priority).toBe('Y001');

  // the display counts them before anyone is called
  await expect(display.page.getByTestId('waiting')).toContainText('缴费');
  await expect(display.page.getByTestId('waiting')).toContainText('2');

  await window1.signIn(hall.url, '1001', '1234', 1);
  // the pre-opening check asks the window's printer (the demo branch prints to files); after
  // sign-in the check is one status line
  await expect(window1.page.getByTestId('status-line')).toContainText('打印机正常');
  await expect(window1.page.getByTestId('status-line')).toHaveAttribute('data-state', 'ok');
  await window1.callNext();
  await expect(window1.currentTicket).toHaveText('Y001'); // the priority lane first
  await expect(display.window(1)).toContainText('Y001');
  await expect(display.currentCall).toContainText('请 Y001 号到 1 号窗口办理');
  await expect(display.currentCall).toContainText('请允许我先为这位老人办理，谢谢');
  await window1.callNext();
  await expect(window1.currentTicket).toHaveText('A001');
  await expect(display.window(1)).toContainText('A001');
  await expect(display.recentCalls).toContainText('Y001');
  // the cashier issues a priority ticket for an elderly customer standing at the counter
  await window1.page.getByTestId('issue-priority').click();
  await expect(window1.page.getByTestId('queue-panel').getByRole('status')).toContainText('已取号 Y002');
  await display.page.screenshot({ path: join(SHOTS, 'display-called-1920x1080.png') });
  await window1.page.screenshot({ path: join(SHOTS, 'counter-queue-panel-1366x768.png') });

  // window 2 pauses for a handover and sends customers to window 1
  const window2 = new WindowPage(await counterContext.newPage());
  await window2.signIn(hall.url, '1002', '1234', 2);
  await window2.pause('handover', 1);
  await expect(display.window(2)).toContainText('暂停营业');
  await expect(display.window(2)).toContainText('正在交接班');
  await expect(display.window(2)).toContainText('请到 1 号窗口办理');
  await display.page.screenshot({ path: join(SHOTS, 'display-paused-1920x1080.png') });
  await display.page.setViewportSize({ width: 1366, height: 768 });
  await display.page.screenshot({ path: join(SHOTS, 'display-paused-1366x768.png') });

  // after a host restart the display reconnects and shows the same picture by itself
  await hall.restart();
  await expect(display.window(2)).toContainText('暂停营业', { timeout: 15_000 });
  await expect(display.window(1)).toContainText('A001');
  await displayContext.close();
  await kioskContext.close();
  await counterContext.close();
});
