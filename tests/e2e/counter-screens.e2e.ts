// Every state of the counter screen, photographed for docs/screens/counter/ (zh-CN at 1366×768
// and 1920×1080, one set in English and one in zh-TW at 1366×768), with the check that no
// button or label wraps in the middle of a word in any of them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures/hall.ts';
import { CounterPage, payExactCash } from './pages/counter.ts';
import { wrappedTexts } from './pages/no-wrap.ts';
import { startFakePrinter } from '../support/fake-escpos-printer.ts';

const SHOTS = join(import.meta.dirname, '../../docs/screens/counter');

const RUNS = [
  { locale: 'zh-CN', width: 1366, height: 768 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
  { locale: 'en', width: 1366, height: 768 },
  { locale: 'zh-TW', width: 1366, height: 768 },
] as const;

interface Statement {
  account: { accountNo: string; name: string };
  totalFen: number;
  lateFeeFen: number;
}

for (const run of RUNS) {
  test(`every counter state, ${run.locale} ${run.width}×${run.height}, nothing wraps`, async ({ hall, page }) => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    const problems: string[] = [];
    const shot = async (state: string) => {
      for (const p of await wrappedTexts(page)) problems.push(`${state}: ${p}`);
      await page.screenshot({ path: join(SHOTS, `${state}-${run.locale}-${run.width}x${run.height}.png`) });
    };
    const printer = await startFakePrinter('ok');
    try {
      const manager = await hall.login('9001', '9999', null);
      await hall.call('printing.configurePrinter', { target: 'window:1', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 80, timeoutMs: 1500 } }, manager);
      // the demo's 10000002 owes over ¥5,000 with a late fee: the large amount and the waiver
      const large = '10000002';
      const late = '10000002';
      const owed = await hall.call<Statement>('billing.statement', { accountNo: large }, manager);
      expect(owed.totalFen).toBeGreaterThanOrEqual(500_000);
      expect(owed.lateFeeFen).toBeGreaterThan(0);

      await page.setViewportSize({ width: run.width, height: run.height });
      const counter = new CounterPage(page);
      await counter.open(hall.url, '?window=1');
      await expect(counter.summary).toBeVisible();
      if (run.locale !== 'zh-CN') await page.locator('.language-switch select').selectOption(run.locale);
      await shot('signed-out');
      await page.getByTestId('operator').fill('1001');
      await page.getByTestId('pin').fill('1234');
      await page.getByTestId('pin').press('Enter');
      await page.getByTestId('workspace').waitFor();
      await expect(page.getByTestId('status-line')).toHaveAttribute('data-state', 'ok');
      await shot('idle');
      await page.getByTestId('status-line').click();
      await expect(page.getByTestId('self-check')).toBeVisible();
      await shot('checklist');
      await page.getByTestId('status-line').click();

      // a customer who waited 35 minutes (past the bound, so before the priority lane), then a priority customer
      await hall.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal' }, manager);
      await hall.call('queue.issueTicket', { serviceCode: 'A', lane: 'priority', priorityReason: '老人' }, manager);
      ageTickets(hall.dbPath, 'A001', 35);
      await page.keyboard.press('F1');
      await expect(page.getByTestId('current-ticket')).toHaveText('A001');
      await expect(page.getByTestId('long-wait')).toBeVisible();
      await shot('long-wait');
      await page.keyboard.press('F1');
      await expect(page.getByTestId('courtesy')).toBeVisible();
      await shot('priority-call');

      await page.keyboard.press('F7');
      await counter.search.fill('wyj');
      await counter.results.first().waitFor();
      await shot('search-results');
      await counter.search.press('Enter');
      await counter.account.getByTestId('charges').waitFor();
      await shot('account');
      await counter.addTender('card', '1000', 'POS-778812');
      await counter.received.fill('1100');
      await expect(counter.change).not.toHaveText('—');
      await shot('tenders');
      await counter.received.press('Enter');
      await expect(counter.printState).toHaveAttribute('data-state', 'printed');
      await shot('printed');

      // a large amount: Enter asks once more
      await counter.find(large, large);
      await page.getByTestId('quick-exact').click();
      await counter.received.press('Enter');
      await expect(page.getByTestId('large-confirm')).toBeVisible();
      await page.keyboard.press('Enter'); // a stray Enter does not take it
      await expect(page.getByTestId('large-confirm')).toBeVisible();
      await shot('large-confirm');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('large-confirm')).toHaveCount(0);

      // the late-fee waiver asks for a manager in place
      await page.keyboard.press('Escape');
      await counter.find(late, late);
      await page.getByTestId('waive').click();
      await page.getByTestId('waiver-manager').fill('9001');
      await page.getByTestId('waiver-reason').fill('系统故障期间无法缴费');
      await shot('waiver');
      await page.keyboard.press('Escape');

      // 冲正 of this morning's receipt
      await counter.find('10000001', '10000001');
      await page.getByTestId('reverse-receipt').first().click();
      await page.getByTestId('reversal-reason').fill('收错户号');
      await page.getByTestId('reversal-manager').fill('9001');
      await shot('reversal');
      await page.keyboard.press('Escape');

      // the printer runs out of paper: the receipt waits in the reprint queue
      printer.mode = 'paperOut';
      await counter.find('10000002', '10000002');
      await payExactCash(counter);
      await expect(counter.printState).toHaveAttribute('data-state', 'failed');
      await expect(page.getByTestId('status-line')).toHaveAttribute('data-state', 'bad');
      await shot('print-failed');

      await page.keyboard.press('F8');
      await expect(page.getByTestId('pause-form')).toBeVisible();
      await shot('pause');
      await page.keyboard.press('Escape');
    } finally {
      await printer.close();
    }
    expect(problems).toEqual([]);
  });
}

/** The ticket was taken `minutes` ago (the hall's clock cannot be moved from a browser test). */
function ageTickets(dbPath: string, ticketNo: string, minutes: number): void {
  const db = new Database(dbPath);
  try {
    const shift = `-${minutes} minutes`;
    db.prepare("UPDATE tickets SET issued_at = strftime('%Y-%m-%dT%H:%M:%fZ', issued_at, ?), placed_at = strftime('%Y-%m-%dT%H:%M:%fZ', placed_at, ?) WHERE ticket_no = ?").run(shift, shift, ticketNo);
  } finally {
    db.close();
  }
}
