// The same verify on every core: the seq range is cut into one slice per core, each slice
// checked by a worker thread on its own read-only connection, and the slices joined.
// A million entries is ~1 GB of ledger; one core hashes it in ~4 s, two in ~2.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/open.ts';
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';
import { joinRanges, verifyLedger, type RangeResult, type VerifyOptions } from './verify.ts';

const WORKER = new URL('./verify-worker.ts', import.meta.url);

export async function verifyLedgerFile(path: string, threads = availableParallelism(), options: VerifyOptions = {}): Promise<VerifyReport> {
  const { db } = openDatabase({ path, readonly: true });
  try {
    const { lo, hi } = db.prepare('SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM ledger_entries').get() as { lo: number | null; hi: number | null };
    // In a bundled Electron main process the worker's source file is not shipped: verify in this thread.
    if (lo === null || hi === null || threads < 2 || hi - lo < 20_000 || !existsSync(fileURLToPath(WORKER))) return verifyLedger(db, options);
    const size = Math.ceil((hi - lo + 1) / threads);
    const slices = Array.from({ length: threads }, (_, i) => [lo + i * size, Math.min(hi, lo + (i + 1) * size - 1)] as const);
    const ranges = await Promise.all(
      slices.map(
        ([from, to]) =>
          new Promise<RangeResult>((resolve, reject) => {
            const worker = new Worker(WORKER, { workerData: { path, from, to, signatures: options.signatures ?? true } });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    return joinRanges(db, ranges, options);
  } finally {
    db.close();
  }
}
