// accounts_import_100k: seconds to dry-run and then apply a 100,000-row head office CSV
// into an empty branch database (read, decode, check every cell, plan, write in one transaction).
// Floors: csv-parse alone over the same bytes (the dry run's), and that plus the same number of
// bare rows written in one transaction (the apply's).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { parse } from 'csv-parse/sync';
import { bulkInsertFloorSeconds } from './support/bulk-insert-floor.ts';
import { BENCH_CLOCK, DEMO_DATA_CLI } from './support/demo-db.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { openDatabase } from '../../electron/hall/db/open.ts';
import { readTable } from '../../electron/hall/accounts/import/read-table.ts';
import { applyPlan, planImport } from '../../electron/hall/accounts/import/import-plan.ts';

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-import-'));
  try {
    const file = join(dir, 'accounts.csv');
    execFileSync(process.execPath, [DEMO_DATA_CLI, '--accounts', '100000', '--out', file, '--season', '2026-2027', '--clock', BENCH_CLOCK], { stdio: 'ignore' });
    const clock = clockFromOption(BENCH_CLOCK);
    const { db } = openDatabase({ path: join(dir, 'hall.db'), clock });
    const started = performance.now();
    const bytes = readFileSync(file);
    const table = await readTable(bytes, 'accounts.csv');
    const dry = planImport(db, bytes, table);
    const dryRun = performance.now();
    // as accounts.importApply does: plan again inside the transaction, then write
    db.transaction(() => applyPlan(db, planImport(db, bytes, table), { fileName: 'accounts.csv', operatorId: null, now: clock.now() })).immediate();
    const applied = performance.now();
    const rows = db.prepare('SELECT COUNT(*) FROM accounts').pluck().get() as number;
    db.close();
    if (rows !== 100_000 || dry.errors.length > 0) throw new Error(`import wrote ${rows} accounts, ${dry.errors.length} errors`);
    const parseStarted = performance.now();
    const parsed = parse(readFileSync(file), { bom: true }) as unknown[];
    const parseSeconds = (performance.now() - parseStarted) / 1000;
    if (parsed.length !== 100_001) throw new Error(`csv-parse read ${parsed.length} rows`);
    const writeSeconds = bulkInsertFloorSeconds(dir, 100_000);
    return [
      ...beside('accounts_import_100k', 's', (applied - started) / 1000, parseSeconds + writeSeconds, 2),
      ...beside('accounts_import_100k_dry_run', 's', (dryRun - started) / 1000, parseSeconds, 2),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
