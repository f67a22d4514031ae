// A ledger of 1,000,000 entries (8 windows' receipt series, 10,000 accounts), generated once per
// schema/chain version and cached in the temp folder: ledger_verify_1m and backup_1m read it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHall } from '../../../electron/hall/hall.ts';
import { clockFromOption } from '../../../electron/hall/clock.ts';
import { BENCH_CLOCK } from './demo-db.ts';
import { seedDemoBranch } from '../../../electron/hall/demo/demo-branch.ts';
import { writeDemoAccounts } from '../../../electron/hall/demo/demo-accounts.ts';
import { appendSyntheticPayments } from '../../support/synthetic-ledger.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ENTRIES = 1_000_000;

export function cachedLedger(): string {
  const hash = createHash('sha256');
  const migrations = join(ROOT, 'electron/hall/db/migrations');
  for (const f of readdirSync(migrations).sort()) hash.update(readFileSync(join(migrations, f)));
  hash.update(readFileSync(join(ROOT, 'electron/hall/ledger/chain.ts')));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(join(ROOT, 'tests/support/synthetic-ledger.ts')));
  const dir = join(tmpdir(), 'counterdesk-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `ledger-${ENTRIES}-${hash.digest('hex').slice(0, 12)}.db`);
  if (existsSync(path)) return path;
  const tmp = `${path}.tmp`;
  rmSync(tmp, { force: true });
  const clock = clockFromOption(BENCH_CLOCK);
  const hall = createHall({ dbPath: tmp, printWorker: false, backup: { dir: null, everyMinutes: 0, keep: 1, keepDays: 0 } }, clock);
  seedDemoBranch(hall);
  const db = hall.db;
  db.pragma('synchronous = OFF');
  writeDemoAccounts(db, 10_000, { seed: 1, season: '2026-2027', now: clock.now() });
  appendSyntheticPayments(db, ENTRIES);
  db.pragma('wal_checkpoint(TRUNCATE)');
  hall.close();
  renameSync(tmp, path);
  return path;
}
