// Every screen runs under the content security policy the Electron shell sends with the
// hall's pages (electron/main/lockdown.ts): the built screens are served with that header,
// and each renders without a single CSP violation (scripts, styles, fonts, voice clips, the
// event socket).
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/hall.ts';
import { contentSecurityPolicy } from '../../electron/main/lockdown.ts';
import { CHROMIUM_ARGS } from './playwright.config.ts';

// Pages fulfilled by the test (to add the header) have no address of their own, so Chromium's
// local network access checks would take them for the internet and block their socket to
// 127.0.0.1 — not a CSP matter, and not what happens in Electron, where they come from the hall.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

const SCREENS: Array<{ path: string; ready: (page: Page) => Locator }> = [
  { path: '/counter?window=1', ready: (p) => p.getByTestId('sign-in') },
  { path: '/manager', ready: (p) => p.getByTestId('sign-in') },
  { path: '/display', ready: (p) => p.getByTestId('hall-display') },
  { path: '/kiosk', ready: (p) => p.getByText('请选择业务取号') },
  { path: '/customer?window=1', ready: (p) => p.locator('#root > *').first() },
];

test('the screens run under the shell’s strict CSP with no violation', async ({ hall, page }) => {
  const csp = contentSecurityPolicy(hall.url);
  const headersSeen: string[] = [];
  await page.route(`${hall.url}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': csp };
    // the hall host sends the same policy itself (browsers on the LAN have no shell to add it)
    if (route.request().resourceType() === 'document') headersSeen.push(`${route.request().url()} ${response.headers()['content-security-policy'] === csp}`);
    await route.fulfill({ response, headers });
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  for (const screen of SCREENS) {
    await page.goto(`${hall.url}${screen.path}`);
    await expect(screen.ready(page)).toBeVisible();
    // the event socket and the screen's first calls are under the policy too
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect({ screen: screen.path, violations: [...seen, ...violations] }).toEqual({ screen: screen.path, violations: [] });
  }
  expect(headersSeen).toEqual(SCREENS.map((s) => `${hall.url}${s.path} true`));

  // The policy is really enforced: an inline script is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toContainEqual(expect.stringMatching(/^script-src/));
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
});
