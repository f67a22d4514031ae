// day_close_1m: a day close (check: shifts, reprint queue, the chain and receipt series since the
// previous close, every hash and the newest entry's signature; the day's totals; the close entry,
// committed) in a database holding
// 1,000,000 ledger entries, a year of a large branch, closing its last (busy) day. Target ≤ 1 s.
// Measured on the shared 2-core machine (load ~10): 1,442 ms (floor 43 ms) when the check
// verified every entry's signature since the previous close; 150–250 ms (floor 10–22 ms) with
// the newest entry's signature covering the chain (see electron/hall/ledger/day-book.ts).
// Floor: one indexed scan of the day's entries (every column), on the same database.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { BENCH_CLOCK } from './support/demo-db.ts';
import { cachedYearLedger, YEAR_ENTRIES } from './support/ledger-year.ts';

export default async function (): Promise<Figure[]> {
  const { path, lastDay } = cachedYearLedger();
  const dir = mkdtempSync(join(tmpdir(), 'cd-dayclose-'));
  const copy = join(dir, 'hall.db');
  copyFileSync(path, copy); // the close writes: never into the cached year
  const hall = createHall({ dbPath: copy, printWorker: false, backup: { dir: null, everyMinutes: 0, keep: 1, keepDays: 0 } }, clockFromOption(BENCH_CLOCK));
  try {
    const entries = hall.db.prepare('SELECT MAX(seq) FROM ledger_entries').pluck().get() as number;
    if (entries < YEAR_ENTRIES) throw new Error(`the year ledger holds ${entries} entries`);
    const login = await hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: '9001', pin: '9999', terminalId: 'bench', windowNo: null });
    if (!login.ok) throw new Error(login.error.message);
    const token = (login.result as { token: string }).token;
    // warm the page cache as a second look at the day would: the check reads what the close reads
    const check = await hall.dispatcher.call({ token }, 'dayclose.check', { date: lastDay });
    if (!check.ok || !(check.result as { canClose: boolean }).canClose) throw new Error(`the bench day cannot be closed: ${JSON.stringify(check)}`);
    const scan = hall.db.prepare('SELECT * FROM ledger_entries WHERE business_date = ?');
    let floor = Number.POSITIVE_INFINITY;
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      rows = scan.all(lastDay).length;
      floor = Math.min(floor, performance.now() - t);
    }
    const started = performance.now();
    const closed = await hall.dispatcher.call({ token }, 'dayclose.close', { date: lastDay });
    const ms = performance.now() - started;
    if (!closed.ok) throw new Error(closed.error.message);
    if ((closed.result as { report: { payments: number } }).report.payments !== rows) throw new Error('the close did not count every entry of the day');
    return beside(YEAR_ENTRIES === 1_000_000 ? 'day_close_1m' : `day_close_${YEAR_ENTRIES}`, 'ms', ms, floor, 1);
  } finally {
    hall.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
