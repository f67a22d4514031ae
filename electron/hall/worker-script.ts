// Where a worker thread's script is. From the sources (tests, CLIs, `npm start`) it is the
// .ts file beside its caller; in the built app (dist-electron, inside app.asar) the callers
// are bundled into main.mjs and the workers are built on their own into `workersDir`
// (electron/vite.config.ts, `--mode workers`). Null: no script, the caller works on its own
// thread.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The bundled workers' names (their entries in electron/vite.config.ts). */
export const WORKER_NAMES = ['verify-worker', 'import-worker', 'health-worker'] as const;
export type WorkerName = (typeof WORKER_NAMES)[number];

export function workerScript(source: URL, name: WorkerName, workersDir: string | null): URL | null {
  const script = workersDir ? pathToFileURL(join(workersDir, `${name}.mjs`)) : source;
  return existsSync(fileURLToPath(script)) ? script : null;
}
