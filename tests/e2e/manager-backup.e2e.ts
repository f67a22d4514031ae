// The manager sees where backups go and how old the last good one is, and takes one by hand:
// it is verified before it counts, and the counter's self-check shows its age too.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test('the manager takes a backup by hand; it is verified, listed, and its age is on the self-check', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('9001');
  await page.getByTestId('pin').fill('9999');
  await page.getByTestId('pin').press('Enter');
  const panel = page.getByTestId('backup-panel');
  await expect(panel).toContainText(`备份位置：${join(hall.dataDir, 'backups')}`);
  await expect(panel).toContainText('每 30 分钟自动备份一次，日结时也备份');
  await panel.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('backup-last')).toContainText(/上次成功备份：2026\/11\/23 10:0\d（0 分钟前），\d+ 笔账目已校验/);
  await expect(panel.locator('table')).toContainText('手动');
  await expect(panel.locator('table')).toContainText('成功');
  expect(readdirSync(join(hall.dataDir, 'backups')).some((f) => /^counterdesk-20261123T020\d{3}Z(-\d+)?\.db$/.test(f))).toBe(true);
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: join(SHOTS, 'manager-backup-1366x768.png') });

  await page.goto(`${hall.url}/counter?window=1`);
  await expect(page.getByTestId('check-backup')).toContainText(/上次备份在 \d+ 分钟前，已校验/);
  await expect(page.getByTestId('check-storage')).toContainText(/剩余 \d+ MB/);
});
