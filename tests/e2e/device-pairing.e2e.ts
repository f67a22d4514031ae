// A kiosk opened in a browser on a hall that does not pair by itself shows its pairing code; the
// manager confirms the code on /manager as a kiosk; the kiosk then issues tickets. Revoking it
// from the manager's list sends the kiosk back to its pairing screen with a new code.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { KioskPage } from './pages/kiosk.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test.use({ hallPairByHand: true, hasTouch: true });

test('a kiosk shows its code, the manager confirms it on /manager, the kiosk works; revoked, it asks again', async ({ hall, page, context }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${hall.url}/kiosk`);
  const pairing = page.getByTestId('pairing-screen');
  await expect(pairing).toBeVisible();
  await expect(pairing).toContainText('本设备尚未配对');
  await expect(pairing).toContainText('设备名称：main');
  const code = (await page.getByTestId('pairing-code').getAttribute('data-code'))!;
  expect(code).toMatch(/^[0-9]{6}$/);
  await page.screenshot({ path: join(SHOTS, 'pairing-kiosk-1080x1920.png') });

  const manager = await context.newPage();
  await manager.setViewportSize({ width: 1366, height: 900 });
  await manager.goto(`${hall.url}/manager`);
  await manager.getByTestId('operator').fill('9001');
  await manager.getByTestId('pin').fill('9999');
  await manager.getByTestId('pin').press('Enter');
  const panel = manager.getByTestId('devices-panel');
  await expect(panel.getByTestId('pairing-pending')).toContainText('main');
  // the waiting list never shows the code: it is read from the device
  await expect(panel.getByTestId('pairing-pending')).not.toContainText(code);
  await panel.getByTestId('pairing-code-input').fill(code);
  await panel.getByTestId('pairing-role').selectOption('kiosk');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: join(SHOTS, 'pairing-manager-panel-before-1366.png') });
  await panel.getByTestId('pairing-confirm').click();
  await expect(panel.getByTestId('devices-notice')).toHaveText('已配对 main');
  await expect(panel.getByTestId('device-main')).toContainText('取号机');
  await panel.screenshot({ path: join(SHOTS, 'pairing-manager-panel-1366.png') });

  // the kiosk sees it within its next question and works
  const kiosk = new KioskPage(page);
  await expect(page.getByTestId('kiosk')).toBeVisible();
  expect(await kiosk.take('A')).toBe('A001');
  await expect(page.getByTestId('auto-paired')).toHaveCount(0);

  // revoked: the kiosk's next call is refused and it shows a new code
  await panel.getByTestId('device-main').getByTestId('revoke').click();
  await expect(panel.getByTestId('devices-notice')).toHaveText('已撤销 main');
  await page.reload();
  await expect(page.getByTestId('pairing-screen')).toBeVisible();
  const again = await page.getByTestId('pairing-code').getAttribute('data-code');
  expect(again).not.toBe(code);
});
