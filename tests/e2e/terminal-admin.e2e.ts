// A locked-down kiosk window whose terminal file is broken: the banner says so, the admin
// chord opens the manager's PIN dialog, a wrong PIN is refused, and the manager fixes the
// terminal file in the settings sheet (refused first for a token that is too short). The
// shell's real router and terminal admin answer behind the page (pages/shell-bridge.ts).
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/hall.ts';
import { openAsShellWindow } from './pages/shell-bridge.ts';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

test('a manager fixes a broken terminal file from a kiosk window, behind their PIN', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'cd-terminal-e2e-'));
  writeFileSync(join(dataDir, 'terminal.json'), JSON.stringify({ version: 1, terminalId: 'hall-pc', hall: { mode: 'embedded' }, windows: [{ screen: 'tv' }, { screen: 'counter', windowNo: 0 }] }));
  const shell = await openAsShellWindow(page, hall.url, { spec: { screen: 'kiosk', display: 'primary', deviceName: 'main' }, dataDir });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${hall.url}/kiosk`);
    await expect(page.getByText('请选择业务取号')).toBeVisible();
    await expect(page.getByTestId('terminal-banner')).toHaveText(/^终端配置文件有误，本机只打开主任工作台。请主任按 Ctrl\+Alt\+Shift\+Q/);
    await page.screenshot({ path: join(SHOTS, 'terminal-banner-kiosk-1366x768.png') });

    await shell.request({ request: 'admin' });
    const dialog = page.getByTestId('admin-dialog');
    await expect(dialog).toBeVisible();
    await page.getByTestId('admin-operator').fill('9001');
    await page.getByTestId('admin-pin').fill('0000');
    await page.getByTestId('admin-exit').click();
    await expect(dialog.getByRole('alert')).toHaveText('工号或密码不正确');
    await page.screenshot({ path: join(SHOTS, 'terminal-admin-dialog-wrong-pin-1366x768.png') });
    expect(shell.exits).toBe(0);

    await page.getByTestId('admin-pin').fill('9999');
    await page.getByTestId('admin-configure').click();
    const settings = page.getByTestId('terminal-settings');
    await expect(settings).toBeVisible();
    await expect(settings.getByTestId('terminal-problem')).toContainText('windows.0.screen');
    await expect(settings.getByTestId('terminal-problem')).toContainText('windows.1.windowNo');
    await page.screenshot({ path: join(SHOTS, 'terminal-settings-bad-file-1366x768.png') });

    // This PC becomes counter 2 with its customer display, against the branch's host.
    await settings.getByTestId('terminal-id').fill('counter-pc-2');
    await settings.getByTestId('hall-remote').check();
    await settings.getByTestId('hall-url').fill('http://192.168.1.10:8731');
    await settings.getByTestId('hall-token').fill('short');
    await settings.getByTestId('window-row-0').getByTestId('window-screen').selectOption('counter');
    await settings.getByTestId('window-row-0').getByTestId('window-no').fill('2');
    await settings.getByTestId('window-add').click();
    await settings.getByTestId('window-row-1').getByTestId('window-screen').selectOption('customer');
    await settings.getByTestId('window-row-1').getByTestId('window-no').fill('2');
    await settings.getByTestId('window-row-1').getByTestId('window-display').selectOption('secondary');
    await settings.getByTestId('terminal-save').click();
    await expect(settings.getByTestId('terminal-issues')).toHaveText('配对令牌：至少 16 个字符');
    await page.screenshot({ path: join(SHOTS, 'terminal-settings-invalid-1366x768.png'), fullPage: true });
    expect(JSON.parse(readFileSync(join(dataDir, 'terminal.json'), 'utf8')).windows[0].screen).toBe('tv');

    await settings.getByTestId('hall-token').fill('paired-token-0123456789');
    await settings.getByTestId('terminal-save').click();
    await expect(settings.getByTestId('terminal-notice')).toHaveText('已保存，重新启动柜台通后生效');
    await expect(settings.getByTestId('terminal-problem')).toHaveCount(0);
    await page.screenshot({ path: join(SHOTS, 'terminal-settings-saved-1366x768.png') });
    expect(JSON.parse(readFileSync(join(dataDir, 'terminal.json'), 'utf8'))).toEqual({
      version: 1,
      terminalId: 'counter-pc-2',
      hall: { mode: 'remote', url: 'http://192.168.1.10:8731', deviceToken: 'paired-token-0123456789' },
      windows: [
        { screen: 'counter', windowNo: 2, display: 'primary' },
        { screen: 'customer', windowNo: 2, display: 'secondary' },
      ],
      startAtLogin: true,
      updates: { enabled: false, url: null },
    });
    await settings.getByTestId('terminal-save-restart').click();
    await expect.poll(() => shell.restarts).toBe(1);
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('five taps in the top-left corner of a touch screen open the admin dialog', async ({ hall, page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cd-terminal-e2e-'));
  const shell = await openAsShellWindow(page, hall.url, { spec: { screen: 'display', display: 'primary' }, dataDir });
  try {
    await page.goto(`${hall.url}/display`);
    await expect(page.getByTestId('hall-display')).toBeVisible();
    for (let i = 0; i < 4; i++) await page.mouse.click(12, 12);
    await expect(page.getByTestId('admin-dialog')).toHaveCount(0);
    await page.mouse.click(12, 12);
    await expect(page.getByTestId('admin-dialog')).toBeVisible();
    await page.getByTestId('admin-cancel').click();
    await expect(page.getByTestId('admin-dialog')).toHaveCount(0);
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a terminal file that is not even JSON: the settings open on the safe defaults, say so, and saving rewrites it', async ({ hall, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'cd-terminal-e2e-'));
  // a save cut short by a power cut on a file system without atomic rename, or a hand edit gone wrong
  writeFileSync(join(dataDir, 'terminal.json'), Buffer.from([0x7b, 0x22, 0x76, 0x65, 0x72, 0x00, 0x00, 0xff, 0xfe]));
  const shell = await openAsShellWindow(page, hall.url, { spec: { screen: 'manager', display: 'primary' }, dataDir });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${hall.url}/manager`);
    await expect(page.getByTestId('terminal-banner')).toContainText('终端配置文件不是有效的 JSON');
    await shell.request({ request: 'admin' });
    await page.getByTestId('admin-operator').fill('9001');
    await page.getByTestId('admin-pin').fill('9999');
    await page.getByTestId('admin-configure').click();
    const settings = page.getByTestId('terminal-settings');
    await expect(settings.getByTestId('terminal-problem')).toContainText('终端配置文件不是有效的 JSON');
    await expect(settings.getByTestId('terminal-rewrite-note')).toHaveText(
      '文件里的设置无法使用，下面是本机现在运行的安全默认设置。保存时会用下面的设置重写整个文件；保存前本机只打开主任工作台。',
    );
    // the safe defaults: this PC's name and the manager window alone
    await expect(settings.getByTestId('terminal-id')).toHaveValue('e2e-pc');
    await expect(settings.locator('[data-testid^="window-row-"]')).toHaveCount(1);
    await expect(settings.getByTestId('window-row-0').getByTestId('window-screen')).toHaveValue('manager');
    await page.screenshot({ path: join(SHOTS, 'terminal-settings-unreadable-file-1366x768.png') });

    await settings.getByTestId('terminal-save').click();
    await expect(settings.getByTestId('terminal-notice')).toHaveText('已保存，重新启动柜台通后生效');
    await expect(settings.getByTestId('terminal-problem')).toHaveCount(0);
    expect(JSON.parse(readFileSync(join(dataDir, 'terminal.json'), 'utf8'))).toMatchObject({ version: 1, terminalId: 'e2e-pc', windows: [{ screen: 'manager', display: 'primary' }] });
  } finally {
    await shell.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
