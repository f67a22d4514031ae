// ledger_verify_1m: seconds to verify a signed ledger of 1,000,000 entries (hash chain, seq,
// receipt series of 8 windows, bodies, and each entry's Ed25519 signature), the ledger built
// once per version and cached in the temp folder (support/ledger-1m.ts). Floor: the bare
// signature checks alone — the same number of Ed25519 verifications of the entries' own
// messages and signatures on the same number of threads, no SQLite, no hash chain.
// ledger_verify_1m_unsigned: the same verify without the signatures (what it was before
// entries were signed; target ≤ 3 s), beside bare SHA-256 over the same bytes on the same threads.
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import { sha256FloorSeconds } from './support/sha256-floor.ts';
import { ed25519FloorSeconds, type SignedSample } from './support/ed25519-floor.ts';
import { cachedLedger, ENTRIES } from './support/ledger-1m.ts';
import { verifyLedgerFile } from '../../electron/hall/ledger/verify-parallel.ts';

export default async function (): Promise<Figure[]> {
  const path = await cachedLedger();
  const threads = availableParallelism();
  // warm the page cache once, as a second run on a host would be (the quick verify reads every page too)
  await verifyLedgerFile(path, threads, { signatures: false });

  const quickStarted = performance.now();
  const quick = await verifyLedgerFile(path, threads, { signatures: false });
  const quickSeconds = (performance.now() - quickStarted) / 1000;
  if (!quick.ok || quick.entriesChecked !== ENTRIES) throw new Error(`bench ledger did not verify: ${JSON.stringify(quick.firstBroken)}`);

  const started = performance.now();
  const report = await verifyLedgerFile(path, threads);
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok || report.signaturesChecked !== ENTRIES) throw new Error(`bench ledger did not verify with its signatures: ${JSON.stringify(report.firstBroken)} (${report.signaturesChecked} signatures)`);

  const db = new Database(path, { readonly: true });
  // what verify hashes per entry: previous hash, newline, the columns as a JSON line, newline, body
  const { count, bytes } = db
    .prepare(
      `SELECT COUNT(*) AS count, SUM(66 + length(CAST(json_array(1, seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id,
         series_no, receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash) AS BLOB)) + length(CAST(body AS BLOB))) AS bytes FROM ledger_entries`,
    )
    .get() as { count: number; bytes: number };
  const publicKey = db.prepare('SELECT public_key FROM signing_keys ORDER BY key_no DESC LIMIT 1').pluck().get() as string;
  const samples = db
    .prepare("SELECT 'ledger:' || e.seq || ':' || e.hash AS message, s.signature FROM ledger_entries e JOIN chain_signatures s ON s.chain = 'ledger' AND s.position = e.seq ORDER BY e.seq LIMIT 1000")
    .all() as SignedSample[];
  db.close();
  const signatureFloor = await ed25519FloorSeconds(publicKey, samples, report.signaturesChecked, threads);
  const hashFloor = await sha256FloorSeconds(count, bytes, threads);
  return [...beside('ledger_verify_1m', 's', seconds, signatureFloor, 2), ...beside('ledger_verify_1m_unsigned', 's', quickSeconds, hashFloor, 2)];
}
