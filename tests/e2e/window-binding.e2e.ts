// A counter in a browser is a counter PC: before anyone signs in it shows its pairing code, and
// the manager pairs it for a window (here it asked for 3 and the manager gives it 2). Sign-in then
// names that window, not a typed one. A second PC paired for window 2 signs in another cashier
// there: the first screen returns to sign-in and says who took the window over.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test.use({ hallPairByHand: true });

async function pairAsCounter(page: Page, hall: { call<T>(m: string, i?: unknown, t?: string | null): Promise<T> }, manager: string, windowNo: number): Promise<void> {
  await expect(page.getByTestId('pairing-screen')).toBeVisible();
  const code = (await page.getByTestId('pairing-code').getAttribute('data-code'))!;
  await hall.call('pairing.confirm', { code, role: 'counter', windowNo }, manager);
  await expect(page.getByTestId('sign-in')).toBeVisible();
}

async function signIn(page: Page, operator: string, pin: string): Promise<void> {
  await page.getByTestId('operator').fill(operator);
  await page.getByTestId('pin').fill(pin);
  await page.getByTestId('pin').press('Enter');
  await page.getByTestId('workspace').waitFor();
}

test('a counter pairs for its window; a second sign-in at that window takes it over and the first screen says by whom', async ({ hall, page, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const manager = await hall.login('9001', '9999', null);

  await page.goto(`${hall.url}/counter?window=3`);
  await expect(page.getByTestId('pairing-screen')).toContainText('柜台电脑 · 窗口 3');
  await page.screenshot({ path: join(SHOTS, 'counter-pairing-1366.png') });
  await pairAsCounter(page, hall, manager, 2);
  // the window is the pairing's (the manager chose 2), not the URL's
  await expect(page.getByTestId('window')).toHaveText('本机是 2 号窗口');
  await page.screenshot({ path: join(SHOTS, 'counter-sign-in-paired-1366.png') });
  await signIn(page, '1001', '1234');
  await expect(page.getByTestId('signed-in')).toContainText('2号窗口');

  // another PC (its own browser profile) paired for window 2: 刘建国 signs in there
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.setViewportSize({ width: 1366, height: 768 });
  await second.goto(`${hall.url}/counter?window=2`);
  await pairAsCounter(second, hall, manager, 2);
  await signIn(second, '1002', '1234');

  // the first screen learns at once (its event socket is refused) and says who took the window
  const ended = page.getByTestId('session-ended');
  await expect(ended).toHaveText('2 号窗口已由 刘建国（工号 1002）在别处登录，本机已退出');
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await expect(page.getByTestId('workspace')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'counter-taken-over-1366.png') });
  await expect(second.getByTestId('signed-in')).toContainText('刘建国');

  // signing in again takes it back, and the notice goes
  await signIn(page, '1001', '1234');
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
  await expect(second.getByTestId('session-ended')).toHaveText('2 号窗口已由 王晓梅（工号 1001）在别处登录，本机已退出');
  await other.close();
});
