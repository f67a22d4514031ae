// The registers at the counter and for the manager: a cashier records a complaint and a call-back
// from a small dialog; a kiosk slip that did not print shows as an alert at the counter; the
// manager sees overdue ones first and forwards, answers and closes. Screenshots under
// docs/screens/customer (zh-CN 1366×768, and the manager panel in en and zh-TW).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { WindowPage } from './pages/window.ts';

const SHOTS = join(import.meta.dirname, '../../docs/screens/customer');
mkdirSync(SHOTS, { recursive: true });
test.describe.configure({ timeout: 180_000 });

test('counter: record a complaint and a call-back, see a failed kiosk slip; manager: overdue first, forward, answer, close', async ({ hall, browser }) => {
  const counterContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const counter = new WindowPage(await counterContext.newPage());
  await counter.signIn(hall.url, '1001', '1234', 1);
  const page = counter.page;

  // a kiosk whose id has no printer: its slip fails and the counter is told
  const kiosk = await hall.openDevice('kiosk', 'lobby-2');
  await hall.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal' }, kiosk);
  await expect(page.getByTestId('kiosk-slip-alerts')).toContainText('取号机 lobby-2：A001 号票没有打印出来');
  await expect(page.getByTestId('kiosk-slip-alerts')).toContainText('取号机 lobby-2 未配置打印机'); // why, in words

  await page.getByTestId('registers-open').click();
  const dialog = page.getByTestId('registers-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('registers-kind-complaint').check();
  await dialog.getByTestId('registers-complainant').fill('张先生');
  await dialog.getByTestId('registers-phone').fill('13800000000');
  await dialog.getByTestId('registers-matter').fill('暖气不热，报修三天无人上门');
  await dialog.getByTestId('registers-account').fill('10000001');
  await dialog.getByTestId('registers-save').click();
  await expect(dialog.getByTestId('registers-saved')).toContainText('已登记第 1 号投诉，请在 11:0');
  await page.screenshot({ path: join(SHOTS, 'counter-complaint-1366x768.png') });

  await dialog.getByTestId('registers-kind-callback').check();
  await dialog.getByTestId('registers-phone').fill('13900000000');
  await dialog.getByTestId('registers-matter').fill('系统故障，回电约定缴费时间');
  await dialog.getByTestId('registers-date').fill('2026-11-23');
  await dialog.getByTestId('registers-time').fill('16:30');
  await dialog.getByTestId('registers-save').click();
  await expect(dialog.getByTestId('registers-saved')).toContainText('16:30 前回电 13900000000');
  await page.screenshot({ path: join(SHOTS, 'counter-callback-1366x768.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'counter-alert-1366x768.png') });

  // a second complaint, recorded "two hours ago": the hall stops, the rows are moved back, it starts again
  await hall.call('registers.recordComplaint', { matter: '收费员找零有误，少找 10 元' }, await hall.login('1002', '1234', 2));
  await hall.stop();
  const db = new Database(hall.dbPath);
  db.prepare("UPDATE register_complaints SET received_at = '2026-11-23T00:05:00.000Z', forward_by = '2026-11-23T01:05:00.000Z', answer_by = '2026-11-25T00:05:00.000Z' WHERE id = 2").run();
  db.close();
  await hall.restart();

  const mgr = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await mgr.goto(`${hall.url}/manager`);
  await mgr.getByTestId('operator').fill('9001');
  await mgr.getByTestId('pin').fill('9999');
  await mgr.getByTestId('pin').press('Enter');
  const panel = mgr.getByTestId('registers-panel');
  await expect(panel.locator('[data-testid^="complaint-"]')).toHaveCount(2);
  // overdue first
  await expect(panel.locator('[data-testid^="complaint-"]').first()).toHaveAttribute('data-testid', 'complaint-2');
  await expect(panel.getByTestId('complaint-2')).toContainText('转办超时');
  await expect(panel.getByTestId('complaint-1')).toContainText('首问：王晓梅（1001）');
  await expect(panel.getByTestId('callback-1')).toContainText('13900000000');
  await panel.screenshot({ path: join(SHOTS, 'manager-registers-1366x768.png') });

  await panel.getByTestId('registers-forward-2').click();
  await panel.getByTestId('registers-text-forward-2').fill('客服中心');
  await panel.getByTestId('registers-text-forward-2').press('Enter');
  await expect(panel.getByTestId('complaint-2')).toContainText('已转办给 客服中心');
  await expect(panel.getByTestId('complaint-2')).not.toContainText('转办超时');
  await panel.getByTestId('registers-answer-2').click();
  await panel.getByTestId('registers-text-answer-2').fill('已核实，补找 10 元并致歉');
  await panel.getByTestId('registers-confirm-answer-2').click();
  await expect(panel.getByTestId('complaint-2')).toContainText('已答复');
  await panel.getByTestId('registers-close-2').click();
  await panel.getByTestId('registers-text-close-2').fill('客户满意');
  await panel.getByTestId('registers-confirm-close-2').click();
  await expect(panel.getByTestId('complaint-2')).toHaveCount(0);
  await panel.getByTestId('registers-done-1').click();
  await panel.getByTestId('registers-text-done-1').fill('已回电，约好明天来');
  await panel.getByTestId('registers-confirm-done-1').click();
  await expect(panel.getByTestId('callback-1')).toHaveCount(0);
  await panel.screenshot({ path: join(SHOTS, 'manager-registers-after-1366x768.png') });

  for (const lang of ['en', 'zh-TW']) {
    await mgr.evaluate((l) => window.localStorage.setItem('counterdesk.locale', l), lang);
    await mgr.reload();
    await expect(mgr.getByTestId('registers-panel')).toBeVisible();
    await mgr.getByTestId('registers-panel').screenshot({ path: join(SHOTS, `manager-registers-${lang}-1366x768.png`) });
  }
});
