// The same verify on every core: the seq range is cut into one slice per core, each slice
// checked by a worker thread on its own read-only connection, and the slices joined.
// A million entries is ~1 GB of ledger; one core hashes it in ~4 s, two in ~2.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { openDatabase } from '../db/open.ts';
import { workerScript } from '../worker-script.ts';
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';
import { joinRanges, verifyLedger, type RangeResult, type VerifyOptions } from './verify.ts';

const WORKER_SOURCE = new URL('./verify-worker.ts', import.meta.url);

/** `workersDir`: the built app's worker folder (hall config); null when running from the sources. */
export async function verifyLedgerFile(path: string, threads = availableParallelism(), options: VerifyOptions = {}, workersDir: string | null = null): Promise<VerifyReport> {
  const worker = workerScript(WORKER_SOURCE, 'verify-worker', workersDir);
  const { db } = openDatabase({ path, readonly: true });
  try {
    const { lo, hi } = db.prepare('SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM ledger_entries').get() as { lo: number | null; hi: number | null };
    // Without a worker script (a build that lacks it) the verify runs in this thread.
    if (lo === null || hi === null || threads < 2 || hi - lo < 20_000 || !worker) return verifyLedger(db, options);
    const size = Math.ceil((hi - lo + 1) / threads);
    const slices = Array.from({ length: threads }, (_, i) => [lo + i * size, Math.min(hi, lo + (i + 1) * size - 1)] as const);
    const ranges = await Promise.all(
      slices.map(
        ([from, to]) =>
          new Promise<RangeResult>((resolve, reject) => {
            const thread = new Worker(worker, { workerData: { path, from, to, signatures: options.signatures ?? true } });
            thread.once('message', resolve);
            thread.once('error', reject);
          }),
      ),
    );
    return joinRanges(db, ranges, options);
  } finally {
    db.close();
  }
}
