// counter_first_screen_ms: from navigating a fresh Chromium tab to the counter screen until
// its self-check has answered (hall already running, screens built).
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
import { percentile, round, type Figure } from './figure.ts';

const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export default async function (): Promise<Figure[]> {
  if (!existsSync(join(STATIC, 'index.html'))) throw new Error('dist/renderer missing: npm run build:renderer');
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-screen-'));
  const hall = createHall({ dbPath: join(dir, 'hall.db'), port: 0, staticDir: STATIC }, clockFromOption(BENCH_CLOCK));
  seedDemoBranch(hall);
  const host = await startHost(hall);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 8; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      const page = await context.newPage();
      // Timed inside the page (Playwright's own waits poll coarsely): from navigation start
      // to the moment the self-check summary, which needs the hall's answer, is in the DOM.
      await page.addInitScript(() => {
        const w = window as unknown as { __firstScreenMs?: number };
        new MutationObserver((_records, observer) => {
          if (document.querySelector('[data-testid="self-check-summary"]')) {
            w.__firstScreenMs = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${host.url}/counter`);
      await page.getByTestId('self-check-summary').waitFor({ state: 'visible' });
      samples.push(await page.evaluate(() => (window as unknown as { __firstScreenMs: number }).__firstScreenMs));
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
    hall.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // The first load pays for Chromium's own warm-up; report the median of the rest.
  return [{ name: 'counter_first_screen_ms', value: round(percentile(samples.slice(1), 50), 1), unit: 'ms' }];
}
