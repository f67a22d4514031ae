// The cashier's two waits at the counter screen, in Chromium on a 1,000,000-account branch:
// - counter_search_to_account_ms (p95): a 户号 typed into the search box, Enter, until that
//   account's charges are on screen (the search, the statement and the render);
// - counter_confirm_to_preview_ms (p95): the confirming key (Enter, or Ctrl+Enter for a large
//   amount) until the receipt preview is drawn (the committed payment, the receipt's render).
// Both are timed inside the page, from the keydown event to the DOM mutation that shows the
// result, because Playwright's own waits poll too coarsely for figures of this size.
// Floor, measured in the same run on the same page: one round trip to the hall (an anonymous
// call that reads one row) followed by a DOM insert, timed the same way. That is what any screen
// pays to show anything the hall knows.
import { chromium, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { startHost } from '../../electron/hall/transport/host.ts';
import { seededRandom } from '../../electron/hall/accounts/demo-accounts.ts';
import { CHROMIUM_ARGS } from '../e2e/playwright.config.ts';
import { CounterPage } from '../e2e/pages/counter.ts';
import { BENCH_CLOCK, cachedDemoDb } from './support/demo-db.ts';
import { beside, percentile, type Figure } from './figure.ts';

const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const ACCOUNTS = 1_000_000;
const ROUNDS = 30;

interface Timing {
  __keyAt?: number;
  __shownAt?: number;
  __until?: () => boolean;
}

/** Records the last Enter keydown and the first moment `until()` holds after it. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Timing;
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') w.__keyAt = performance.now();
    }, { capture: true });
    new MutationObserver(() => {
      if (w.__until && w.__shownAt === undefined && w.__until()) w.__shownAt = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

async function arm(page: Page, what: { accountNo: string } | 'preview'): Promise<void> {
  await page.evaluate((target) => {
    const w = window as unknown as Timing;
    w.__keyAt = undefined;
    w.__shownAt = undefined;
    w.__until =
      target === 'preview'
        ? () => document.querySelector('[data-testid="receipt-preview"] svg') !== null
        : () =>
            (document.querySelector('[data-testid="account-no"]')?.textContent ?? '').includes(target.accountNo) &&
            document.querySelector('[data-testid="charges"]') !== null;
  }, what);
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Timing).__shownAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as Timing;
    return w.__shownAt! - w.__keyAt!;
  });
}

/** One anonymous call that reads one row, then a node put into the DOM: the floor of showing anything. */
function roundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    const res = await fetch('/api/staff.setupStatus', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const body = (await res.json()) as unknown;
    const node = document.createElement('output');
    node.textContent = JSON.stringify(body).slice(0, 20);
    document.body.append(node);
    node.getBoundingClientRect();
    const took = performance.now() - started;
    node.remove();
    return took;
  });
}

export default async function (): Promise<Figure[]> {
  if (!existsSync(join(STATIC, 'index.html'))) throw new Error('dist/renderer missing: npm run build:renderer');
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-counter-'));
  // payments are written: a copy of the shared branch, never the cached original
  const dbPath = join(dir, 'hall.db');
  copyFileSync(cachedDemoDb(ACCOUNTS), dbPath);
  const hall = createHall({ dbPath, port: 0, staticDir: STATIC }, clockFromOption(BENCH_CLOCK));
  const host = await startHost(hall);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const search: number[] = [];
  const confirm: number[] = [];
  const floor: number[] = [];
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  try {
    const counter = new CounterPage(page);
    await counter.signIn(host.url);
    // a payment needs the window's shift open: the cashier counts ¥500.00 of float into the drawer
    await page.getByTestId('shift-float').fill('500');
    await page.getByTestId('shift-open-submit').click();
    await page.getByTestId('shift-now').waitFor();
    await instrument(page);
    const owing = hall.db.prepare('SELECT account_no FROM accounts WHERE id = ?').pluck();
    const random = seededRandom(7);
    for (let round = 0; round < ROUNDS + 2; round++) {
      const accountNo = owing.get(1 + Math.floor(random() * ACCOUNTS)) as string;
      await page.keyboard.press('F7');
      await counter.search.fill(accountNo);
      await arm(page, { accountNo });
      await counter.search.press('Enter');
      const searchMs = await elapsed(page);

      const noCharges = await page.getByTestId('quick-exact').count() === 0;
      let confirmMs: number | null = null;
      if (!noCharges) {
        await page.getByTestId('quick-exact').click();
        await arm(page, 'preview');
        await counter.received.press('Enter');
        const large = page.getByTestId('large-confirm');
        await counter.result.or(large).waitFor();
        if (await large.isVisible()) await page.keyboard.press('Control+Enter');
        confirmMs = await elapsed(page);
        await page.keyboard.press('F1'); // next customer: the workspace clears
      }
      const floorMs = await roundTrip(page);
      if (round < 2) continue; // Chromium's and SQLite's first pages are warm-up
      search.push(searchMs);
      if (confirmMs !== null) confirm.push(confirmMs);
      floor.push(floorMs);
    }
  } catch (problem) {
    // what the screen showed when the bench gave up says more than the timeout does
    await page.screenshot({ path: join(tmpdir(), 'counter-flow-bench-failed.png') }).catch(() => undefined);
    throw problem;
  } finally {
    await browser.close();
    await host.close();
    hall.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (confirm.length < ROUNDS / 2) throw new Error(`only ${confirm.length} of ${ROUNDS} accounts owed anything: the bench measured too few payments`);
  const floorP95 = percentile(floor, 95);
  return [...beside('counter_search_to_account_ms', 'ms', percentile(search, 95), floorP95, 1), ...beside('counter_confirm_to_preview_ms', 'ms', percentile(confirm, 95), floorP95, 1)];
}
