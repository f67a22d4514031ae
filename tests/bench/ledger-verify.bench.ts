// ledger_verify_1m: seconds to verify a ledger of 1,000,000 entries (hash chain, seq,
// receipt series of 8 windows, bodies). Target ≤ 3 s. The ledger is generated once per
// schema/chain version and cached in the temp folder (support/ledger-1m.ts). Floor: bare SHA-256 over the same number
// of messages and bytes (each entry's hashed input) on the same number of threads.
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import { sha256FloorSeconds } from './support/sha256-floor.ts';
import { cachedLedger, ENTRIES } from './support/ledger-1m.ts';
import { verifyLedgerFile } from '../../electron/hall/ledger/verify-parallel.ts';

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
