// ledger_verify_1m: seconds to verify a ledger of 1,000,000 entries (hash chain, seq,
// receipt series of 8 windows, bodies). Target ≤ 3 s. The ledger is generated once per
// schema/chain version and cached in the temp folder. Floor: bare SHA-256 over the same number
// of messages and bytes (each entry's hashed input) on the same number of threads.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import { sha256FloorSeconds } from './support/sha256-floor.ts';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { BENCH_CLOCK } from './support/demo-db.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import { writeDemoAccounts } from '../../electron/hall/demo/demo-accounts.ts';
import { appendSyntheticPayments } from '../support/synthetic-ledger.ts';
import { verifyLedgerFile } from '../../electron/hall/ledger/verify-parallel.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = 1_000_000;

function cachedLedger(): string {
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
  const hall = createHall({ dbPath: tmp, printWorker: false }, clock);
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

export default async function (): Promise<Figure[]> {
  const path = cachedLedger();
  await verifyLedgerFile(path); // warm the page cache once, as a second run on a host would be
  const started = performance.now();
  const report = await verifyLedgerFile(path);
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok || report.entriesChecked !== ENTRIES) throw new Error(`bench ledger did not verify: ${JSON.stringify(report.firstBroken)}`);
  // what verify hashes per entry: previous hash, newline, the columns as a JSON line, newline, body
  const db = new Database(path, { readonly: true });
  const { count, bytes } = db
    .prepare(
      `SELECT COUNT(*) AS count, SUM(66 + length(CAST(json_array(1, seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id,
         series_no, receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash) AS BLOB)) + length(CAST(body AS BLOB))) AS bytes FROM ledger_entries`,
    )
    .get() as { count: number; bytes: number };
  db.close();
  const floor = await sha256FloorSeconds(count, bytes, availableParallelism());
  return beside('ledger_verify_1m', 's', seconds, floor, 2);
}
