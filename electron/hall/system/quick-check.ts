// SQLite's quick check of the hall's database, run off the request path. On a branch of a
// million accounts it takes about two seconds; run inside `system.health` it held every other
// call for that long, for anyone who asked (health is open to anonymous callers). So it runs on
// a worker thread with its own read-only connection, on a timer, and health answers the last
// result and its age.
import { Worker } from 'node:worker_threads';
import { openDatabase } from '../db/open.ts';
import type { Db } from '../db/open.ts';
import { workerScript } from '../worker-script.ts';

const WORKER_SOURCE = new URL('./quick-check-worker.ts', import.meta.url);

/** 'ok', or SQLite's first complaint. */
export type IntegrityProbe = () => Promise<string>;

export function quickCheck(db: Db): string {
  try {
    return (db.prepare('PRAGMA quick_check(1)').pluck().get() as string | undefined) ?? 'unknown';
  } catch (error) {
    return (error as Error).message;
  }
}

export function quickCheckFile(path: string): string {
  try {
    const { db } = openDatabase({ path, readonly: true });
    try {
      return quickCheck(db);
    } finally {
      db.close();
    }
  } catch (error) {
    return (error as Error).message;
  }
}

/** The check of `db`: on a worker thread for a file (where the worker's script ships), here for an in-memory test database. */
export function defaultIntegrityProbe(db: Db, workersDir: string | null): IntegrityProbe {
  return () => {
    const script = db.memory ? null : workerScript(WORKER_SOURCE, 'health-worker', workersDir);
    if (!script) return Promise.resolve(db.memory ? quickCheck(db) : quickCheckFile(db.name));
    return new Promise((resolve) => {
      const worker = new Worker(script, { workerData: { path: db.name } });
      worker.once('message', (result: string) => resolve(result));
      worker.once('error', (error) => resolve(error.message));
    });
  };
}

export interface IntegrityState {
  /** null until the first check has finished. */
  result: string | null;
  checkedAt: Date | null;
}

/** Runs the probe now and every `everyMs`, one at a time; `latest()` is what health answers. */
export class IntegrityWatch {
  private state: IntegrityState = { result: null, checkedAt: null };
  private running: Promise<void> | null = null;
  private readonly probe: IntegrityProbe;
  private readonly now: () => Date;

  constructor(probe: IntegrityProbe, now: () => Date) {
    this.probe = probe;
    this.now = now;
  }

  latest(): IntegrityState {
    return this.state;
  }

  /** Starts a check unless one is under way; resolves when it has finished. */
  run(): Promise<void> {
    this.running ??= this.probe()
      .catch((error: unknown) => String(error))
      .then((result) => {
        this.state = { result, checkedAt: this.now() };
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  start(everyMs: number): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = () => {
      void this.run().then(() => {
        if (stopped) return;
        timer = setTimeout(tick, everyMs);
        timer.unref();
      });
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }
}
