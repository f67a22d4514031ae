// Applying an import as a job: the whole import in one transaction on its own connection in
// a worker thread, its progress published to the managers' screens as it goes. An in-memory
// hall, or a bundled app without the worker's source file, applies it on its own connection.
import { createHash } from 'node:crypto';
import { keyForWorker } from '../../integrity/index.ts';
import { workerScript } from '../../worker-script.ts';
import { Worker } from 'node:worker_threads';
import type { HallServices, HandlerEnv } from '../../handlers.ts';
import { importFile, type ImportOutcome, type ImportRequest, type ImportStage } from './import-file.ts';

const IMPORT_WORKER_SOURCE = new URL('./import-worker.ts', import.meta.url);

function importInWorker(script: URL, dbPath: string, signingKeyPem: string | null, request: ImportRequest, progress: (stage: ImportStage, done: number, total: number) => void): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { dbPath, signingKeyPem, request } });
    worker.on('message', (msg: { type: 'progress'; stage: ImportStage; done: number; total: number } | { type: 'result'; outcome: ImportOutcome }) => {
      if (msg.type === 'progress') progress(msg.stage, msg.done, msg.total);
      else resolve(msg.outcome);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`import worker exited ${code}`)));
  });
}

export function applyImport(services: HallServices, env: HandlerEnv, input: { base64: string; fileName: string; previewSha256: string }): Promise<ImportOutcome> {
  const request: ImportRequest = { bytes: Buffer.from(input.base64, 'base64'), fileName: input.fileName, previewSha256: input.previewSha256, caller: env.caller, now: env.now.toISOString() };
  const sha = createHash('sha256').update(request.bytes).digest('hex');
  const progress = (stage: ImportStage, done: number, total: number) => services.bus.publish('accounts.importProgressed', { fileSha256: sha, stage, done, total }, env.clock.now());
  const script = workerScript(IMPORT_WORKER_SOURCE, 'import-worker', services.config.workersDir);
  const inThisThread = services.config.dbPath === ':memory:' || !script;
  return inThisThread ? importFile(services.db, request, progress) : importInWorker(script, services.config.dbPath, keyForWorker(services.db), request, progress);
}
