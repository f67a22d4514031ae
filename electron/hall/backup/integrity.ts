// `PRAGMA integrity_check` on a file opened read-only: [] when SQLite finds nothing wrong.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/open.ts';

const WORKER = new URL('./integrity-worker.ts', import.meta.url);

export function integrityProblems(path: string): string[] {
  try {
    const { db } = openDatabase({ path, readonly: true });
    try {
      const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>;
      return rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
    } finally {
      db.close();
    }
  } catch (error) {
    return [String((error as Error).message)];
  }
}

/** The same check on a worker thread where the worker's source ships (the headless host, tests), else here. */
export function integrityProblemsOffThread(path: string): Promise<string[]> {
  if (!existsSync(fileURLToPath(WORKER))) return Promise.resolve(integrityProblems(path));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { path } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
