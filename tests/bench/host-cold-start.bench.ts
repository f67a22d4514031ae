// host_cold_start_ms: from spawning `serve` on the branch's existing database to its first API
// answer (median of 5); host_first_start_demo_seed_ms: the very first start, which also creates
// the database and seeds the demo branch (2,000 accounts). Floor: `node -e 0`, spawned and
// waited for the same way, median of as many runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure.ts';
import { beside, percentile } from './figure.ts';
import { spawnSync } from 'node:child_process';
import { startServeProcess } from '../support/serve-process.ts';

/** A host starting on its branch's database (the demo branch, seeded by an earlier start). */
async function coldStartOnce(dbPath: string): Promise<number> {
  const started = performance.now();
  const serve = await startServeProcess(['--db', dbPath, '--demo']);
  try {
    const res = await fetch(`${serve.url}/api/system.health`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error('health failed');
    return performance.now() - started;
  } finally {
    await serve.stop();
  }
}

function bareNodeStart(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return performance.now() - started;
}

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  try {
    const dbPath = join(dir, 'hall.db');
    const firstStart = await coldStartOnce(dbPath); // creates and seeds the demo branch
    const firstFloor = bareNodeStart();
    const samples: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < 5; i++) {
      samples.push(await coldStartOnce(dbPath));
      floor.push(bareNodeStart());
    }
    return [
      ...beside('host_cold_start_ms', 'ms', percentile(samples, 50), percentile(floor, 50), 1),
      ...beside('host_first_start_demo_seed_ms', 'ms', firstStart, firstFloor, 1),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
