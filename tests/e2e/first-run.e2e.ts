// A real installation's first start (no --demo): the manager screen asks for the branch and
// the first manager, who chooses their own PIN; they then sign in with it and reach the staff
// page, where only they are listed. A second setup is refused. Screenshots in zh-CN at 1366x768.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');
test.use({ hallDemo: false });

test('first run: set up the branch and its first manager, who then signs in', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const healthAnswered = page.waitForResponse((r) => r.url().includes('system.health'));
  await page.goto(`${hall.url}/manager`);
  const setup = page.getByTestId('first-run-setup');
  await expect(setup).toBeVisible();
  // nobody can sign in before the setup: there is no operator at all
  expect((await hall.call<{ needed: boolean }>('staff.setupStatus')).needed).toBe(true);
  // the branch has no name yet: the bar shows none (not the hall's built-in default), the form asks for it
  await healthAnswered; // the bar has what the hall says about itself (and rendered it, two frames on)
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.locator('.screen__branch')).toHaveCount(0);
  await expect(page.getByTestId('setup-branchName')).toHaveValue('');
  await expect(page.getByTestId('setup-branchName')).toHaveAttribute('placeholder', '请输入本营业厅的名称，例如：城西燃气营业厅');

  await page.getByTestId('setup-branchName').fill('城西燃气营业厅');
  await page.getByTestId('setup-windowCount').fill('4');
  await page.getByTestId('setup-code').fill('8001');
  await page.getByTestId('setup-name').fill('李主任');
  await page.getByTestId('setup-pin').fill('582914');
  await page.getByTestId('setup-pinAgain').fill('582915');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('setup-error')).toHaveText('两次输入的密码不一致');
  await page.getByTestId('setup-pinAgain').fill('582914');
  await page.screenshot({ path: join(SHOTS, 'first-run-setup-1366x768.png') });
  await page.getByTestId('setup-submit').click();

  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByTestId('operator').fill('8001');
  await page.getByTestId('pin').fill('582914');
  await page.getByTestId('pin').press('Enter');
  await expect(page.getByTestId('signed-in')).toHaveText('李主任');
  const staff = page.getByTestId('staff-page');
  await expect(staff.getByTestId('operator-8001')).toContainText('李主任');
  await expect(staff.locator('[data-testid^="operator-"]')).toHaveCount(1);
  await expect(page.locator('.screen__branch')).toHaveText('城西燃气营业厅');
  await page.screenshot({ path: join(SHOTS, 'first-run-signed-in-1366x768.png') });

  // the setup is done once
  expect((await hall.call<{ needed: boolean }>('staff.setupStatus')).needed).toBe(false);
  await expect(hall.call('staff.completeSetup', { branchName: '别的营业厅', windowCount: 1, manager: { code: '8002', name: '王', pin: '602418' } })).rejects.toThrow('本营业厅已完成初始设置');
});
