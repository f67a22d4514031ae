// The built app verifies the ledger on several threads: `npm run build:electron` puts the
// hall's worker threads into dist-electron/workers/, the hall started by the shell is told
// that folder (hall-start.ts → workersDir), and the workers found there run on their own —
// outside the sources, with only the bundle and node_modules.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import { testHall } from '../support/hall.ts';
import { appendSyntheticPayments } from '../support/synthetic-ledger.ts';
import { writeDemoAccounts } from '../../electron/hall/demo/demo-accounts.ts';
import { openDatabase } from '../../electron/hall/db/open.ts';
import { verifyRange } from '../../electron/hall/ledger/verify.ts';
import { WORKER_NAMES, workerScript } from '../../electron/hall/worker-script.ts';
import { WORKERS } from '../../electron/vite.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKERS_DIR = join(ROOT, 'dist-electron', 'workers');

describe('the bundled worker threads', () => {
  beforeAll(async () => {
    // the build step of `npm run build:electron` that makes them
    await build({ configFile: join(ROOT, 'electron/vite.config.ts'), mode: 'workers', logLevel: 'silent' });
  }, 120_000);

  it('every worker the hall starts is built into dist-electron/workers and found there', () => {
    expect(Object.keys(WORKERS).sort()).toEqual([...WORKER_NAMES].sort());
    for (const name of WORKER_NAMES) {
      const script = workerScript(new URL('file:///nowhere/source.ts'), name, WORKERS_DIR);
      expect(script && fileURLToPath(script)).toBe(join(WORKERS_DIR, `${name}.mjs`));
      // bundled: no TypeScript source is imported at run time
      expect(readFileSync(join(WORKERS_DIR, `${name}.mjs`), 'utf8')).not.toMatch(/from ['"][^'"]+\.ts['"]/);
    }
    // a build without them: the caller works on its own thread instead of failing
    expect(workerScript(new URL('file:///nowhere/source.ts'), 'verify-worker', join(ROOT, 'no-such-dir'))).toBeNull();
    // from the sources, the worker is the .ts file beside its caller
    const source = new URL('../../electron/hall/ledger/verify-worker.ts', import.meta.url);
    expect(workerScript(source, 'verify-worker', null)).toEqual(source);
  });

  it('the bundled verify worker checks a slice exactly as the hall’s own thread does', async () => {
    const t = testHall({ file: true });
    try {
      writeDemoAccounts(t.hall.db, 20, { seed: 3, season: '2026-2027', now: t.clock.now() });
      appendSyntheticPayments(t.hall.db, 60);
      t.hall.db.pragma('wal_checkpoint(TRUNCATE)');
      const path = join(t.dir, 'hall.db');
      const { db } = openDatabase({ path, readonly: true });
      const inThread = verifyRange(db, 11, 50, true);
      db.close();
      const script = workerScript(new URL('file:///nowhere.ts'), 'verify-worker', WORKERS_DIR)!;
      const fromWorker = await new Promise((resolvePromise, reject) => {
        const worker = new Worker(script, { workerData: { path, from: 11, to: 50, signatures: true } });
        worker.once('message', resolvePromise);
        worker.once('error', reject);
      });
      expect(fromWorker).toEqual(inThread);
      expect(inThread).toMatchObject({ count: 40, broken: null });
    } finally {
      t.close();
    }
  }, 60_000);
});
