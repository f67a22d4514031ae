// The manager keeps the staff list: adds a cashier with a first PIN, who must choose their own
// at the first sign-in; resets a PIN; deactivates someone. Screenshots in zh-CN at 1366x768.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test('manager adds a cashier, who chooses their own PIN at first sign-in; resets and deactivates', async ({ hall, page, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('9001');
  await page.getByTestId('pin').fill('9999');
  await page.getByTestId('pin').press('Enter');
  const staff = page.getByTestId('staff-page');
  await expect(staff).toBeVisible();
  await expect(staff.getByTestId('operator-1001')).toContainText('王晓梅');

  // a PIN the policy refuses is explained before anything is sent
  await page.getByTestId('add-code').fill('1003');
  await page.getByTestId('add-name').fill('陈静');
  await page.getByTestId('add-pin').fill('123456');
  await page.getByTestId('add-submit').click();
  await expect(page.getByTestId('staff-notice')).toHaveText('密码太简单（如 123456、111111），请换一个');
  await page.getByTestId('add-pin').fill('480257');
  await page.getByTestId('add-submit').click();
  await expect(page.getByTestId('staff-notice')).toHaveText('已添加 陈静（1003），首次登录时需修改密码');
  await expect(staff.getByTestId('operator-1003')).toContainText('待改密码');

  await staff.getByTestId('operator-1002').getByTestId('deactivate').click();
  await expect(staff.getByTestId('operator-1002')).toContainText('已停用');
  await staff.getByTestId('operator-1001').getByTestId('reset').click();
  await staff.getByTestId('reset-pin').fill('602418');
  await staff.getByTestId('reset-confirm').click();
  await expect(page.getByTestId('staff-notice')).toHaveText('王晓梅 的密码已重置，下次登录时需修改');
  await staff.scrollIntoViewIfNeeded();
  await staff.screenshot({ path: join(SHOTS, 'manager-staff-1366x768.png') });

  // the new cashier signs in at a counter: asked for their own PIN first
  const counter = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await counter.goto(`${hall.url}/counter?window=1`);
  await counter.getByTestId('operator').fill('1003');
  await counter.getByTestId('pin').fill('480257');
  await counter.getByTestId('sign-in-submit').click();
  await expect(counter.getByTestId('new-pin')).toBeVisible();
  await expect(counter.getByRole('alert')).toHaveCount(0);
  await counter.getByTestId('new-pin').fill('739152');
  await counter.getByTestId('new-pin-again').fill('739152');
  await counter.screenshot({ path: join(SHOTS, 'counter-first-sign-in-new-pin-1366x768.png') });
  await counter.getByTestId('sign-in-submit').click();
  await expect(counter.getByTestId('signed-in')).toContainText('陈静');
});
