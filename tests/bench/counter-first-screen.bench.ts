// counter_first_screen_ms: from navigating a fresh Chromium tab to the counter screen until
// its self-check has answered (hall already running, screens built). Floor: the same navigation
// in a fresh context to a one-line page (answered by the browser's own router, no network).
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { BENCH_CLOCK } from './support/demo-db.ts';
import { startHost } from '../../electron/hall/transport/host.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import { CHROMIUM_ARGS } from '../e2e/playwright.config.ts';
import { beside, percentile, type Figure } from './figure.ts';

const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export default async function (): Promise<Figure[]> {
  if (!existsSync(join(STATIC, 'index.html'))) throw new Error('dist/renderer missing: npm run build:renderer');
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-screen-'));
  const hall = createHall({ dbPath: join(dir, 'hall.db'), port: 0, staticDir: STATIC }, clockFromOption(BENCH_CLOCK));
  seedDemoBranch(hall);
  const host = await startHost(hall);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples: number[] = [];
  const floor: number[] = [];
  // Timed inside the page (Playwright's own waits poll coarsely): from navigation start to the
  // moment the element with this test id is in the DOM.
  const timeUntil = async (url: string, testId: string): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.route('**/floor.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p data-testid="floor">柜台通</p>' }));
    await page.addInitScript((id: string) => {
      const w = window as unknown as { __shownMs?: number };
      new MutationObserver((_records, observer) => {
        if (document.querySelector(`[data-testid="${id}"]`)) {
          w.__shownMs = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, testId);
    await page.goto(url);
    await page.getByTestId(testId).waitFor({ state: 'visible' });
    const ms = await page.evaluate(() => (window as unknown as { __shownMs: number }).__shownMs);
    await context.close();
    return ms;
  };
  try {
    for (let i = 0; i < 8; i++) {
      samples.push(await timeUntil(`${host.url}/counter`, 'self-check-summary'));
      floor.push(await timeUntil(`${host.url}/floor.html`, 'floor'));
    }
  } finally {
    await browser.close();
    await host.close();
    hall.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // The first load pays for Chromium's own warm-up; report the median of the rest.
  return beside('counter_first_screen_ms', 'ms', percentile(samples.slice(1), 50), percentile(floor.slice(1), 50), 1);
}
