// demo_data_1m: seconds for `npm run demo-data -- --accounts 1000000 --out x.db` (target < 60 s).
// Floor: 1,000,000 rows of an account's width into a bare table in one transaction, no fsync.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { bulkInsertFloorSeconds } from './support/bulk-insert-floor.ts';
import { BENCH_CLOCK, DEMO_DATA_CLI } from './support/demo-db.ts';

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-demo-'));
  try {
    const started = performance.now();
    execFileSync(process.execPath, [DEMO_DATA_CLI, '--accounts', '1000000', '--out', join(dir, 'branch.db'), '--clock', BENCH_CLOCK], { stdio: ['ignore', 'ignore', 'inherit'] });
    const seconds = (performance.now() - started) / 1000;
    return beside('demo_data_1m', 's', seconds, bulkInsertFloorSeconds(dir, 1_000_000), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
