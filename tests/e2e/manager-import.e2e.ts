// The manager imports the head office's accounts file: a bad file shows every bad row and
// cannot be imported; a good one is previewed, imported with a progress bar, and searchable.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { test, expect } from './fixtures/hall.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');
const DEMO_DATA = join(import.meta.dirname, '../../electron/hall/cli/demo-data.ts');

test('manager previews a bad file, then imports a good one with a progress bar', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const bad = join(hall.dataDir, '用户导出-错误.csv');
  writeFileSync(bad, iconv.encode('户号,户名,地址,用户类别,供热面积\r\n50000001,张三,幸福小区1号楼1单元101室,居民,abc\r\n50000002,,幸福小区1号楼1单元102室,公司,80\r\n', 'gb18030'));
  const good = join(hall.dataDir, 'accounts.csv');
  execFileSync(process.execPath, [DEMO_DATA, '--accounts', '20000', '--out', good, '--seed', '5', '--season', '2026-2027'], { stdio: 'ignore' });

  await page.goto(`${hall.url}/manager`);
  await page.getByTestId('operator').fill('9001');
  await page.getByTestId('pin').fill('9999');
  await page.getByTestId('pin').press('Enter');
  await expect(page.getByTestId('accounts-import')).toBeVisible();

  await page.getByTestId('import-file').setInputFiles(bad);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('共 2 行');
  await expect(report).toContainText('供热面积应为数字，最多两位小数');
  await expect(report).toContainText('必填项为空');
  await expect(report).toContainText('用户类别应为“居民”或“非居民”');
  await expect(page.getByTestId('import-apply')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'manager-import-errors-1366x768.png') });

  await page.getByTestId('import-file').setInputFiles(good);
  await expect(report).toContainText('共 20000 行');
  // the demo branch already holds accounts 10000001–10002000: those are updates
  await expect(report).toContainText('新增 18000 · 更新 2000');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'manager-import-progress-1366x768.png') });
  await expect(page.getByTestId('import-done')).toContainText('导入完成：新增 18000 户，更新 2000 户', { timeout: 30_000 });

  const token = await hall.login('1001', '1234', 1);
  const found = await hall.call<{ results: Array<{ accountNo: string }> }>('accounts.search', { text: '10000001' }, token);
  expect(found.results[0]?.accountNo).toBe('10000001');
});
