// The notices above every screen: a `?hall=` the host does not list is ignored and said, and a
// screen built from another contract than its host's is told to reload.
import { test, expect } from './fixtures/hall.ts';

test('a foreign ?hall= is ignored with a message; the screen still talks to its own host', async ({ page, hall }) => {
  await page.goto(`${hall.url}/counter?window=1&hall=${encodeURIComponent('http://evil.example:8731')}`);
  await expect(page.getByTestId('notice-hall-ignored')).toContainText('http://evil.example:8731');
  await expect(page.getByTestId('notice-hall-ignored')).toContainText('已忽略');
  await expect(page.getByTestId('connection')).toHaveText('已连接');
  await page.screenshot({ path: 'test-results/screens/notice-hall-ignored.png' });
});

test('a screen whose contract differs from its host’s is told to reload', async ({ page, hall }) => {
  // the page declares an older contract: the real host answers reload_required
  await page.route(`${hall.url}/api/**`, (route) => route.continue({ headers: { ...route.request().headers(), 'x-counterdesk-api': 'older' } }));
  await page.goto(`${hall.url}/counter?window=1`);
  await expect(page.getByTestId('notice-reload')).toContainText('营业厅服务已更新，请刷新本页面');
  await page.screenshot({ path: 'test-results/screens/notice-reload.png' });
});

test('a screen whose event socket says another contract is told to reload too', async ({ page, hall }) => {
  // only the socket's hello declares an older contract (the calls stay current): the notice comes from the socket alone
  await page.routeWebSocket(/\/events$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { type: string; apiVersion?: string | null };
      server.send(JSON.stringify(frame.type === 'hello' ? { ...frame, apiVersion: 'older' } : frame));
    });
  });
  await page.goto(`${hall.url}/counter?window=1`);
  await expect(page.getByTestId('notice-reload')).toContainText('营业厅服务已更新，请刷新本页面');
  // it hears no events, and says so rather than dialling the host again and again
  await expect(page.getByTestId('connection')).toBeVisible();
  await expect(page.getByTestId('connection')).not.toHaveText('已连接');
  await page.screenshot({ path: 'test-results/screens/notice-reload-socket.png' });
});
