import { test, expect } from './fixtures/hall.ts';
import { CounterPage } from './pages/counter.ts';

test('counter screen talks to the hall service and shows the self-check in Chinese', async ({ page, hall }) => {
  const counter = new CounterPage(page);
  await counter.open(hall.url);
  await expect(counter.selfCheck.getByRole('heading', { name: '开机自检' })).toBeVisible();
  await expect(counter.connection).toHaveText('已连接');
  await expect(counter.summary).toHaveText('全部正常，可以开始营业');
  for (const id of ['service', 'database', 'journal', 'schema', 'storage', 'backup', 'clock'] as const) {
    await expect(counter.check(id)).toHaveClass(/is-ok/);
  }
  // The database line says the integrity check's result and age, run off the request path; never the file's path.
  await expect(counter.check('database')).toContainText(/完整性检查(通过（\d+ 分钟前）|进行中)/);
  await expect(counter.check('database')).not.toContainText(hall.dbPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('柜台通 · 收费窗口');
  await page.screenshot({ path: test.info().outputPath('counter-self-check-zh-CN.png') });
  await page.screenshot({ path: 'test-results/screens/counter-self-check-zh-CN.png' });
});

test('the counter notices when the hall goes away and recovers when it returns', async ({ page, hall }) => {
  const counter = new CounterPage(page);
  await counter.open(hall.url);
  await expect(counter.connection).toHaveText('已连接');
  await hall.stop();
  await expect(counter.connection).toHaveText('未连接，正在重试…');
  await counter.recheckWithKeyboard();
  await expect(page.getByTestId('self-check-error')).toBeVisible();
  await hall.restart();
  await expect(counter.connection).toHaveText('已连接', { timeout: 15_000 });
  await expect(counter.summary).toHaveText('全部正常，可以开始营业');
});

test('the language can be switched to Traditional Chinese and English', async ({ page, hall }) => {
  const counter = new CounterPage(page);
  await counter.open(hall.url);
  await expect(counter.summary).toBeVisible();
  await page.getByRole('combobox').selectOption('zh-TW');
  await expect(counter.selfCheck.getByRole('heading', { name: '開機自檢' })).toBeVisible();
  await page.getByRole('combobox').selectOption('en');
  await expect(counter.selfCheck.getByRole('heading', { name: 'Opening self-check' })).toBeVisible();
  await expect(counter.summary).toHaveText('All good, ready to open');
});
