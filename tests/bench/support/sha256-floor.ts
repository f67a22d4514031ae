// The floor of verifying the ledger: bare SHA-256 over the same number of messages of the same
// total size, on the same number of threads, with nothing read from the database.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const message = Buffer.alloc(workerData.size, 0x61);
let last = '';
for (let i = 0; i < workerData.count; i++) last = createHash('sha256').update(message).digest('hex');
parentPort.postMessage(last.length);
`;

/** Seconds to hash `count` messages averaging `bytes / count` bytes on `threads` threads. */
export async function sha256FloorSeconds(count: number, bytes: number, threads: number): Promise<number> {
  const size = Math.max(1, Math.round(bytes / count));
  const per = Math.ceil(count / threads);
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { size, count: per } });
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}
